/// A fast, non-cryptographic 64-bit hash of bytes, read sixteen at a time: what names a
/// cache file after its inputs and checks that the file was not damaged. Each 16-byte
/// block is folded in with a 64 × 64 → 128-bit multiplication, so that any change of a
/// few bits changes every bit of the hash with even odds (a weaker hash of one multiply
/// per word missed two bits flipped in the same column). It is no defence against
/// someone who forges a file on purpose (a cache is still checked as it is read).
///
/// ```swift
/// var hash = FastHash()
/// hash.combine(Array("glossary".utf8))
/// print(hash.hexDigest)   // 16 hex digits
/// ```
///
/// - Complexity: O(n) in the bytes hashed, about a millisecond for 10 MB.
package struct FastHash: Sendable {
    private var state: UInt64 = 0x243f_6a88_85a3_08d3

    /// Two odd constants with as many ones as zeros, mixed into each block.
    private static let first: UInt64 = 0xa076_1d64_78bd_642f
    private static let second: UInt64 = 0xe703_7ed1_a0b4_28db

    /// A hash of nothing yet.
    package init() {}

    /// Adds `bytes`, then their count (so that two parts hashed in turn differ from their
    /// concatenation cut elsewhere).
    package mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        let count = bytes.count
        while offset + 16 <= count {
            mix(
                UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)),
                UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
            offset += 16
        }
        var tail: (UInt64, UInt64) = (0, 0)
        var shift: UInt64 = 0
        while offset < count {
            if shift < 64 {
                tail.0 |= UInt64(bytes[offset]) << shift
            } else {
                tail.1 |= UInt64(bytes[offset]) << (shift - 64)
            }
            shift += 8
            offset += 1
        }
        mix(tail.0, tail.1)
        mix(UInt64(count), 0)
    }

    /// Adds `bytes` (see ``combine(_:)-(UnsafeRawBufferPointer)``).
    package mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { combine($0) }
    }

    /// Adds the UTF-8 bytes of `text`.
    package mutating func combine(_ text: String) {
        combine(Array(text.utf8))
    }

    /// Folds one 16-byte block into the state: the high and low halves of the product of
    /// its two words, each first mixed with a constant (and the second with the state).
    @inline(__always)
    private mutating func mix(_ low: UInt64, _ high: UInt64) {
        let product = (low ^ Self.first).multipliedFullWidth(by: high ^ state ^ Self.second)
        state = (product.high ^ product.low) &+ (state >> 7 | state << 57)
    }

    /// The hash of everything added.
    package var value: UInt64 {
        var value = state
        value ^= value >> 33
        value &*= 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        value &*= 0xc4ce_b9fe_1a85_ec53
        return value ^ (value >> 33)
    }

    /// ``value`` as 16 lower-case hex digits.
    package var hexDigest: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
