/// Counts over the alignments of one run, and the line that closes a text report.
public struct Summary: Hashable, Sendable {
    /// The number of documents checked.
    public var documents: Int
    /// The number of words checked.
    public var words: Int
    /// The number of findings of each severity.
    public var findingsBySeverity: [Severity: Int]

    /// The total number of findings.
    public var findings: Int { findingsBySeverity.values.reduce(0, +) }

    /// Counts `alignments`.
    public init(_ alignments: [Alignment]) {
        documents = alignments.count
        words = alignments.reduce(0) { $0 + $1.wordCount }
        findingsBySeverity = [:]
        for finding in alignments.lazy.flatMap(\.findings) {
            findingsBySeverity[finding.severity, default: 0] += 1
        }
    }

    /// For example `8 findings (6 major, 2 minor) in 1 file, 430 words checked`.
    public var line: String {
        let files = documents == 1 ? "1 file" : "\(documents) files"
        let checked = "in \(files), \(words) \(words == 1 ? "word" : "words") checked"
        guard findings > 0 else { return "no findings \(checked)" }
        let counts = Severity.allCases.reversed().compactMap { severity in
            findingsBySeverity[severity].map { "\($0) \(severity.rawValue)" }
        }
        return "\(findings) \(findings == 1 ? "finding" : "findings") (\(counts.joined(separator: ", "))) \(checked)"
    }
}
