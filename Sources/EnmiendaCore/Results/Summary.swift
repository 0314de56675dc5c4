/// Counts over the alignments of one run, with an MQM-style quality score, and the line
/// that closes a text report.
public struct Summary: Hashable, Sendable {
    /// The number of documents checked.
    public var documents: Int
    /// The number of words checked.
    public var words: Int
    /// The number of findings of each severity.
    public var findingsBySeverity: [Severity: Int]
    /// The number of findings of each ITS 2.0 category.
    public var findingsByCategory: [IssueCategory: Int]
    /// The quality score of the text checked.
    public var quality: QualityScore

    /// The total number of findings.
    public var findings: Int { findingsBySeverity.values.reduce(0, +) }

    /// Counts `alignments` and scores them with `weights`.
    public init(_ alignments: [Alignment], weights: QualityScore.Weights = .standard) {
        documents = alignments.count
        words = alignments.reduce(0) { $0 + $1.wordCount }
        findingsBySeverity = [:]
        findingsByCategory = [:]
        for finding in alignments.lazy.flatMap(\.findings) {
            findingsBySeverity[finding.severity, default: 0] += 1
            findingsByCategory[finding.category, default: 0] += 1
        }
        quality = QualityScore(findingsBySeverity: findingsBySeverity, words: words, weights: weights)
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

    /// For example `quality: MQM score 72.4 (penalty 27.6 per 1,000 words)`.
    public var qualityLine: String {
        "quality: MQM score \(Self.format(quality.score)) (penalty \(Self.format(quality.penaltyPerThousandWords)) per 1,000 words)"
    }

    /// One decimal, with a period, whatever the locale.
    package static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        guard tenths.isFinite, abs(tenths) < 1e17 else { return String(value) }
        let sign = tenths < 0 ? "-" : ""
        let magnitude = Int(abs(tenths))
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
