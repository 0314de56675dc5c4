import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

@Suite struct ByteScanTests {
    /// Random bytes biased towards the byte counted and its neighbours in each bit (0x0A,
    /// 0x0B, 0x8A, 0x00, 0xFF), at every length and alignment around the 8-byte steps.
    private static func samples() -> [[UInt8]] {
        var generator = SeededGenerator(state: 19)
        let alphabet: [UInt8] = [0x0A, 0x0A, 0x0B, 0x8A, 0x00, 0xFF, 0x7F, 0x61, 0xC3, 0xB1, 0x0E, 0x2A]
        return (0..<400).map { round in
            (0..<(round % 41)).map { _ in
                Bool.random(using: &generator)
                    ? alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
                    : UInt8.random(in: 0...255, using: &generator)
            }
        }
    }

    @Test func countsEveryOccurrenceOfTheByte() {
        for bytes in Self.samples() {
            for byte: UInt8 in [0x0A, 0x00, 0xFF, 0x8A] {
                let expected = bytes.filter { $0 == byte }.count
                let counted = bytes.withUnsafeBufferPointer { ByteScan.count(of: byte, in: $0) }
                #expect(counted == expected, "\(bytes) \(byte)")
            }
        }
        #expect([UInt8]().withUnsafeBufferPointer { ByteScan.count(of: 0x0A, in: $0) } == 0)
    }

    @Test func asciiRunEndsAtTheFirstByteAboveASCIIOrAtTheEnd() {
        for bytes in Self.samples() {
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for start in 0...bytes.count {
                    for end in start...bytes.count {
                        let expected = bytes[start..<end].firstIndex { $0 >= 0x80 } ?? end
                        #expect(ByteScan.asciiRunEnd(in: base, from: start, to: end) == expected)
                    }
                }
            }
        }
    }

    @Test func equalsComparesTheWholeRangeAndItsLength() {
        let text = Array("el ejército de tierra y el ejército del aire".utf8)
        let word = Array("ejército".utf8)
        #expect(ByteScan.equals(word, text, 3, 3 + word.count))
        #expect(ByteScan.equals(word, text, 28, 28 + word.count))
        #expect(!ByteScan.equals(word, text, 3, 3 + word.count - 1))
        #expect(!ByteScan.equals(word, text, 2, 2 + word.count))
        #expect(!ByteScan.equals(word, text, text.count - 2, text.count + word.count - 2))
        #expect(ByteScan.equals([], text, 5, 5))
        for bytes in Self.samples() where bytes.count > 2 {
            for length in 0...bytes.count {
                let word = Array(bytes[0..<length])
                for start in 0...(bytes.count - length) {
                    #expect(
                        ByteScan.equals(word, bytes, start, start + length)
                            == bytes[start..<start + length].elementsEqual(word))
                }
            }
        }
    }
}
