/// Maps UTF-8 byte offsets in a buffer to lines, columns and code-point offsets.
///
/// A line ends at `\n`, `\r\n` or a lone `\r`, as editors count them. Columns count
/// Unicode scalars from the start of the line; a byte-order mark at the very start of
/// the buffer is not a column (editors hide it), though it still counts as a byte and a
/// code point for offsets, which always index the original file.
///
/// Built in one pass over the bytes; each lookup is a binary search plus a scan of
/// one line.
package struct LineIndex: Sendable {
    /// Byte offset of the first byte of each line.
    private var lineStarts: [Int] = [0]
    /// Code points before each block of ``blockSize`` bytes, so that no lookup counts more
    /// than one block, however long the line (a 1 GB article may have just one).
    private var scalarsBeforeBlock: [Int] = []
    private let hasByteOrderMark: Bool
    package static let blockSize = 1 << 10

    package init(_ bytes: [UInt8]) {
        hasByteOrderMark = bytes.starts(with: UTF8.byteOrderMark)
        scalarsBeforeBlock.reserveCapacity(bytes.count / Self.blockSize + 1)
        var scalars = 0
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var blockStart = 0
            while blockStart < count {
                scalarsBeforeBlock.append(scalars)
                let blockEnd = min(count, blockStart + Self.blockSize)
                for index in blockStart..<blockEnd {
                    let byte = buffer[index]
                    if byte & 0xC0 != 0x80 { scalars &+= 1 }
                    if byte == 0x0A || (byte == 0x0D && (index + 1 == count || buffer[index + 1] != 0x0A)) {
                        lineStarts.append(index + 1)
                    }
                }
                blockStart = blockEnd
            }
        }
    }

    /// The 0-based line that contains `offset`.
    package func lineNumber(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The 1-based line and column (in scalars) of the byte at `offset`.
    package func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let line = lineNumber(containing: offset)
        var start = lineStarts[line]
        if line == 0 && hasByteOrderMark && offset >= 3 { start = 3 }
        // Short lines: count from the line start; long ones: through the block counts.
        let column =
            offset - start <= Self.blockSize
            ? Self.scalarCount(bytes, from: start, to: offset)
            : scalarOffset(of: offset, in: bytes) - scalarOffset(of: start, in: bytes)
        return (line + 1, column + 1)
    }

    /// The number of code points before the byte at `offset`.
    ///
    /// - Complexity: O(``blockSize``) at most.
    package func scalarOffset(of offset: Int, in bytes: [UInt8]) -> Int {
        guard !scalarsBeforeBlock.isEmpty else { return 0 }
        let block = offset / Self.blockSize
        guard block < scalarsBeforeBlock.count else {
            return (scalarsBeforeBlock.last ?? 0)
                + Self.scalarCount(bytes, from: (scalarsBeforeBlock.count - 1) * Self.blockSize, to: offset)
        }
        return scalarsBeforeBlock[block] + Self.scalarCount(bytes, from: block * Self.blockSize, to: offset)
    }

    /// The byte offset where 0-based `line` starts.
    package func offset(ofLine line: Int) -> Int {
        lineStarts[max(0, min(line, lineStarts.count - 1))]
    }

    /// The byte range of 0-based `line`, without its line terminator.
    package func contentRange(ofLine line: Int, in bytes: [UInt8]) -> Range<Int> {
        var start = lineStarts[line]
        if line == 0 && hasByteOrderMark { start = min(3, bytes.count) }
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        return start..<end
    }

    /// The code points of the valid UTF-8 `bytes[start..<end]`: its bytes that are not
    /// continuation bytes (`10xxxxxx`), counted eight at a time.
    ///
    /// - Complexity: O(n) in the bytes.
    package static func scalarCount(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var count = 0
            var index = start
            while index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // 1 in each byte whose bit 7 is 1 and bit 6 is 0 (a continuation byte), summed
                // into the top byte by a multiplication (a bit count is a loop on x86-64).
                let continuations = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                count &+= 8 &- Int(truncatingIfNeeded: (continuations &* 0x0101_0101_0101_0101) >> 56)
                index += 8
            }
            while index < end {
                if base[index] & 0xC0 != 0x80 { count &+= 1 }
                index += 1
            }
            return count
        }
    }
}

extension UTF8 {
    /// The UTF-8 encoding of U+FEFF.
    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
