/// The folded words of a glossary's patterns, each with a small integer id.
///
/// Text tokens are looked up by the hash computed while tokenizing, then confirmed by
/// comparing bytes, so a lookup copies nothing and allocates nothing.
struct Vocabulary: Sendable {
    private var idByHash = HashIndex()
    /// Words whose hash collides with an earlier, different word (vanishingly rare).
    private var idByCollidingWord: [[UInt8]: Int32] = [:]
    private var words: [[UInt8]] = []

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
        return id
    }

    /// The id of `token`'s folded form, or -1 if no pattern uses it.
    @inline(__always)
    func id(of token: Token, in text: TokenizedText) -> Int32 {
        guard let id = idByHash[token.foldedHash] else { return -1 }
        let folded = text.foldedBytes[token.foldedStart..<token.foldedEnd]
        if words[Int(id)].elementsEqual(folded) { return id }
        guard !idByCollidingWord.isEmpty else { return -1 }
        return idByCollidingWord[Array(folded)] ?? -1
    }
}
