/// Writes findings as JSON Lines: one JSON object per line, one line per document (or per
/// segment of a bilingual file, see ``lines(of:article:aligner:record:)``), each written
/// as soon as it is made, for batch engines (GNU parallel, Spark's `RDD.pipe`) that
/// consume a stream.
///
/// Each line is the LanguageTool `/v2/check` response that ``JSONReporter`` writes for one
/// document, on one line: `language`, `matches`, `software` and `warnings` at the top
/// level, the same match objects (offsets in UTF-16 code units of the whole file, plus
/// `codePointOffset`, `byteOffset`, `segment`…), and Enmienda's data under `enmienda`:
/// `path` (the document's path, always), `summary` (that line's counts), `record` (the
/// 1-based number of the input record, when the documents come as records) and `segment`
/// (`{"id", "index"}`: the segment's id and its 0-based place in the file, for a line per
/// segment). A document that cannot be read gives a line `{"enmienda": {"path", …},
/// "error": {"path", "line", "column", "message"}}` instead. `enmienda schema jsonl`
/// prints the JSON Schema of a line (``schema``).
///
/// Keys are in sorted order and there is no whitespace outside strings (a line holds no
/// line break: JSON escapes them inside strings). Memory beyond the alignment is one
/// match at a time.
public struct JSONLinesReporter: Reporter, StreamingReporter {
    /// One line's content: a checked document, or one segment of it.
    public struct Line: Sendable {
        /// The findings of the line (a segment's only, for a segment) and its word count.
        public var alignment: Alignment
        /// The path written in `enmienda.path`: the document's, or the record's.
        public var path: String
        /// The number of the input record the document came from (1-based), if any.
        public var record: Int?
        /// The segment the line is about, for a line per segment.
        public var segment: Segment?

        /// Creates a line.
        public init(alignment: Alignment, path: String, record: Int? = nil, segment: Segment? = nil) {
            self.alignment = alignment
            self.path = path
            self.record = record
            self.segment = segment
        }
    }

    /// A segment of a bilingual or markup file: its id (as in the other reports) and its
    /// 0-based index among the file's segments.
    public struct Segment: Hashable, Sendable {
        /// The unit's id (see ``SegmentReference/id``).
        public var id: String
        /// The segment's place among the file's segments, from 0.
        public var index: Int

        /// Creates a segment reference.
        public init(id: String, index: Int) {
            self.id = id
            self.index = index
        }
    }

    /// The penalties of the quality score in each line's summary.
    public var weights: QualityScore.Weights

    /// Creates a reporter.
    public init(weights: QualityScore.Weights = .standard) {
        self.weights = weights
    }

    /// One line per alignment, each with its document's path.
    public func report(_ alignments: [Alignment]) -> String {
        var output = OutputBuffer()
        write(alignments, to: &output)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// Appends ``report(_:)``'s text to `output`, line by line.
    package func write(_ alignments: [Alignment], to output: inout OutputBuffer) {
        for alignment in alignments where !output.failed {
            write(Line(alignment: alignment, path: alignment.document.path), to: &output)
        }
    }

    /// Appends the line of `line`, its `\n` included.
    ///
    /// - Complexity: O(*n*) in the findings and the document's bytes.
    package func write(_ line: Line, to output: inout OutputBuffer) {
        var compactor = JSONLinesCompactor()
        writeHead(
            of: line, summary: Summary([line.alignment], weights: weights), compactor: &compactor, to: &output)
        let findings = line.alignment.findings
        if !findings.isEmpty {
            var writer = JSONReporter.MatchWriter(
                document: line.alignment.document, last: findings.count - 1, indent: 0)
            for index in findings.indices where !output.failed {
                var match = OutputBuffer()
                let span = writer.utf16Span(of: findings[index])
                writer.write(findings[index], at: index, utf16: span, to: &match)
                compactor.append(match.bytes, to: &output)
            }
        }
        writeTail(compactor: &compactor, to: &output)
    }

    /// The start of `line`'s line, up to the `[` of its matches, with `summary`.
    func writeHead(
        of line: Line, summary: Summary, compactor: inout JSONLinesCompactor, to output: inout OutputBuffer
    ) {
        var head = OutputBuffer()
        var enmienda: [(String, JSONValue)] = [
            ("path", .string(line.path)),
            ("summary", JSONReporter.summary(summary)),
        ]
        if let record = line.record { enmienda.append(("record", .int(record))) }
        if let segment = line.segment {
            enmienda.append(("segment", .object([("id", .string(segment.id)), ("index", .int(segment.index))])))
        }
        head.append(UInt8(ascii: "{"))
        head.appendJSONKey("enmienda", indent: 0)
        JSONValue.object(enmienda).write(into: &head, indent: 0)
        head.append(UInt8(ascii: ","))
        head.appendJSONKey("language", indent: 0)
        JSONReporter.language.write(into: &head, indent: 0)
        head.append(UInt8(ascii: ","))
        head.appendJSONKey("matches", indent: 0)
        head.append(UInt8(ascii: "["))
        compactor.append(head.bytes, to: &output)
    }

    /// The end of a line, from the `]` of its matches to its `\n`; `incomplete` is
    /// `warnings.incompleteResults` (matches were left out).
    func writeTail(compactor: inout JSONLinesCompactor, incomplete: Bool = false, to output: inout OutputBuffer) {
        var tail = OutputBuffer()
        tail.append(literal: "],")
        tail.appendJSONKey("software", indent: 0)
        JSONReporter.software.write(into: &tail, indent: 0)
        tail.append(UInt8(ascii: ","))
        tail.appendJSONKey("warnings", indent: 0)
        JSONValue.object([("incompleteResults", .bool(incomplete))]).write(into: &tail, indent: 0)
        tail.append(UInt8(ascii: "}"))
        compactor.append(tail.bytes, to: &output)
        output.append(UInt8(ascii: "\n"))
        output.writeIfFull()
    }

    /// Appends the line of a document that could not be read: `enmienda.path` (the
    /// document's, or the record's), `enmienda.record` when there is one, and `error` with
    /// the problem's location and message.
    package func writeError(
        _ diagnostic: Diagnostic, path: String, record: Int? = nil, to output: inout OutputBuffer
    ) {
        var enmienda: [(String, JSONValue)] = [("path", .string(path))]
        if let record { enmienda.append(("record", .int(record))) }
        let error = JSONValue.object([
            ("path", .string(diagnostic.location.path)), ("line", .int(diagnostic.location.line)),
            ("column", .int(diagnostic.location.column)), ("message", .string(diagnostic.message)),
        ])
        var pretty = OutputBuffer()
        JSONValue.object([("enmienda", .object(enmienda)), ("error", error)]).write(into: &pretty, indent: 0)
        var compactor = JSONLinesCompactor()
        compactor.append(pretty.bytes, to: &output)
        output.append(UInt8(ascii: "\n"))
        output.writeIfFull()
    }
}
