/// Strict UTF-8 validation over bytes (RFC 3629: no overlong forms, no surrogates,
/// nothing above U+10FFFF).
package enum UTF8Validation {
    /// The offset of the first byte that does not start a valid UTF-8 sequence, or `nil`
    /// if every byte is valid.
    ///
    /// - Complexity: O(n), skipping ASCII eight bytes at a time.
    package static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let count = buffer.count
            var index = 0
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index = ByteScan.asciiRunEnd(in: base, from: index + 1, to: count)
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return index
                }
                guard index + length <= count else { return index }
                let second = buffer[index + 1]
                guard second >= low && second <= high else { return index }
                var position = index + 2
                while position < index + length {
                    guard UTF8.isContinuation(buffer[position]) else { return index }
                    position += 1
                }
                index += length
            }
            return nil
        }
    }
}
