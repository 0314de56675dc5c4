/// The report of one document whose findings come a batch at a time.
extension JSONReporter {
    /// Writes ``JSONReporter``'s report of one document (a LanguageTool response with an
    /// `enmienda` key) from its findings given a batch at a time (see
    /// ``Aligner/align(_:source:chunksPerBatch:_:)``), byte for byte the report of the
    /// whole alignment. The summary comes before the matches, so the matches are written
    /// into a ``ReportSpool`` as they come and copied after it: memory holds one batch.
    ///
    /// ```swift
    /// var stream = try JSONReporter.DocumentStream(reporter: reporter, document: document)
    /// aligner.align(document) { stream.add($0) }
    /// try stream.finish(to: &output)
    /// ```
    package struct DocumentStream {
        private let reporter: JSONReporter
        private let path: String
        private var writer: MatchWriter
        private let spool: ReportSpool
        private var counter = SummaryCounter()
        private var matches = 0

        /// A stream for the report of `document`, with `reporter`'s options.
        ///
        /// - Throws: ``WriteError`` when no temporary file can be made for the matches.
        package init(reporter: JSONReporter, document: TextDocument) throws(WriteError) {
            self.reporter = reporter
            path = document.path
            // Every match takes a comma; the last one's is taken off in `finish(to:)`.
            writer = MatchWriter(document: document, last: .max, indent: 4)
            spool = try ReportSpool()
        }

        /// Writes the matches of `batch`, the next findings of the document in text order,
        /// and counts its words and findings.
        package mutating func add(_ batch: Alignment) {
            counter.add(batch)
            matches += batch.findings.count
            reporter.appendMatches(batch.findings, writer: &writer, to: &spool.output)
            spool.output.writeIfFull()
        }

        /// Appends the whole report to `output`: the summary, then the matches spooled.
        ///
        /// - Throws: ``WriteError`` if the spooled matches could not be written or read back.
        package func finish(to output: inout OutputBuffer) throws(WriteError) {
            var failure: WriteError?
            reporter.write(
                path: path, summary: counter.summary(weights: reporter.weights), alone: true, indent: 0,
                to: &output
            ) { output, indent in
                guard matches > 0 else {
                    output.append(literal: "[]")
                    return
                }
                output.append(literal: "[\n")
                do throws(WriteError) {
                    // Without the last match's `,\n`, then its `\n`.
                    try spool.copy(to: &output, dropping: 2)
                } catch {
                    failure = error
                }
                output.append(literal: "\n")
                output.appendSpaces(indent)
                output.append(UInt8(ascii: "]"))
            }
            output.append(UInt8(ascii: "\n"))
            output.writeIfFull()
            if let failure { throw failure }
        }
    }
}
