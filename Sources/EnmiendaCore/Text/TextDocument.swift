import Foundation

/// An article to check: its bytes exactly as read, known to be valid UTF-8.
///
/// Offsets everywhere in Enmienda index these bytes, so a correction can be applied
/// without disturbing anything else (a byte-order mark, CRLF line ends, no-break
/// spaces, a missing final newline all survive).
public struct TextDocument: Hashable, Sendable {
    /// The name shown in diagnostics: the path as given, or `-` for standard input.
    public var path: String
    /// The original bytes, including a byte-order mark if there was one.
    public let bytes: [UInt8]

    /// Wraps bytes read from `path`.
    ///
    /// - Throws: ``InputError`` if the bytes are not valid UTF-8, located at the first
    ///   invalid byte (line, column, and byte offset in the message).
    public init(bytes: [UInt8], path: String) throws(InputError) {
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            let position = LineIndex(bytes).position(of: offset, in: bytes)
            // A byte-order mark says what the file is: name it rather than its first byte.
            let encoding =
                bytes.starts(with: [0xFF, 0xFE]) ? "UTF-16LE" : bytes.starts(with: [0xFE, 0xFF]) ? "UTF-16BE" : nil
            throw InputError(
                SourceLocation(path: path, line: position.line, column: position.column),
                encoding.map {
                    "the article is \($0) (it starts with that byte-order mark): articles are read as UTF-8; convert it first (iconv -f \($0) -t UTF-8)"
                }
                    ?? "invalid UTF-8 at byte offset \(offset) (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)))"
            )
        }
        self.bytes = bytes
        self.path = path
    }

    /// Reads `bytes` even if they are not valid UTF-8, replacing each invalid sequence
    /// with U+FFFD, and says where it did: offsets and columns then refer to the repaired
    /// text, so this is for reporting (`enmienda check --lossy`), not for correcting files.
    ///
    /// - Returns: The document, and a warning when anything was replaced.
    public static func lossy(bytes: [UInt8], path: String) -> (document: TextDocument, warning: Diagnostic?) {
        guard let offset = UTF8Validation.firstInvalidOffset(in: bytes) else {
            return (TextDocument(validated: bytes, path: path), nil)
        }
        let position = LineIndex(bytes).position(of: offset, in: bytes)
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        let replaced = countReplacementCharacters(repaired) - countReplacementCharacters(bytes)
        let warning = Diagnostic(
            location: SourceLocation(path: path, line: position.line, column: position.column),
            message:
                "invalid UTF-8 at byte offset \(offset) read as U+FFFD (\(replaced) \(replaced == 1 ? "place" : "places") in all); offsets refer to the repaired text"
        )
        return (TextDocument(validated: repaired, path: path), warning)
    }

    /// How many times the UTF-8 encoding of U+FFFD occurs in `bytes`.
    private static func countReplacementCharacters(_ bytes: [UInt8]) -> Int {
        guard bytes.count >= 3 else { return 0 }
        return (0...(bytes.count - 3)).count { bytes[$0] == 0xEF && bytes[$0 + 1] == 0xBF && bytes[$0 + 2] == 0xBD }
    }

    package init(validated bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// Wraps a Swift string (always valid UTF-8).
    public init(_ text: String, path: String = "<memory>") {
        self.bytes = Array(text.utf8)
        self.path = path
    }

    /// A 64-bit FNV-1a hash of the bytes, in hex: what a corrections export records so
    /// that `enmienda apply` can tell an article that changed since.
    public var contentHash: String {
        let hex = String(Tokenizer.hash(bytes, from: 0), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The text as a Swift string.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Where the text starts: after a UTF-8 byte-order mark, if any.
    package var contentStart: Int { bytes.starts(with: UTF8.byteOrderMark) ? 3 : 0 }
}
