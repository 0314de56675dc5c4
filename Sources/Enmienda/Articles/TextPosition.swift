/// Where a chunk starts in its file, to locate invalid UTF-8 in the file's terms.
///
/// What a chunk contributes is measured on the chunk alone (``Step/init(_:)``, in
/// parallel, by whichever worker aligns it); the position of each chunk is then the sum of
/// the steps of the chunks before it, added in text order (``advance(by:)``, O(1)).
struct TextPosition {
    /// The 1-based line.
    var line = 1
    /// The 1-based column, in Unicode scalars.
    var column = 1
    /// The byte offset in the file.
    var offset = 0
    /// Whether the chunks so far end with a carriage return: a line feed that starts the
    /// next chunk ends no other line (`\r\n` is one line break, as ``LineIndex`` counts).
    var afterCarriageReturn = false

    /// How a chunk of valid UTF-8 moves the position: only the text after its last line
    /// break moves the column. Line breaks are those of ``LineIndex``: `\n`, `\r\n` and a
    /// lone `\r`.
    struct Step: Sendable {
        /// The line breaks in the chunk, a carriage return at its end counted as one.
        let lineBreaks: Int
        /// The scalars after the last line break (or in the whole chunk, without one).
        let trailingScalars: Int
        /// The chunk's length in bytes.
        let byteCount: Int
        /// Whether the chunk starts with a line feed (0x0A).
        let startsWithLineFeed: Bool
        /// Whether the chunk ends with a carriage return (0x0D).
        let endsWithCarriageReturn: Bool

        /// The step over `bytes`, which must be valid UTF-8.
        ///
        /// - Complexity: O(n) in the bytes.
        init(_ bytes: [UInt8]) {
            byteCount = bytes.count
            startsWithLineFeed = bytes.first == 0x0A
            endsWithCarriageReturn = bytes.last == 0x0D
            let lastBreak = bytes.lastIndex { $0 == 0x0A || $0 == 0x0D }
            guard let lastBreak else {
                lineBreaks = 0
                trailingScalars = LineIndex.scalarCount(bytes, from: 0, to: bytes.count)
                return
            }
            lineBreaks = bytes.withUnsafeBufferPointer { buffer in
                let feeds = ByteScan.count(of: 0x0A, in: buffer)
                let returns = ByteScan.count(of: 0x0D, in: buffer)
                guard returns > 0 else { return feeds }
                // A carriage return followed by a line feed is one break with it.
                var pairs = 0
                for index in 0..<(buffer.count - 1) where buffer[index] == 0x0D && buffer[index + 1] == 0x0A {
                    pairs += 1
                }
                return feeds + returns - pairs
            }
            trailingScalars = LineIndex.scalarCount(bytes, from: lastBreak + 1, to: bytes.count)
        }
    }

    /// The first invalid byte of a chunk, located in the chunk.
    struct Invalid: Sendable {
        /// The 1-based line and column in the chunk.
        let line: Int
        let column: Int
        /// The byte offset in the chunk.
        let offset: Int
        /// The byte itself.
        let byte: UInt8
        /// Whether the chunk starts with a line feed (0x0A).
        let startsWithLineFeed: Bool

        /// The first invalid byte of `bytes`, or `nil` if they are all valid UTF-8.
        ///
        /// - Complexity: O(n) in the bytes.
        init?(_ bytes: [UInt8]) {
            guard let offset = UTF8Validation.firstInvalidOffset(in: bytes) else { return nil }
            (line, column) = LineIndex(bytes).position(of: offset, in: bytes)
            self.offset = offset
            byte = bytes[offset]
            startsWithLineFeed = bytes.first == 0x0A
        }
    }

    /// Moves past a chunk.
    mutating func advance(by step: Step) {
        var breaks = step.lineBreaks
        if afterCarriageReturn && step.startsWithLineFeed { breaks -= 1 }
        if breaks > 0 {
            line += breaks
            column = 1 + step.trailingScalars
        } else {
            column += step.trailingScalars
        }
        offset += step.byteCount
        if step.byteCount > 0 { afterCarriageReturn = step.endsWithCarriageReturn }
    }

    /// The error for `invalid`, found in the chunk that starts here; its message is the
    /// one ``TextDocument/init(bytes:path:)`` gives for the whole file.
    func error(_ invalid: Invalid, path: String) -> InputError {
        // A line feed that starts the chunk ends the line the carriage return before it ended.
        let line = invalid.line - (afterCarriageReturn && invalid.startsWithLineFeed && invalid.line > 1 ? 1 : 0)
        return InputError(
            SourceLocation(
                path: path, line: self.line + line - 1,
                column: line == 1 ? column + invalid.column - 1 : invalid.column),
            "invalid UTF-8 at byte offset \(offset + invalid.offset) (byte 0x\(String(invalid.byte, radix: 16, uppercase: true)))"
        )
    }
}
