/// Whole-text passes over bytes, eight bytes at a time (SWAR: one 64-bit word holds eight
/// bytes, tested together with shifts and masks), for the passes that read every byte of
/// a text: counting line breaks, skipping ASCII while validating UTF-8, comparing words.
///
/// The release build targets baseline x86-64, which has no `popcnt`: bits are summed by a
/// multiplication into the top byte instead.
package enum ByteScan {
    /// Bit 7 of each byte.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// Bits 0–6 of each byte.
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    /// 0x01 in each byte.
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// How many bytes of `buffer` equal `byte`.
    ///
    /// - Complexity: O(n) in the bytes, eight at a time.
    package static func count(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let end = buffer.count
        let pattern = UInt64(byte) &* ones
        var count = 0
        var index = 0
        while index + 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ pattern
            // Bit 7 of a byte of `spread` is 1 unless the byte of `word` is zero: no carry
            // crosses bytes, so the count is exact (unlike the usual "has a zero byte" test).
            let spread = ((word & lowBits) &+ lowBits) | word
            let zeros = (~spread & highBits) >> 7
            count &+= Int(truncatingIfNeeded: (zeros &* ones) >> 56)
            index += 8
        }
        while index < end {
            if base[index] == byte { count &+= 1 }
            index += 1
        }
        return count
    }

    /// The first offset at or after `start` (and before `end`) whose byte is not ASCII,
    /// or `end` when there is none.
    ///
    /// - Complexity: O(n) in the bytes skipped, eight at a time.
    @inline(__always)
    package static func asciiRunEnd(in base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index + 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & highBits != 0 { break }
            index += 8
        }
        while index < end, base[index] < 0x80 { index += 1 }
        return index
    }

    /// Whether `word` equals `bytes[start..<end]`.
    ///
    /// - Complexity: O(n) in the length, eight bytes at a time.
    @inline(__always)
    package static func equals(_ word: [UInt8], _ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let count = word.count
        guard end - start == count, start >= 0, end <= bytes.count else { return false }
        return word.withUnsafeBufferPointer { left in
            bytes.withUnsafeBufferPointer { buffer in
                guard let left = left.baseAddress, let base = buffer.baseAddress else { return count == 0 }
                let right = base + start
                var index = 0
                while index + 8 <= count {
                    if UnsafeRawPointer(left + index).loadUnaligned(as: UInt64.self)
                        != UnsafeRawPointer(right + index).loadUnaligned(as: UInt64.self)
                    {
                        return false
                    }
                    index += 8
                }
                while index < count {
                    if left[index] != right[index] { return false }
                    index += 1
                }
                return true
            }
        }
    }
}
