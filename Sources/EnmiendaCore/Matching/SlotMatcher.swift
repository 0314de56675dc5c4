/// Decides which tokens of a text a slot can stand for.
struct SlotMatcher {
    let text: TokenizedText
    let bytes: [UInt8]
    let morphology: any Morphology

    /// The most words a `{words}` slot spans.
    static let maximumPhraseLength = 6

    /// The folded-form hashes of ``cardinals``, so that most tokens are ruled out
    /// without building a string.
    private static let cardinalHashes: Set<UInt64> = Set(
        SpanishNumerals.cardinals.map { word in
            let bytes = Array(word.utf8)
            return Tokenizer.hash(bytes, from: 0)
        })

    /// Whether `token` is a number word.
    private func isCardinal(_ token: Token) -> Bool {
        token.kind == .word && Self.cardinalHashes.contains(token.foldedHash)
            && SpanishNumerals.cardinals.contains(text.folded(token))
    }

    /// The lengths (in tokens) that `kind` can span starting at token `index`.
    func lengths(of kind: SlotKind, at index: Int) -> ClosedRange<Int>? {
        let tokens = text.tokens
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        switch kind {
        case .number:
            return token.kind == .number || isCardinal(token) ? 1...1 : nil
        case .englishNumber:
            return isEnglishGroupedNumber(at: index) ? 1...1 : nil
        case .englishDecimal:
            return isEnglishDecimal(at: index) ? 1...1 : nil
        case .word, .optionalWord:
            return token.kind == .word ? 1...1 : nil
        case .adjective:
            return token.kind == .word && startsLowercase(token) && !morphology.isFunctionWord(text.folded(token))
                ? 1...1 : nil
        case .verb:
            let folded = text.folded(token)
            let isInfinitive = folded.hasSuffix("ar") || folded.hasSuffix("er") || folded.hasSuffix("ir")
            return token.kind == .word && startsLowercase(token) && isInfinitive && folded.count > 3 ? 1...1 : nil
        case .nationality:
            return token.kind == .word && startsLowercase(token) && Nationalities.folded.contains(text.folded(token))
                ? 1...1 : nil
        case .words:
            var end = index
            while end < tokens.count && end - index < Self.maximumPhraseLength && tokens[end].kind != .punctuation {
                end += 1
            }
            return end > index ? 1...(end - index) : nil
        }
    }

    /// `12,000` or `1,250,000` not followed by `%`, `millones`, … (then it is a decimal).
    func isEnglishGroupedNumber(at index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .number else { return false }
        let groups = bytes[token.start..<token.end].split(
            separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count),
            groups.allSatisfy({ $0.allSatisfy(Tokenizer.isASCIIDigit) }),
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return false }
        if index + 1 < text.tokens.count, SpanishNumerals.decimalContext.contains(text.folded(text.tokens[index + 1])) {
            return false
        }
        return true
    }

    /// `2.5` or `1.25`: one to three digits, a point, one or two digits.
    func isEnglishDecimal(at index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .number else { return false }
        let parts = bytes[token.start..<token.end].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 2, (1...3).contains(parts[0].count), (1...2).contains(parts[1].count) else { return false }
        return parts.allSatisfy { $0.allSatisfy(Tokenizer.isASCIIDigit) }
    }

    private func startsLowercase(_ token: Token) -> Bool {
        let first = bytes.withUnsafeBufferPointer { Tokenizer.decode($0, at: token.start).0 }
        if first < 0x80 { return first >= 0x61 && first <= 0x7A }
        return Unicode.Scalar(first)?.properties.isLowercase ?? false
    }
}
