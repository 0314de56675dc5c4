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

    /// How a chunk of valid UTF-8 moves the position: only the text after its last line
    /// feed moves the column.
    struct Step: Sendable {
        /// The line feeds (0x0A) in the chunk.
        let lineFeeds: Int
        /// The scalars after the last line feed (or in the whole chunk, without one).
        let trailingScalars: Int

        /// The step over `bytes`, which must be valid UTF-8.
        ///
        /// - Complexity: O(n) in the bytes.
        init(_ bytes: [UInt8]) {
            let lastFeed = bytes.lastIndex(of: 0x0A)
            lineFeeds = lastFeed == nil ? 0 : bytes.withUnsafeBufferPointer { ByteScan.count(of: 0x0A, in: $0) }
            trailingScalars = LineIndex.scalarCount(bytes, from: lastFeed.map { $0 + 1 } ?? 0, to: bytes.count)
        }
    }

    /// The first invalid byte of a chunk, located in the chunk.
    struct Invalid: Sendable {
        /// The 1-based line and column in the chunk.
        let line: Int
        let column: Int
        /// The byte itself.
        let byte: UInt8

        /// The first invalid byte of `bytes`, or `nil` if they are all valid UTF-8.
        ///
        /// - Complexity: O(n) in the bytes.
        init?(_ bytes: [UInt8]) {
            guard let offset = UTF8Validation.firstInvalidOffset(in: bytes) else { return nil }
            (line, column) = LineIndex(bytes).position(of: offset, in: bytes)
            byte = bytes[offset]
        }
    }

    /// Moves past a chunk.
    mutating func advance(by step: Step) {
        if step.lineFeeds > 0 {
            line += step.lineFeeds
            column = 1 + step.trailingScalars
        } else {
            column += step.trailingScalars
        }
    }

    /// The error for `invalid`, found in the chunk that starts here.
    func error(_ invalid: Invalid, path: String) -> InputError {
        InputError(
            SourceLocation(
                path: path, line: line + invalid.line - 1,
                column: invalid.line == 1 ? column + invalid.column - 1 : invalid.column),
            "invalid UTF-8 (byte 0x\(String(invalid.byte, radix: 16, uppercase: true)))")
    }
}
