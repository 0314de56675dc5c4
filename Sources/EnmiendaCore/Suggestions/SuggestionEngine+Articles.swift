extension SuggestionEngine {
    /// Joins the suggestions to the words around the match as Spanish spelling asks (see
    /// ``SpanishArticles``): a suggestion that ends in *a* or *de* before the text's *el*
    /// takes it in (*presionan a el Gobierno* → *presionan al Gobierno*), one that starts
    /// with *el* after the text's *a* or *de* likewise, and a feminine noun with a stressed
    /// *a* turns the text's *una*, *la* before it into *un*, *el* (*un arma*).
    func adjustArticles(
        _ suggestions: inout [String], first: inout Int, last: inout Int, sentence: Range<Int>
    ) {
        let tokens = text.tokens
        let morphology = renderer.slots.morphology
        func word(_ index: Int) -> String? {
            guard index >= sentence.lowerBound, index < sentence.upperBound, tokens[index].kind == .word,
                !covered[index] || (index >= first && index <= last)
            else { return nil }
            return String(decoding: document.bytes[tokens[index].start..<tokens[index].end], as: UTF8.self)
        }
        func lastWord(_ phrase: String) -> String { phrase.split(separator: " ").last.map { $0.lowercased() } ?? "" }
        func firstWord(_ phrase: String) -> String { phrase.split(separator: " ").first.map(String.init) ?? "" }
        // Each rule below reads a word next to the match only when its folded bytes are
        // one of the few the rule is about (dense findings make that test the common one).
        func folds(_ index: Int, to forms: [[UInt8]]) -> Bool {
            guard index >= 0, index < tokens.count else { return false }
            let token = tokens[index]
            let length = token.foldedEnd - token.foldedStart
            return forms.contains { form in
                form.count == length && text.foldedBytes[token.foldedStart..<token.foldedEnd].elementsEqual(form)
            }
        }
        // The top suggestion decides: the span grows only for the correction applied.
        // And only then the top suggestion's first or last word, in place.
        func topWords() -> String.UTF8View { (suggestions.first ?? "").utf8 }
        if folds(last + 1, to: Self.articleForms), Self.lastWordIsAOrDe(topWords()), let next = word(last + 1),
            next == "el" || next == "al" || next == "del",
            let top = suggestions.first, ["a", "de"].contains(lastWord(top))
        {
            last += 1
            suggestions = suggestions.map { suggestion in
                let ending = lastWord(suggestion)
                // "acceder a" before "al servidor": the text's contraction already has it.
                if next != "el", (ending == "a" && next == "al") || (ending == "de" && next == "del") {
                    return String(suggestion.dropLast(ending.count)) + next
                }
                return SpanishArticles.contracting(suggestion + " " + next)
            }
        }
        if folds(first - 1, to: Self.prepositionForms), Self.firstWord(of: topWords()).elementsEqual("el".utf8),
            let previous = word(first - 1),
            ["a", "de"].contains(previous.lowercased()),
            let top = suggestions.first, firstWord(top) == "el"
        {
            first -= 1
            suggestions = suggestions.map { SpanishArticles.contracting(previous + " " + $0) }
        }
        if folds(first - 1, to: Self.determinerForms), Self.mayBeginWithStressedA(Self.firstWord(of: topWords())),
            let previous = word(first - 1), let top = suggestions.first,
            SpanishArticles.determiner(previous, before: firstWord(top), morphology: morphology) != previous
        {
            first -= 1
            suggestions = suggestions.map { previous + " " + $0 }
        }
        suggestions = suggestions.map { suggestion in
            // Most suggestions hold no determiner that could change.
            guard SpanishArticles.mayChangeDeterminers(in: suggestion) else { return suggestion }
            // A function of the suggestion alone, and dense findings repeat suggestions.
            return articles.value(for: suggestion) {
                var words = suggestion.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                for index in words.indices.dropLast() {
                    words[index] = SpanishArticles.determiner(
                        words[index], before: words[index + 1], morphology: morphology)
                }
                return words.joined(separator: " ")
            }
        }
    }

    /// The UTF-8 bytes of the first word of `phrase` (words are separated by spaces).
    private static func firstWord(of phrase: String.UTF8View) -> Substring.UTF8View {
        let start = phrase.firstIndex { $0 != 0x20 } ?? phrase.endIndex
        let end = phrase[start...].firstIndex(of: 0x20) ?? phrase.endIndex
        return phrase[start..<end]
    }

    /// Whether the last word of `phrase`, lowered, is *a* or *de*.
    private static func lastWordIsAOrDe(_ phrase: String.UTF8View) -> Bool {
        guard let last = phrase.lastIndex(where: { $0 != 0x20 }) else { return false }
        let end = phrase.index(after: last)
        let start = phrase[..<end].lastIndex(of: 0x20).map(phrase.index(after:)) ?? phrase.startIndex
        let word = phrase[start..<end]
        func lowered(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
        return word.elementsEqual([0x61], by: { lowered($0) == $1 })
            || word.elementsEqual([0x64, 0x65], by: { lowered($0) == $1 })
    }

    /// Whether `word` may begin with *a*, *á*, *ha* or *há* in any case, as a noun that
    /// ``SpanishArticles/beginsWithStressedA(_:morphology:)`` accepts must.
    private static func mayBeginWithStressedA(_ word: Substring.UTF8View) -> Bool {
        guard let first = word.first else { return false }
        switch first {
        case 0x41, 0x61, 0x48, 0x68: return true
        case 0xC3: return word.dropFirst().first.map { $0 == 0xA1 || $0 == 0x81 } ?? false
        default: return false
        }
    }

    /// The folded forms of the words that ``adjustArticles(_:first:last:sentence:)``
    /// looks for after a match (*el*, *al*, *del*), before it (*a*, *de*), and the
    /// determiners that change before a stressed *a* (see ``SpanishArticles``).
    private static let articleForms: [[UInt8]] = ["el", "al", "del"].map { Array($0.utf8) }
    private static let prepositionForms: [[UInt8]] = ["a", "de"].map { Array($0.utf8) }
    private static let determinerForms: [[UInt8]] = ["la", "una", "alguna", "ninguna"].map { Array($0.utf8) }
}
