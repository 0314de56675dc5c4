import Foundation

extension SARIFReporter {
    /// Writes ``SARIFReporter``'s log of one document from its findings given a batch at
    /// a time (see ``Aligner/align(_:source:chunksPerBatch:_:)``), byte for byte the log of
    /// the whole alignment, in memory of one batch.
    ///
    /// The run's properties (words, MQM score) come before its results, and each result's
    /// `ruleIndex` (its last key) counts the entries with results before its own in
    /// glossary order: so each result is encoded as it comes, without its `ruleIndex`, into
    /// a ``ReportSpool`` record tagged with its entry, and the records are copied into the
    /// log once the rules are known, each with its `ruleIndex`.
    ///
    /// ```swift
    /// var stream = try SARIFReporter.DocumentStream(reporter: reporter, document: document)
    /// aligner.align(document) { stream.add($0) }
    /// try stream.finish(to: &output)
    /// ```
    package struct DocumentStream {
        private let reporter: SARIFReporter
        private let place: Place
        private var edits: EditStream
        private let spool: ReportSpool
        private var counter = SummaryCounter()
        /// The entries with results, each with the key of its records, in the order met.
        private var entryKeys: [String: UInt32] = [:]
        private var results = 0
        private let encoder = SARIFReporter.encoder

        /// The indent of a result in the log: the log, `runs`, the run and `results`.
        private static let indent = 8

        /// A stream for the log of `document`, with `reporter`'s options.
        ///
        /// - Throws: ``WriteError`` when no temporary file can be made for the results.
        package init(reporter: SARIFReporter, document: TextDocument) throws(WriteError) {
            self.reporter = reporter
            let uri = SARIFReporter.uri(for: document.path, relativeTo: reporter.baseDirectory)
            place = Place(
                document: document, uri: uri, artifactIndex: 0, lines: LineIndex(document.bytes),
                lineHashes: SARIFReporter.lineHashes(of: document.text))
            edits = EditStream(document: document)
            spool = try ReportSpool()
        }

        /// Spools the results of `batch`, the next findings of the document in text order
        /// (the last one's may wait for the next batch, which tells its edit), and counts
        /// its words and findings.
        package mutating func add(_ batch: Alignment) {
            counter.add(batch)
            for (finding, edit) in edits.add(batch.findings) { spool(finding, edit: edit) }
        }

        private mutating func spool(_ finding: Finding, edit: TextEdit?) {
            let result = SARIFReporter.result(of: finding, edit: edit, at: place, ruleIndex: nil)
            guard let data = try? encoder.encode(result) else { return }
            let key: UInt32
            if let known = entryKeys[finding.entryID] {
                key = known
            } else {
                key = UInt32(entryKeys.count)
                entryKeys[finding.entryID] = key
            }
            // Indented for its place in the log (a line break in a string is escaped, so
            // every one here is the encoder's), without its closing brace's line.
            Self.indented(data.dropLast(2)).withUnsafeBufferPointer { spool.appendRecord(key: key, $0) }
            results += 1
        }

        /// Appends the whole log to `output`, the results spooled in their place.
        ///
        /// - Throws: ``WriteError`` if the spooled results could not be written or read back.
        package mutating func finish(to output: inout OutputBuffer) throws(WriteError) {
            for (finding, edit) in edits.finish() { spool(finding, edit: edit) }
            let rules = reporter.rules(used: Set(entryKeys.keys))
            let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
            var indexOfKey = [Int?](repeating: nil, count: entryKeys.count)
            for (id, key) in entryKeys { indexOfKey[Int(key)] = ruleIndex[id] }
            let artifacts = [SARIFReporter.artifact(of: place.document, uri: place.uri)]
            let summary = counter.summary(weights: reporter.weights)
            // The log with one stand-in result, which the spooled results replace.
            let standIn = Result(
                ruleId: "enmienda-spooled-results", ruleIndex: nil, level: "", message: Message(text: ""),
                locations: [], partialFingerprints: [:], fixes: [],
                properties: ResultProperties(
                    category: "", severity: "", suggestions: [], correctedSentence: "", manualCheck: nil,
                    segment: nil))
            let log = reporter.log(
                rules: rules, artifacts: artifacts, results: results == 0 ? [] : [standIn], summary: summary)
            guard let logData = try? encoder.encode(log), let standInData = try? encoder.encode(standIn) else {
                output.append("{}\n")
                return
            }
            let bytes = [UInt8](logData)
            guard results > 0 else {
                output.append(contentsOf: bytes + [0x0A])
                return
            }
            guard let at = Self.firstRange(of: Self.indented(standInData), in: bytes) else {
                output.append("{}\n")
                return
            }
            output.append(contentsOf: Array(bytes[..<at.lowerBound]))
            var first = true
            try spool.forEachRecord { key, record throws(WriteError) in
                if !first { output.append(literal: ",\n") }
                first = false
                record.withUnsafeBufferPointer { output.append($0) }
                if let index = indexOfKey[Int(key)] {
                    output.append(literal: ",\n")
                    output.appendSpaces(Self.indent + 2)
                    output.append(literal: "\"ruleIndex\" : ")
                    output.appendDecimal(index)
                }
                output.append(UInt8(ascii: "\n"))
                output.appendSpaces(Self.indent)
                output.append(UInt8(ascii: "}"))
                output.writeIfFull()
            }
            output.append(contentsOf: Array(bytes[at.upperBound...]) + [0x0A])
            output.writeIfFull()
        }

        /// `json`, as the encoder writes it alone, indented as a result in the log: each
        /// line but the empty line of an empty array or object (the encoder's `[\n\n  ]`).
        private static func indented(_ json: some Collection<UInt8>) -> [UInt8] {
            var indented = [UInt8](repeating: 0x20, count: Self.indent)
            indented.reserveCapacity(json.count + json.count / 4)
            var previous: UInt8 = 0
            for byte in json {
                if previous == 0x0A && byte != 0x0A {
                    indented.append(contentsOf: repeatElement(0x20, count: Self.indent))
                }
                indented.append(byte)
                previous = byte
            }
            return indented
        }

        /// Where `needle` first occurs in `haystack`.
        private static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
            guard needle.count <= haystack.count, let first = needle.first else { return nil }
            var index = 0
            while index <= haystack.count - needle.count {
                if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                    return index..<(index + needle.count)
                }
                index += 1
            }
            return nil
        }
    }
}
