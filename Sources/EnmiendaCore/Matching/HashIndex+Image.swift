/// A hash index in a compiled glossary's image: its slots copied in one go, never
/// rehashed, and checked so that no lookup can read out of bounds or loop for ever.
extension HashIndex {
    /// Adds this index's slots to `writer`.
    func encode(into writer: inout BinaryImageWriter) {
        writer.append(uint64s: keys)
        writer.append(int32s: values)
    }

    /// Reads an index that ``encode(into:)`` wrote, whose values must be below `limit`.
    ///
    /// - Throws: ``BinaryImageReader/Error`` when the slot count is not a power of two of
    ///   at least 16, keys and values differ in number, a value is out of range, or no
    ///   slot is empty (a lookup of a missing key stops at an empty slot).
    init(image reader: inout BinaryImageReader, valuesBelow limit: Int) throws(BinaryImageReader.Error) {
        let keys = try reader.uint64s()
        let values = try reader.int32s()
        let size = keys.count
        guard size >= 16, size & (size - 1) == 0, values.count == size else {
            throw BinaryImageReader.Error("bad hash index size")
        }
        var used = 0
        for value in values {
            guard value >= -1, Int(value) < limit else {
                throw BinaryImageReader.Error("hash index value out of range")
            }
            if value >= 0 { used += 1 }
        }
        guard 2 * used <= size else { throw BinaryImageReader.Error("hash index too full") }
        self.init()
        self.keys = keys
        self.values = values
        self.shift = UInt64(64 - size.trailingZeroBitCount)
        self.count = used
    }
}
