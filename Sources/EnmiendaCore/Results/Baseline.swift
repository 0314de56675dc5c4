/// The findings of an earlier run, so that a run reports only what is new.
///
/// Read from a corrections export (`enmienda check --format xml`); findings are compared
/// by ``Finding/fingerprint`` (the entry, the folded match and its sentence), so they
/// survive edits elsewhere in the article and the article moving. A fingerprint counts as
/// many times as the baseline has it: a mistake repeated in a new sentence that reads
/// like an old one is new only beyond the old count.
///
/// ```swift
/// let baseline = try Baseline(contentsOfFile: "yesterday.xml")
/// let (new, known) = baseline.newFindings(in: aligner.align(documents))
/// ```
public struct Baseline: Hashable, Sendable {
    /// How many findings of the baseline have each fingerprint.
    public var counts: [String: Int]

    /// A baseline with the given counts by fingerprint.
    public init(counts: [String: Int]) {
        self.counts = counts
    }

    /// A baseline of the findings in `alignments`.
    public init(_ alignments: [Alignment]) {
        counts = [:]
        for finding in alignments.flatMap(\.findings) { counts[finding.fingerprint, default: 0] += 1 }
    }

    /// `alignments` with only the findings that are not in the baseline, and how many
    /// were left out.
    public func newFindings(in alignments: [Alignment]) -> (alignments: [Alignment], known: Int) {
        var remaining = counts
        var known = 0
        let filtered = alignments.map { alignment in
            var alignment = alignment
            alignment.findings = alignment.findings.filter { finding in
                let fingerprint = finding.fingerprint
                guard let count = remaining[fingerprint], count > 0 else { return true }
                remaining[fingerprint] = count - 1
                known += 1
                return false
            }
            return alignment
        }
        return (filtered, known)
    }
}
