/// How glossary phrases are compared with text: as sequences of folded tokens.
enum PhrasePattern {
    /// The folded tokens of `phrase` (lower case, no accents, quotes and dashes unified).
    static func folded(_ phrase: String) -> [String] {
        let bytes = Array(phrase.utf8)
        let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
        return tokenized.tokens.map(tokenized.folded)
    }
}
