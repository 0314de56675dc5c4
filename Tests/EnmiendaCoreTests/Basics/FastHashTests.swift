import Testing

@testable import EnmiendaCore

/// The checksum of compiled images sees every change of one or two bits, wherever they
/// are, and tells apart parts hashed in turn from their concatenation cut elsewhere.
@Suite struct FastHashTests {
    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash = FastHash()
        hash.combine(bytes)
        return hash.value
    }

    /// 40 bytes: two whole 16-byte blocks and a tail, so that flips land in each part.
    private static let sample: [UInt8] = (0..<40).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }

    /// Found by the hostile-input review: the first checksum (one multiply per 8-byte
    /// word) missed bit 7 of byte 7 flipped with bit 4 of byte 8. Every pair of flipped
    /// bits in the sample (51,040 of them) and every single one must change the hash.
    @Test func everyOneOrTwoFlippedBitsChangeTheHash() {
        let original = Self.hash(Self.sample)
        let bits = Self.sample.count * 8
        var seen: Set<UInt64> = [original]
        for first in 0..<bits {
            var once = Self.sample
            once[first / 8] ^= 1 << (first % 8)
            #expect(seen.insert(Self.hash(once)).inserted, "bit \(first)")
            for second in (first + 1)..<bits {
                var twice = once
                twice[second / 8] ^= 1 << (second % 8)
                #expect(seen.insert(Self.hash(twice)).inserted, "bits \(first) and \(second)")
            }
        }
    }

    @Test func partsHashedInTurnDifferFromTheirConcatenationCutElsewhere() {
        let whole = Self.sample
        var values: Set<UInt64> = []
        for cut in 0...whole.count {
            var hash = FastHash()
            hash.combine(Array(whole[..<cut]))
            hash.combine(Array(whole[cut...]))
            values.insert(hash.value)
        }
        #expect(values.count == whole.count + 1)
        #expect(!values.contains(Self.hash(whole)))
    }

    @Test func trailingZerosChangeTheHash() {
        let lengths = (0..<40).map { Self.hash([UInt8](repeating: 0, count: $0)) }
        #expect(Set(lengths).count == lengths.count)
    }
}
