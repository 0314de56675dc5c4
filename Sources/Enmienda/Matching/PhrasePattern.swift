/// One wrong form of one glossary entry, as the sequence of folded tokens it matches.
struct PhrasePattern: Hashable, Sendable {
    /// The index of the entry in the glossary.
    var entryIndex: Int
    /// The index of the wrong form in the entry.
    var wrongFormIndex: Int
    /// How many tokens the pattern spans.
    var tokenCount: Int

    /// The folded tokens of `phrase` (lower case, no accents, quotes and dashes unified).
    static func folded(_ phrase: String) -> [String] {
        let bytes = Array(phrase.utf8)
        let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
        return tokenized.tokens.map(tokenized.folded)
    }
}
