/// How glossary phrases are compared with text: as sequences of folded tokens.
package enum PhrasePattern {
    /// The most tokens (words and punctuation marks; a slot counts as one) a wrong form,
    /// a context phrase or an exception may have: each is compared token by token around
    /// every match, and no mistranslation is longer.
    package static let maximumWords = 64

    /// The folded tokens of `phrase` (lower case, no accents, quotes and dashes unified).
    package static func folded(_ phrase: String) -> [String] {
        let bytes = Array(phrase.utf8)
        let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
        return tokenized.tokens.map(tokenized.folded)
    }

    /// The folded tokens of `phrase`, separated by single spaces, as UTF-8 bytes (the bytes
    /// of `folded(phrase).joined(separator: " ")`, without a string per token): tokenized
    /// in place, each token's bytes copied once into an array of the right size.
    package static func foldedBytes(_ phrase: String) -> [UInt8] {
        var phrase = phrase
        let tokenized = phrase.withUTF8 { Tokenizer.tokenize($0, in: 0..<$0.count) }
        return tokenized.joinedFolded(tokenized.tokens.indices)
    }
}
