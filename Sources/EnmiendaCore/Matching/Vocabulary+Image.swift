/// A vocabulary in a compiled glossary's image: its words as one run of bytes, its
/// tables copied in one go.
extension Vocabulary {
    /// Adds this vocabulary to `writer`.
    func encode(into writer: inout BinaryImageWriter) {
        writer.append(bytes: words.flatMap { $0 })
        var end: Int32 = 0
        writer.append(
            int32s: words.map { word in
                end += Int32(word.count)
                return end
            })
        writer.append(int32s: idByCollidingWord.values.sorted())
        idByHash.encode(into: &writer)
        writer.append(uint64s: filter)
        writer.append(uint64s: hashes)
    }

    /// Reads a vocabulary that ``encode(into:)`` wrote.
    ///
    /// - Throws: ``BinaryImageReader/Error`` when a word's end or id is out of range, or
    ///   the filter's size is not a power of two of at least 64 words.
    init(image reader: inout BinaryImageReader) throws(BinaryImageReader.Error) {
        let bytes = try reader.bytes()
        let ends = try reader.int32s()
        var words: [[UInt8]] = []
        words.reserveCapacity(ends.count)
        var start = 0
        for end in ends {
            guard end >= start, Int(end) <= bytes.count else { throw BinaryImageReader.Error("word out of bounds") }
            words.append(Array(bytes[start..<Int(end)]))
            start = Int(end)
        }
        guard start == bytes.count else { throw BinaryImageReader.Error("bytes after the words") }
        var colliding: [[UInt8]: Int32] = [:]
        for id in try reader.int32s() {
            guard id >= 0, Int(id) < words.count, colliding.updateValue(id, forKey: words[Int(id)]) == nil else {
                throw BinaryImageReader.Error("bad colliding word")
            }
        }
        let index = try HashIndex(image: &reader, valuesBelow: words.count)
        let filter = try reader.uint64s()
        guard filter.count >= 64, filter.count & (filter.count - 1) == 0 else {
            throw BinaryImageReader.Error("bad word filter size")
        }
        let hashes = try reader.uint64s()
        guard hashes.count <= words.count else { throw BinaryImageReader.Error("too many word hashes") }
        self.init()
        self.words = words
        self.idByCollidingWord = colliding
        self.idByHash = index
        self.filter = filter
        // A bit index is the mixed hash shifted right: as many bits as the filter has.
        self.filterShift = UInt64(64 - (64 * filter.count).trailingZeroBitCount)
        self.hashes = hashes
    }
}
