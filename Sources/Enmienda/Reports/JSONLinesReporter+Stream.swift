/// The line of one document whose findings come a batch at a time.
extension JSONLinesReporter {
    /// Writes ``JSONLinesReporter``'s line of one document from its findings given a batch
    /// at a time (see ``Aligner/align(_:source:chunksPerBatch:_:)``), byte for byte the
    /// line of the whole alignment. The summary comes before the matches, so the matches
    /// are written into a ``ReportSpool`` as they come and copied after it.
    package struct DocumentStream {
        private let reporter: JSONLinesReporter
        private let line: Line
        private var writer: JSONReporter.MatchWriter
        private let spool: ReportSpool
        private var compactor = JSONLinesCompactor()
        private var counter = SummaryCounter()
        private var matches = 0

        /// A stream for the line of `document`, its path and record as in `line`'s (whose
        /// alignment is not read).
        ///
        /// - Throws: ``WriteError`` when no temporary file can be made for the matches.
        package init(reporter: JSONLinesReporter, document: TextDocument, path: String, record: Int? = nil)
            throws(WriteError)
        {
            self.reporter = reporter
            line = Line(
                alignment: Alignment(document: document, findings: [], wordCount: 0), path: path, record: record)
            // Every match takes a comma; the last one's is taken off in `finish(to:)`.
            writer = JSONReporter.MatchWriter(document: document, last: .max, indent: 0)
            spool = try ReportSpool()
        }

        /// The number of findings added so far.
        package var findings: Int { matches }

        /// Writes the matches of `batch`, the next findings of the document in text order,
        /// and counts its words and findings.
        package mutating func add(_ batch: Alignment) {
            counter.add(batch)
            matches += batch.findings.count
            for finding in batch.findings where !spool.output.failed {
                var match = OutputBuffer()
                let span = writer.utf16Span(of: finding)
                writer.write(finding, at: 0, utf16: span, to: &match)
                compactor.append(match.bytes, to: &spool.output)
            }
        }

        /// Appends the whole line to `output`: the summary, then the matches spooled.
        ///
        /// - Throws: ``WriteError`` if the spooled matches could not be written or read back.
        package func finish(to output: inout OutputBuffer) throws(WriteError) {
            var compactor = JSONLinesCompactor()
            reporter.writeHead(
                of: line, summary: counter.summary(weights: reporter.weights), compactor: &compactor, to: &output)
            // Without the last match's comma.
            if matches > 0 { try spool.copy(to: &output, dropping: 1) }
            reporter.writeTail(compactor: &compactor, to: &output)
        }
    }
}
