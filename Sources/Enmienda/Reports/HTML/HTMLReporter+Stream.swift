extension HTMLReporter {
    /// Writes ``HTMLReporter``'s page of one plain-text document from its findings given
    /// a batch at a time (see ``Aligner/align(_:source:chunksPerBatch:_:)``), byte for byte
    /// the page of the whole alignment, in memory of one batch.
    ///
    /// The page's summary comes before the article, and the page's data (the findings,
    /// then each entry's note) after it: the marked-up article and the findings' data are
    /// written into two ``ReportSpool``s as they come, and copied into the page at the end.
    ///
    /// ```swift
    /// var stream = try HTMLReporter.DocumentStream(reporter: reporter, document: document)
    /// aligner.align(document) { stream.add($0) }
    /// try stream.finish(to: &output)
    /// ```
    package struct DocumentStream {
        private let reporter: HTMLReporter
        private let document: TextDocument
        private let article: ReportSpool
        private let findings: ReportSpool
        private var counter = SummaryCounter()
        /// Each entry's note, from its first finding that has one.
        private var notes: [String: String] = [:]
        /// Where the text not written yet starts (UTF-8 bytes).
        private var position: Int
        /// The number of findings written.
        private var count = 0
        private let encoder = HTMLReporter.pageDataEncoder

        /// A stream for the page of `document`, with `reporter`'s options.
        ///
        /// - Throws: ``WriteError`` when no temporary file can be made.
        package init(reporter: HTMLReporter, document: TextDocument) throws(WriteError) {
            self.reporter = reporter
            self.document = document
            article = try ReportSpool()
            findings = try ReportSpool()
            position = document.contentStart
        }

        /// Writes the text up to and the mark of each finding of `batch`, the next findings
        /// of the document in text order, and their data; counts its words and findings.
        package mutating func add(_ batch: Alignment) {
            counter.add(batch)
            let bytes = document.bytes
            for finding in batch.findings {
                if notes[finding.entryID] == nil, let note = finding.note { notes[finding.entryID] = note }
                article.output.append(
                    reporter.escape(String(decoding: bytes[position..<finding.byteRange.lowerBound], as: UTF8.self)))
                article.output.append(reporter.mark(finding, index: count, documentIndex: 0, text: finding.matchedText))
                position = finding.byteRange.upperBound
                if count > 0 { findings.output.append(UInt8(ascii: ",")) }
                findings.output.append(HTMLReporter.scriptSafe(encoder.encode(reporter.pageData(finding))))
                count += 1
                article.output.writeIfFull()
                findings.output.writeIfFull()
            }
        }

        /// Appends the whole page to `output`, the spooled article and data in their places.
        ///
        /// - Throws: ``WriteError`` if the spooled parts could not be written or read back.
        package func finish(to output: inout OutputBuffer) throws(WriteError) {
            let summary = counter.summary(weights: reporter.weights)
            output.append(reporter.header(summary))
            output.append(reporter.sectionStart(document, documentIndex: 0))
            try article.copy(to: &output)
            output.append(reporter.escape(String(decoding: document.bytes[position...], as: UTF8.self)))
            output.append(HTMLReporter.sectionEnd)
            // The data with one stand-in finding, which the spooled findings replace.
            let standIn = PageData.Finding(
                entry: "enmienda-spooled-findings", category: "", severity: "", line: 0, column: 0, byteOffset: 0,
                byteLength: 0, charOffset: 0, charLength: 0, matched: "", message: "", note: nil, sources: [],
                suggestions: [], sentence: "", correctedSentence: "", manualCheck: nil, fingerprint: "", segment: nil)
            let payload = PageData(
                generator: "enmienda \(EnmiendaVersion.current)", notes: notes,
                documents: [
                    PageData.Document(
                        path: document.path, absolutePath: reporter.absolutePath(of: document.path),
                        words: summary.words, contentHash: document.contentHash,
                        findings: count == 0 ? [] : [standIn])
                ])
            let footer = reporter.footer(data: HTMLReporter.scriptSafe(encoder.encode(payload)))
            let marker = HTMLReporter.scriptSafe(encoder.encode(standIn))
            guard count > 0, let place = footer.range(of: marker) else {
                output.append(footer)
                output.writeIfFull()
                return
            }
            output.append(String(footer[..<place.lowerBound]))
            try findings.copy(to: &output)
            output.append(String(footer[place.upperBound...]))
            output.writeIfFull()
        }
    }
}
