/// Findings a reviewer rejected, remembered by ``Finding/fingerprint`` so that later runs
/// do not report them again.
///
/// Stored as text, one rejected finding per line (`fingerprint⇥entry⇥matched text⇥path`),
/// so that the file can be read, diffed and edited by hand (deleting a line brings the
/// finding back). `enmienda apply` adds the review's rejected findings; `enmienda check`
/// leaves them out unless asked to show them.
///
/// ```swift
/// var suppressions = try Suppressions(contentsOfFile: ".enmienda/suppressions.txt")
/// let (shown, hidden) = suppressions.filter(alignments)
/// ```
public struct Suppressions: Hashable, Sendable {
    /// The lines of the file, by fingerprint.
    public package(set) var lines: [String: String]

    /// No suppressions.
    public init() {
        lines = [:]
    }

    /// Whether `finding` is one of the rejected findings.
    public func suppresses(_ finding: Finding) -> Bool {
        !lines.isEmpty && lines[finding.fingerprint] != nil
    }

    /// `alignments` without the suppressed findings, and how many were left out.
    public func filter(_ alignments: [Alignment]) -> (alignments: [Alignment], suppressed: Int) {
        guard !lines.isEmpty else { return (alignments, 0) }
        var suppressed = 0
        let filtered = alignments.map { alignment in
            var alignment = alignment
            alignment.findings = alignment.findings.filter { finding in
                guard lines[finding.fingerprint] != nil else { return true }
                suppressed += 1
                return false
            }
            return alignment
        }
        return (filtered, suppressed)
    }
}
