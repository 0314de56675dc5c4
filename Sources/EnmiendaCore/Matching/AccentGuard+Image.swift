/// The accent guard's words in a compiled glossary's image.
extension AccentGuard.Spellings {
    /// Adds these words to `writer`.
    func encode(into writer: inout BinaryImageWriter) {
        writer.append(words)
        writer.append(bytes: isASCIIWord.map { $0 ? 1 : 0 })
        writer.append(int32s: starts)
    }

    /// Reads words that ``encode(into:)`` wrote for `variantCount` variants.
    ///
    /// - Throws: ``BinaryImageReader/Error`` when the variants' ranges are not one per
    ///   variant, in order, over all the words, or a flag is neither 0 nor 1.
    init(image reader: inout BinaryImageReader, variantCount: Int) throws(BinaryImageReader.Error) {
        self.init()
        words = try reader.strings()
        let flags = try reader.bytes()
        starts = try reader.int32s()
        guard flags.count == words.count, flags.allSatisfy({ $0 <= 1 }) else {
            throw BinaryImageReader.Error("bad word flags")
        }
        guard starts.count == variantCount + 1, starts.first == 0, starts.last.map({ Int($0) }) == words.count else {
            throw BinaryImageReader.Error("word ranges out of bounds")
        }
        isASCIIWord = flags.map { $0 == 1 }
        isASCII.reserveCapacity(variantCount)
        for index in 0..<variantCount {
            guard starts[index] <= starts[index + 1], Int(starts[index + 1]) <= words.count else {
                throw BinaryImageReader.Error("word ranges out of order")
            }
            isASCII.append(isASCIIWord[range(of: index)].allSatisfy { $0 })
        }
    }
}
