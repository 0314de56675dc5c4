/// The counts of one document's ``Summary`` gathered while its findings come a batch at a
/// time: the same summary as ``Summary/init(_:weights:)`` over the whole alignment.
package struct SummaryCounter {
    private var words = 0
    private var bySeverity: [Severity: Int] = [:]
    private var byCategory: [IssueCategory: Int] = [:]

    /// No words and no findings yet.
    package init() {}

    /// Counts a batch's words and findings.
    package mutating func add(_ batch: Alignment) {
        words += batch.wordCount
        for finding in batch.findings { add(finding) }
    }

    /// Counts one finding (its words are counted with ``add(words:)``).
    package mutating func add(_ finding: Finding) {
        bySeverity[finding.severity, default: 0] += 1
        byCategory[finding.category, default: 0] += 1
    }

    /// Counts words.
    package mutating func add(words: Int) {
        self.words += words
    }

    /// The summary of the one document counted, scored with `weights`.
    package func summary(weights: QualityScore.Weights) -> Summary {
        var summary = Summary([], weights: weights)
        summary.documents = 1
        summary.words = words
        summary.findingsBySeverity = bySeverity
        summary.findingsByCategory = byCategory
        summary.quality = QualityScore(findingsBySeverity: bySeverity, words: words, weights: weights)
        return summary
    }
}
