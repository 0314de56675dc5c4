/// The English lexicon as bytes, to be kept in a cache file and read back.
///
/// ## Layout (version 1, integers little-endian)
/// | offset | content |
/// |---|---|
/// | 0 | magic `ENMENG01` |
/// | 8 | five `UInt32`: slot count (a power of two), word count, translation list count, translation bytes, source bytes |
/// | 28 | the slots' keys (`UInt64` each), then their values (`UInt32` each) |
/// | then | the end offset of each translation list (`UInt32` each), the lists' UTF-8 bytes, the source's |
extension EnglishLexicon {
    /// Why bytes cannot be read as an English lexicon.
    public struct FormatError: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong, in words.
        public var reason: String
        /// The reason.
        public var description: String { reason }
    }

    /// The magic number and format version at the start of every image.
    public static let magic: [UInt8] = Array("ENMENG01".utf8)

    /// The lexicon as an image (see the layout above).
    public func image() -> [UInt8] {
        var bytes = Self.magic
        func append32(_ value: Int) {
            withUnsafeBytes(of: UInt32(value).littleEndian) { bytes.append(contentsOf: $0) }
        }
        let listBytes = translationLists.map { Array($0.utf8) }
        let sourceBytes = Array(source.utf8)
        append32(keys.count)
        append32(wordCount)
        append32(listBytes.count)
        append32(listBytes.reduce(0) { $0 + $1.count })
        append32(sourceBytes.count)
        for key in keys {
            withUnsafeBytes(of: key.littleEndian) { bytes.append(contentsOf: $0) }
        }
        for value in values { append32(Int(value)) }
        var end = 0
        for list in listBytes {
            end += list.count
            append32(end)
        }
        for list in listBytes { bytes.append(contentsOf: list) }
        bytes.append(contentsOf: sourceBytes)
        return bytes
    }

    /// Reads an image written by ``image()``.
    ///
    /// - Complexity: O(image size): about a millisecond for 100,000 words.
    /// - Throws: ``FormatError`` for bytes of another format or version, or cut short.
    public init(image bytes: UnsafeRawBufferPointer) throws(FormatError) {
        let header = Self.magic.count + 20
        guard bytes.count >= header, bytes.prefix(Self.magic.count).elementsEqual(Self.magic) else {
            throw FormatError(reason: "not an Enmienda English lexicon of format ENMENG01")
        }
        func word32(_ offset: Int) -> Int {
            Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        }
        let fields = (0..<5).map { word32(Self.magic.count + $0 * 4) }
        let (slots, words, lists, listBytes, sourceBytes) = (fields[0], fields[1], fields[2], fields[3], fields[4])
        guard slots >= 1, slots & (slots - 1) == 0, words < slots, slots < 1 << 28, lists < 1 << 28 else {
            throw FormatError(reason: "the table's header is inconsistent")
        }
        let keysStart = header
        let valuesStart = keysStart + slots * 8
        let endsStart = valuesStart + slots * 4
        let listsStart = endsStart + lists * 4
        let sourceStart = listsStart + listBytes
        guard sourceStart + sourceBytes == bytes.count else {
            throw FormatError(reason: "the image is \(bytes.count) bytes, its header says \(sourceStart + sourceBytes)")
        }
        let keys = (0..<slots).map {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: keysStart + $0 * 8, as: UInt64.self))
        }
        let values = (0..<slots).map { UInt32(word32(valuesStart + $0 * 4)) }
        var translationLists: [String] = []
        translationLists.reserveCapacity(lists)
        var previous = 0
        for index in 0..<lists {
            let end = word32(endsStart + index * 4)
            guard previous <= end, end <= listBytes else { throw FormatError(reason: "translation \(index) is cut") }
            translationLists.append(
                String(
                    decoding: UnsafeRawBufferPointer(rebasing: bytes[listsStart + previous..<listsStart + end]),
                    as: UTF8.self))
            previous = end
        }
        guard values.allSatisfy({ Int($0 & 0x3FFF_FFFF) <= lists }), keys.contains(0) else {
            throw FormatError(reason: "a slot points past the translations")
        }
        self.init(
            keys: keys, values: values, translationLists: translationLists, wordCount: words,
            source: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[sourceStart...]), as: UTF8.self))
    }

    /// Reads an image held in an array (see ``init(image:)-(UnsafeRawBufferPointer)``).
    public init(image bytes: [UInt8]) throws(FormatError) {
        let result = bytes.withUnsafeBytes { buffer in Result { () throws(FormatError) in try Self(image: buffer) } }
        self = try result.get()
    }
}
