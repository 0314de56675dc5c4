/// The folded words of a glossary's patterns, each with a small integer id.
///
/// Text tokens are looked up by the hash computed while tokenizing, then confirmed by
/// comparing bytes, so a lookup copies nothing and allocates nothing.
struct Vocabulary: Sendable {
    var idByHash = HashIndex()
    /// Words whose hash collides with an earlier, different word (vanishingly rare).
    var idByCollidingWord: [[UInt8]: Int32] = [:]
    var words: [[UInt8]] = []
    /// A bit per slot, set for the hash of every word: most words of a text are in no
    /// pattern, and this table (16 bits per word) rules them out while staying in cache,
    /// however large the glossary; ``idByHash`` is only read for the few that pass.
    var filter: [UInt64] = [UInt64](repeating: 0, count: 64)
    var filterShift: UInt64 = 52
    var hashes: [UInt64] = []

    var count: Int { words.count }

    /// The id of `word`, adding it if new.
    mutating func intern(_ word: [UInt8], hash: UInt64) -> Int32 {
        if let id = idByHash[hash] {
            if words[Int(id)] == word { return id }
            if let id = idByCollidingWord[word] { return id }
            let id = Int32(words.count)
            words.append(word)
            idByCollidingWord[word] = id
            return id
        }
        let id = Int32(words.count)
        words.append(word)
        idByHash.set(hash, id)
        hashes.append(hash)
        if hashes.count * 16 > filter.count * 64 {
            filter = [UInt64](repeating: 0, count: filter.count * 2)
            filterShift -= 1
            for hash in hashes { setFilterBit(hash) }
        } else {
            setFilterBit(hash)
        }
        return id
    }

    @inline(__always)
    private func filterBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0xD6E8_FEB8_6659_FD93) >> filterShift)
    }

    private mutating func setFilterBit(_ hash: UInt64) {
        let bit = filterBit(hash)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// The id of `token`'s folded form, or -1 if no pattern uses it.
    @inline(__always)
    func id(of token: Token, in text: TokenizedText) -> Int32 {
        let bit = filterBit(token.foldedHash)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return -1 }
        guard let id = idByHash[token.foldedHash] else { return -1 }
        if ByteScan.equals(words[Int(id)], text.foldedBytes, token.foldedStart, token.foldedEnd) { return id }
        guard !idByCollidingWord.isEmpty else { return -1 }
        return idByCollidingWord[Array(text.foldedBytes[token.foldedStart..<token.foldedEnd])] ?? -1
    }
}
