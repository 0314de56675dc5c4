/// The report of one document whose findings come a batch at a time.
extension TextReporter {
    /// Writes ``TextReporter``'s report of one document from its findings given one at a
    /// time, each with its edit (see ``EditStream``), byte for byte the report of the
    /// whole alignment: each diagnostic goes out as it comes, the summary at the end.
    package struct DocumentStream {
        private let reporter: TextReporter
        private let document: TextDocument
        private let lines: LineIndex
        private var counter = SummaryCounter()
        private var shown = 0
        private var total = 0

        /// A stream for the report of `document`, with `reporter`'s options.
        ///
        /// - Complexity: O(*n*) in the document's length, once (its line index).
        package init(reporter: TextReporter, document: TextDocument) {
            self.reporter = reporter
            self.document = document
            lines = LineIndex(document.bytes)
        }

        /// Writes the diagnostic of `finding`, the next of the document in text order
        /// (`applies`: whether `fix` corrects it), unless ``TextReporter/maxFindings`` are
        /// shown already.
        package mutating func add(_ finding: Finding, applies: Bool, to output: inout OutputBuffer) {
            counter.add(finding)
            total += 1
            if let maxFindings = reporter.maxFindings, shown >= maxFindings { return }
            if output.failed { return }
            output.append(reporter.diagnostic(for: finding, in: document, lines: lines, applies: applies))
            shown += 1
        }

        /// Counts the words of a batch of the document.
        package mutating func add(words: Int) {
            counter.add(words: words)
        }

        /// Writes the end of the report: how many findings were not shown, and the summary.
        package func finish(to output: inout OutputBuffer) {
            if output.failed { return }
            reporter.writeEnd(
                shown: shown, total: total, summary: counter.summary(weights: reporter.weights), to: &output)
        }
    }
}
