/// Tells a capitalized word inside a sentence, which names something (*la película
/// Deadline*, *la revista Startup*), from an English word left in a translation: a
/// glossary entry of the category ``IssueCategory/untranslated`` that is not
/// case-sensitive does not flag such a word (the RAE's *Ortografía* §4.2.4 writes the
/// titles of works and the names of publications with a capital; a common noun inside a
/// sentence has none).
enum NameGuard {
    /// Whether the token at `index` of `text` (whose tokens index `bytes`) is a word with
    /// a capital first letter and a lower-case second one (not *DEADLINE*, a headline's),
    /// after a word in lower case, a number or a comma of the sentence whose first token is
    /// `sentenceStart`: not a sentence's first word, nor one after a colon, a quotation
    /// mark or a parenthesis.
    static func isCapitalizedInsideSentence(
        _ index: Int, text: TokenizedText, bytes: [UInt8], sentenceStart: Int
    ) -> Bool {
        guard index > sentenceStart else { return false }
        let token = text.tokens[index]
        guard token.kind == .word, token.end - token.start >= 2 else { return false }
        // Most matches open with a lower-case ASCII letter: no characters to decode.
        let lead = bytes[token.start]
        if lead < 0x80 && !(0x41...0x5A).contains(lead) { return false }
        let previous = text.tokens[index - 1]
        switch previous.kind {
        case .punctuation:
            guard bytes[previous.start] == UInt8(ascii: ",") else { return false }
        case .word:
            // After a name (*exige que Ucrania Demilitarize*), a capital may be machine
            // translation's, kept from an English title.
            guard let first = Self.letters(of: previous, in: bytes).first, first.isLowercase else { return false }
        case .number:
            break
        }
        let letters = Self.letters(of: token, in: bytes)
        guard letters.count >= 2 else { return false }
        return letters[0].isUppercase && letters[1].isLowercase
    }

    /// The first characters of `token` (at most 8 bytes' worth).
    private static func letters(of token: Token, in bytes: [UInt8]) -> [Character] {
        Array(String(decoding: bytes[token.start..<min(token.end, token.start + 8)], as: UTF8.self))
    }
}
