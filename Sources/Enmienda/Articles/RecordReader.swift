import Foundation

/// Reads documents given as JSON Lines records, one record a line, as batch engines feed
/// a stateless filter (GNU parallel's `--pipe`, Spark's `RDD.pipe`): each line is an
/// object `{"path": "…", "text": "…"}`, with an optional `"format"` (or `"as"`) naming the
/// document's format (`text`, `xliff`, `tmx`, `po`, `srt`, `webvtt`, `html`).
///
/// `text` is the document's content; `path` names it in reports (optional: `-` when left
/// out) and, without a `format`, tells its format with the content as a file's name does
/// (see ``DocumentFormat/of(path:bytes:)``). Empty lines are skipped but counted, so a
/// record's number is its line number.
///
/// The input is read 64 KiB at a time and one record is held at a time: memory stays the
/// same whatever the number of records. A bad record (invalid UTF-8, not JSON, not an
/// object, no `text`, an unknown format, longer than the limit) is a ``Record/problem``
/// located at `input:record:column`, and reading goes on with the next line.
///
/// ```swift
/// var reader = RecordReader(descriptor: STDIN_FILENO, name: "-")
/// while let record = try reader.next() { … }
/// ```
public struct RecordReader {
    /// One line of the input.
    public struct Record: Sendable {
        /// The record's number: its line in the input, from 1.
        public var number: Int
        /// The record's `path`, or `-` when it has none or cannot be read.
        public var path: String
        /// The document, read in its format; `nil` when ``problem`` is set.
        public var article: Article?
        /// Why the record gives no document: located at the input's name, the record's
        /// number and the column of the problem, or, for a document that is not valid in
        /// its format, at the record's path and the place in its text.
        public var problem: Diagnostic?
    }

    private let descriptor: Int32
    /// The input's name in problems (`-` for standard input).
    private let name: String
    private let maximumSize: Int
    private let format: DocumentFormat?
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var number = 0

    /// A reader of `descriptor` (left open), named `name` in problems.
    ///
    /// - Parameters:
    ///   - maximumSize: The longest record, in bytes: a longer one is a problem, skipped
    ///     without being held.
    ///   - format: The format of records that name none (by default, told by path and
    ///     content).
    public init(
        descriptor: Int32, name: String, maximumSize: Int = InputLimits.defaultMaximumFileSize,
        format: DocumentFormat? = nil
    ) {
        self.descriptor = descriptor
        self.name = name
        self.maximumSize = max(1, maximumSize)
        self.format = format
    }

    /// The next record, or `nil` at the end of the input.
    ///
    /// - Throws: ``InputError`` located at `name:1:1` when the input cannot be read.
    public mutating func next() throws(InputError) -> Record? {
        while true {
            guard let line = try nextLine() else { return nil }
            number += 1
            switch line {
            case .tooLong:
                return problem(
                    column: 1, "record \(number) is longer than \(maximumSize) bytes (--max-input-size); skipped")
            case .bytes(let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                return record(from: bytes)
            }
        }
    }

    private enum Line {
        case bytes([UInt8])
        case tooLong
    }

    /// The bytes of the next line without its `\n`, or `.tooLong` (the line then skipped
    /// to its end), or `nil` at the end.
    private mutating func nextLine() throws(InputError) -> Line? {
        var skipping = false
        // Where the search for the line's end goes on: bytes before it hold no `\n`.
        var searched = start
        while true {
            if let newline = buffer[searched...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                if skipping || line.count > maximumSize { return .tooLong }
                return .bytes(line)
            }
            if buffer.count - start > maximumSize {
                // Too long already: drop what is held and skip to the end of the line.
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            searched = buffer.count
            if atEnd {
                guard start < buffer.count || skipping else { return nil }
                let line = Array(buffer[start...])
                buffer.removeAll()
                start = 0
                return skipping ? .tooLong : .bytes(line)
            }
            if start > 0 {
                buffer.removeFirst(start)
                searched -= start
                start = 0
            }
            var failure: Int32 = 0
            let count = FileInput.readMore(descriptor, into: &buffer, upTo: 1 << 16, failure: &failure)
            if count < 0 {
                throw InputError(
                    SourceLocation(path: name, line: number + 1, column: 1),
                    "cannot be read: \(String(cString: strerror(failure)))")
            }
            if count == 0 { atEnd = true }
        }
    }

    /// The record of one line.
    private func record(from bytes: [UInt8]) -> Record {
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            return problem(
                column: 1 + LineIndex.scalarCount(bytes, from: 0, to: offset),
                "record \(number) is not valid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)))")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            return problem(column: 1, "record \(number) is not valid JSON")
        }
        guard let fields = object as? [String: Any] else {
            return problem(column: 1, "record \(number) is not a JSON object with \"path\" and \"text\"")
        }
        var path = "-"
        if let value = fields["path"] {
            guard let string = value as? String, !string.isEmpty else {
                return problem(column: 1, "record \(number): \"path\" is not a non-empty string")
            }
            path = string
        }
        guard let text = fields["text"] as? String else {
            return problem(
                column: 1, "record \(number) has no \"text\" string (a record is {\"path\": …, \"text\": …})",
                path: path)
        }
        var format = self.format
        if let value = fields["format"] ?? fields["as"] {
            guard let string = value as? String, let named = DocumentFormat(rawValue: string.lowercased()) else {
                return problem(
                    column: 1,
                    "record \(number): \"format\" names no format Enmienda reads (text, xliff, tmx, po, srt, webvtt, html)",
                    path: path)
            }
            format = named
        }
        do throws(InputError) {
            let document = try TextDocument(bytes: Array(text.utf8), path: path)
            let article = try Article(document: document, format: format)
            return Record(number: number, path: path, article: article, problem: nil)
        } catch {
            let first =
                error.diagnostics.first
                ?? Diagnostic(location: SourceLocation(path: path, line: 1, column: 1), message: "\(error)")
            return Record(number: number, path: path, article: nil, problem: first)
        }
    }

    private func problem(column: Int, _ message: String, path: String = "-") -> Record {
        Record(
            number: number, path: path, article: nil,
            problem: Diagnostic(location: SourceLocation(path: name, line: number, column: column), message: message))
    }
}
