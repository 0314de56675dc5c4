/// Converts UTF-8 byte offsets of a document into UTF-16 offsets (what LanguageTool and
/// JavaScript count), walking the bytes once for offsets asked in increasing order.
///
/// In a text without characters beyond U+FFFF (four-byte sequences), UTF-16 offsets are
/// code-point offsets, which findings already carry: then nothing is walked.
struct TextOffsets {
    private let bytes: [UInt8]
    private let hasSupplementaryCharacters: Bool
    private var byteOffset = 0
    private var utf16Offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        hasSupplementaryCharacters = bytes.contains { $0 >= 0xF0 }
    }

    /// The UTF-16 offset of the byte at `offset`, which is the code point at `scalarOffset`.
    mutating func utf16(at offset: Int, scalarOffset: Int) -> Int {
        hasSupplementaryCharacters ? utf16(at: offset) : scalarOffset
    }

    /// The UTF-16 offset of the byte at `offset`.
    mutating func utf16(at offset: Int) -> Int {
        if offset < byteOffset {
            byteOffset = 0
            utf16Offset = 0
        }
        utf16Offset += Self.utf16Count(bytes, byteOffset..<offset)
        byteOffset = offset
        return utf16Offset
    }

    /// The UTF-16 code units of the valid UTF-8 `bytes[range]`, counted on the bytes: one
    /// per code point, two for one of four bytes (beyond U+FFFF).
    ///
    /// - Complexity: O(n) in the range.
    static func utf16Count(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for index in range {
                let byte = buffer[index]
                if !UTF8.isContinuation(byte) { count += byte >= 0xF0 ? 2 : 1 }
            }
            return count
        }
    }
}
