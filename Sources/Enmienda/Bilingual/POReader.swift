/// Reads gettext PO catalogues into segments: each translation, `msgstr` or plural form
/// `msgstr[N]`, is a segment whose source is its `msgid` (its `msgid_plural` for the
/// forms after the first).
///
/// A string's text is its literals joined, those on the keyword's line and on the `"…"`
/// lines after it, with their C escapes decoded (`\n`, `\t`, `\r`, `\a`, `\b`, `\f`, `\v`,
/// `\"`, `\\`, and bytes as up to three octal digits or `\x` and hex digits): each escape
/// is a ``SegmentRun/Kind/reference`` run, the rest ``SegmentRun/Kind/text`` runs that
/// corrections are written into with ``SegmentEscaping/cString``. Corrections therefore
/// stay between the quotes and never touch a comment, a `msgctxt` or a `msgid`.
///
/// The header (the entry with an empty `msgid` and no `msgctxt`), obsolete entries (`#~`)
/// and untranslated strings (an empty `msgstr`) are skipped; fuzzy entries are checked.
/// A segment's id is its `msgid`, after its `msgctxt` and `|` if it has one, with `[N]` for
/// plural form N (`Save the file[1]`), and ` (2)`, ` (3)`… when an id was met before.
enum POReader {
    /// The translations of `document`, a PO catalogue (UTF-8; LF or CRLF line ends).
    ///
    /// - Throws: ``InputError`` at `path:line:column` for an unterminated string, an
    ///   unknown escape, an unknown keyword or text where a string should be, a string out
    ///   of place, entries out of shape (`msgstr` without `msgid`, `msgid` without `msgstr`,
    ///   `msgstr[N]` without `msgid_plural` or out of order), or a translation whose
    ///   escapes decode to invalid UTF-8.
    static func read(_ document: TextDocument) throws(InputError) -> SegmentedDocument {
        var parser = Parser(document: document)
        try parser.parse()
        return SegmentedDocument(document: document, format: "PO", segments: parser.segments)
    }

    /// Whether `bytes` look like a PO catalogue: their first line that is neither blank
    /// nor a comment starts with the keyword `msgid` or `msgctxt`.
    static func looksLikePO(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: UTF8.byteOrderMark) ? 3 : 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[start..<end].drop { isBlank($0) }
            if let first = line.first, first != UInt8(ascii: "#") {
                for keyword in ["msgid", "msgctxt"] where line.starts(with: keyword.utf8) {
                    let after = line.dropFirst(keyword.utf8.count).first
                    if let after, isBlank(after) || after == quote { return true }
                }
                return false
            }
            start = end + 1
        }
        return false
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    /// Blanks between tokens: space, tab, carriage return, vertical tab and form feed.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte) && byte != 0x0A
    }

    /// The keywords that start a field of an entry.
    private enum Keyword: Equatable {
        case context
        case id
        case plural
        /// `msgstr`, or `msgstr[N]` with its index.
        case translation(Int?)

        var name: String {
            switch self {
            case .context: "msgctxt"
            case .id: "msgid"
            case .plural: "msgid_plural"
            case .translation(nil): "msgstr"
            case .translation(let index?): "msgstr[\(index)]"
            }
        }
    }

    /// A keyword and its strings: their decoded text, and where each part of it is.
    private struct Field {
        var keyword: Keyword
        /// Where the keyword starts in the file.
        var offset: Int
        var text: [UInt8] = []
        var runs: [SegmentRun] = []

        var decoded: String { String(decoding: text, as: UTF8.self) }
    }

    /// The fields of one entry, as they are read.
    private struct Entry {
        var context: Field?
        var id: Field?
        var plural: Field?
        var translations: [Field] = []
    }

    /// Reads a catalogue line by line: a line is blank, a comment, a keyword and its
    /// strings, or strings that continue the last keyword's.
    private struct Parser {
        let document: TextDocument
        let bytes: [UInt8]
        private(set) var segments: [TextSegment] = []
        /// The ids given so far.
        private var given: Set<String> = []
        /// The number to try first for an id asked for again.
        private var nextNumber: [String: Int] = [:]
        private var entry = Entry()
        /// The field whose strings are being read.
        private var field: Field?

        init(document: TextDocument) {
            self.document = document
            self.bytes = document.bytes
        }

        mutating func parse() throws(InputError) {
            var start = document.contentStart
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                try readLine(start..<end)
                start = end + 1
            }
            commitField()
            if let id = entry.id, entry.translations.isEmpty {
                throw error(at: id.offset, "this msgid has no msgstr")
            }
            if entry.id == nil, let context = entry.context {
                throw error(at: context.offset, "this msgctxt has no msgid")
            }
            try finishEntry()
        }

        private mutating func readLine(_ line: Range<Int>) throws(InputError) {
            var index = skipBlanks(from: line.lowerBound, to: line.upperBound)
            guard index < line.upperBound, bytes[index] != UInt8(ascii: "#") else { return }
            if bytes[index] != quote {
                let (keyword, end) = try self.keyword(at: index, lineEnd: line.upperBound)
                commitField()
                try start(keyword, at: index)
                index = skipBlanks(from: end, to: line.upperBound)
                guard index < line.upperBound, bytes[index] == quote else {
                    throw error(at: index, "expected a string after \(keyword.name)")
                }
            }
            guard var current = field else {
                throw error(at: index, "a string outside any entry: strings follow msgctxt, msgid or msgstr")
            }
            field = nil  // so that `current` is the only owner of its buffers
            while index < line.upperBound, bytes[index] != UInt8(ascii: "#") {
                guard bytes[index] == quote else {
                    throw error(at: index, "unexpected text after a string: a line holds strings only")
                }
                index = skipBlanks(
                    from: try readString(at: index, lineEnd: line.upperBound, into: &current), to: line.upperBound)
            }
            field = current
        }

        /// The keyword at `start` and where it ends.
        private func keyword(at start: Int, lineEnd: Int) throws(InputError) -> (Keyword, Int) {
            var end = start
            while end < lineEnd, bytes[end] == UInt8(ascii: "_") || Self.isAlphanumeric(bytes[end]) { end += 1 }
            let name = String(decoding: bytes[start..<end], as: UTF8.self)
            switch name {
            case "msgctxt": return (.context, end)
            case "msgid": return (.id, end)
            case "msgid_plural": return (.plural, end)
            case "msgstr":
                var index = skipBlanks(from: end, to: lineEnd)
                guard index < lineEnd, bytes[index] == UInt8(ascii: "[") else { return (.translation(nil), end) }
                index = skipBlanks(from: index + 1, to: lineEnd)
                var digits = index
                while digits < lineEnd, (0x30...0x39).contains(bytes[digits]) { digits += 1 }
                let close = skipBlanks(from: digits, to: lineEnd)
                guard digits > index, digits - index <= 4, close < lineEnd, bytes[close] == UInt8(ascii: "]"),
                    let number = Int(String(decoding: bytes[index..<digits], as: UTF8.self))
                else { throw error(at: index, "expected the index of a plural form and ], as in msgstr[1]") }
                return (.translation(number), close + 1)
            default:
                throw error(
                    at: start,
                    name.isEmpty
                        ? "expected a keyword (msgctxt, msgid, msgid_plural, msgstr), a string or a comment"
                        : "unknown keyword \(name): expected msgctxt, msgid, msgid_plural or msgstr")
            }
        }

        /// Starts a field with `keyword` at `offset`, after checking that it has its place in
        /// the entry; an entry ends where the next `msgctxt` or `msgid` starts.
        private mutating func start(_ keyword: Keyword, at offset: Int) throws(InputError) {
            switch keyword {
            case .context, .id:
                if !entry.translations.isEmpty { try finishEntry() }
                if let id = entry.id { throw error(at: id.offset, "this msgid has no msgstr") }
                if keyword == .context, entry.context != nil {
                    throw error(at: offset, "a second msgctxt before the entry's msgid")
                }
            case .plural:
                guard entry.id != nil else { throw error(at: offset, "msgid_plural without a msgid before it") }
                guard entry.translations.isEmpty, entry.plural == nil else {
                    throw error(at: offset, "msgid_plural out of place: it follows the msgid, once")
                }
            case .translation(let index):
                guard entry.id != nil else { throw error(at: offset, "\(keyword.name) without a msgid before it") }
                switch (index, entry.plural) {
                case (nil, nil):
                    guard entry.translations.isEmpty else { throw error(at: offset, "a second msgstr for one msgid") }
                case (nil, _?):
                    throw error(at: offset, "this entry has a msgid_plural: its translations are msgstr[0], msgstr[1]…")
                case (_?, nil):
                    throw error(at: offset, "\(keyword.name) without a msgid_plural before it")
                case (let index?, _?):
                    guard index == entry.translations.count else {
                        throw error(
                            at: offset, "\(keyword.name) where msgstr[\(entry.translations.count)] was expected")
                    }
                }
            }
            field = Field(keyword: keyword, offset: offset)
        }

        /// Files the field being read in its entry.
        private mutating func commitField() {
            guard let current = field else { return }
            switch current.keyword {
            case .context: entry.context = current
            case .id: entry.id = current
            case .plural: entry.plural = current
            case .translation: entry.translations.append(current)
            }
            field = nil
        }

        /// Adds the entry's translations to ``segments`` and starts the next entry.
        private mutating func finishEntry() throws(InputError) {
            let finished = entry
            entry = Entry()
            guard let id = finished.id, !(id.text.isEmpty && finished.context == nil) else { return }
            let name = (finished.context.map { $0.decoded + "|" } ?? "") + id.decoded
            for (index, translation) in finished.translations.enumerated() where !translation.text.isEmpty {
                guard UTF8Validation.firstInvalidOffset(in: translation.text) == nil else {
                    throw error(
                        at: translation.offset,
                        "the escapes of this \(translation.keyword.name) decode to invalid UTF-8")
                }
                let source = index == 0 ? id.decoded : finished.plural?.decoded
                segments.append(
                    TextSegment(
                        id: unique(finished.plural == nil ? name : "\(name)[\(index)]"), text: translation.text,
                        runs: translation.runs, source: source, escaping: .cString))
            }
        }

        /// `id`, or `id (2)`, `id (3)`… if it was given before.
        private mutating func unique(_ id: String) -> String {
            var number = nextNumber[id, default: 1]
            var candidate = number == 1 ? id : "\(id) (\(number))"
            while given.contains(candidate) {
                number += 1
                candidate = "\(id) (\(number))"
            }
            given.insert(candidate)
            nextNumber[id] = number
            return candidate
        }

        /// Reads the string literal whose opening quote is at `start` into `field`; returns
        /// the offset after its closing quote.
        private func readString(at start: Int, lineEnd: Int, into field: inout Field) throws(InputError) -> Int {
            var index = start + 1
            var plain = index
            func flush(to end: Int) {
                guard end > plain else { return }
                field.runs.append(
                    SegmentRun(
                        textOffset: field.text.count, textLength: end - plain, fileRange: plain..<end, kind: .text))
                field.text.append(contentsOf: bytes[plain..<end])
            }
            while true {
                guard index < lineEnd else {
                    throw error(at: start, "unterminated string: the line ends before its closing quote")
                }
                switch bytes[index] {
                case quote:
                    flush(to: index)
                    return index + 1
                case backslash:
                    flush(to: index)
                    let (value, end) = try escape(at: index, lineEnd: lineEnd, stringStart: start)
                    field.runs.append(
                        SegmentRun(
                            textOffset: field.text.count, textLength: 1, fileRange: index..<end, kind: .reference))
                    field.text.append(value)
                    index = end
                    plain = end
                default:
                    index += 1
                }
            }
        }

        /// The byte the escape at `start` stands for, and where the escape ends.
        private func escape(at start: Int, lineEnd: Int, stringStart: Int) throws(InputError) -> (UInt8, Int) {
            let next = start + 1
            guard next < lineEnd else {
                throw error(at: stringStart, "unterminated string: the line ends before its closing quote")
            }
            switch bytes[next] {
            case UInt8(ascii: "n"): return (0x0A, next + 1)
            case UInt8(ascii: "t"): return (0x09, next + 1)
            case UInt8(ascii: "r"): return (0x0D, next + 1)
            case UInt8(ascii: "a"): return (0x07, next + 1)
            case UInt8(ascii: "b"): return (0x08, next + 1)
            case UInt8(ascii: "f"): return (0x0C, next + 1)
            case UInt8(ascii: "v"): return (0x0B, next + 1)
            case quote, backslash: return (bytes[next], next + 1)
            default: break
            }
            var end = next
            var value = 0
            if (0x30...0x37).contains(bytes[next]) {
                while end < lineEnd, end < next + 3, (0x30...0x37).contains(bytes[end]) {
                    value = value * 8 + Int(bytes[end] - 0x30)
                    end += 1
                }
                guard value <= 0xFF else { throw error(at: start, "octal escape out of range: at most \\377") }
                return (UInt8(value), end)
            }
            if bytes[next] == UInt8(ascii: "x") {
                end += 1
                while end < lineEnd, let digit = Self.hexValue(bytes[end]) {
                    value = min(value * 16 + digit, 0x100)
                    end += 1
                }
                guard end > next + 1 else { throw error(at: start, "\\x without hex digits after it") }
                guard value <= 0xFF else {
                    throw error(
                        at: start, "hex escape out of range: at most \\xFF (\\x takes every hex digit after it)")
                }
                return (UInt8(value), end)
            }
            throw error(
                at: start,
                "invalid escape: in a PO string a backslash is followed by n, t, r, a, b, f, v, \", \\, up to three octal digits, or x and hex digits"
            )
        }

        private func skipBlanks(from start: Int, to end: Int) -> Int {
            var index = start
            while index < end, isBlank(bytes[index]) { index += 1 }
            return index
        }

        private static func isAlphanumeric(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }

        private static func hexValue(_ byte: UInt8) -> Int? {
            switch byte {
            case 0x30...0x39: Int(byte - 0x30)
            case 0x41...0x46: Int(byte - 0x41 + 10)
            case 0x61...0x66: Int(byte - 0x61 + 10)
            default: nil
            }
        }

        /// An error at file offset `offset`.
        private func error(at offset: Int, _ message: String) -> InputError {
            let position = LineIndex(bytes).position(of: offset, in: bytes)
            return InputError(
                SourceLocation(path: document.path, line: position.line, column: position.column), message)
        }
    }
}
