/// How glossary phrases are compared with text: as sequences of folded tokens.
package enum PhrasePattern {
    /// The folded tokens of `phrase` (lower case, no accents, quotes and dashes unified).
    package static func folded(_ phrase: String) -> [String] {
        let bytes = Array(phrase.utf8)
        let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
        return tokenized.tokens.map(tokenized.folded)
    }

    /// Appends the folded tokens of `phrase`, separated by single spaces (the bytes of
    /// `folded(phrase).joined(separator: " ")`, without a string per token).
    package static func appendFolded(_ phrase: String, to output: inout [UInt8]) {
        let bytes = Array(phrase.utf8)
        let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
        for (index, token) in tokenized.tokens.enumerated() {
            if index > 0 { output.append(0x20) }
            output += tokenized.foldedBytes[token.foldedStart..<token.foldedEnd]
        }
    }
}
