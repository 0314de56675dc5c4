import Testing

@testable import EnmiendaCore

/// Runs of integers and bytes go into an image and come back whole, and a short or
/// badly padded run is an error rather than a read out of bounds.
@Suite struct BinaryImageTests {
    private static let magic = Array("TESTIM01".utf8)

    /// The image of a payload of words, with a sound header.
    private static func image(words: [UInt32]) -> [UInt8] {
        var payload: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0]
        for word in words { withUnsafeBytes(of: word.littleEndian) { payload.append(contentsOf: $0) } }
        var hash = FastHash()
        hash.combine(payload)
        var image = magic
        withUnsafeBytes(of: UInt64(payload.count).littleEndian) { image.append(contentsOf: $0) }
        withUnsafeBytes(of: hash.value.littleEndian) { image.append(contentsOf: $0) }
        return image + payload
    }

    @Test(arguments: 0..<10)
    func runsOfIntegersAndBytesComeBackWhole(length: Int) throws {
        let int32s = (0..<length).map { Int32($0 * 7919) - 30_000 } + [Int32.min, -1, Int32.max]
        let uint64s = (0..<length).map { UInt64($0) << 35 | 0xFFFF_0001 } + [UInt64.max]
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: 250 + $0) }
        var writer = BinaryImageWriter()
        writer.append(int32s: int32s)
        writer.append(bytes: bytes)
        writer.append(uint64s: uint64s)
        writer.append(5)
        let image = try #require(writer.bytes(magic: Self.magic))
        try image.withUnsafeBytes { raw in
            var reader = try BinaryImageReader(raw, magic: Self.magic)
            #expect(try reader.int32s() == int32s)
            #expect(try reader.bytes() == bytes)
            #expect(try reader.uint64s() == uint64s)
            #expect(try reader.number() == 5)
            #expect(reader.isAtEnd)
        }
    }

    @Test(arguments: [
        ("a count beyond the words", [3, 1, 2] as [UInt32]),
        ("64-bit integers cut in half", [2, 1, 2, 3]),
        ("bytes beyond the words", [9, 0x0403_0201, 0x0807_0605]),
        ("padding that is not zero", [5, 0x0403_0201, 0x0000_0105]),
    ])
    func aShortOrBadlyPaddedRunIsAnError(what: String, words: [UInt32]) throws {
        let image = Self.image(words: words)
        image.withUnsafeBytes { raw in
            _ = #expect(throws: BinaryImageReader.Error.self, "\(what)") {
                var reader = try BinaryImageReader(raw, magic: Self.magic)
                switch what {
                case "64-bit integers cut in half": _ = try reader.uint64s()
                case "a count beyond the words": _ = try reader.int32s()
                default: _ = try reader.bytes()
                }
            }
        }
    }
}
