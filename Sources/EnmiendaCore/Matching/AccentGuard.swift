/// Refuses a match that accent-insensitive matching made of a different word: where the
/// text writes a word of the form with other accents than the form has, and that
/// spelling is itself a word the morphology knows (*tomara* is not *tomará*, *aplico*
/// is not *aplicó*), the form does not match there. A spelling the morphology does not
/// know is taken for the form with its accents lost (*publicacion*).
///
/// Runs on the few occurrences the automaton found, never on the whole text.
struct AccentGuard: Sendable {
    private let morphology: any Morphology
    /// For each variant, the lower-case words of its literal text, in order, with
    /// whether each is pure ASCII.
    private let words: [[(text: String, isASCII: Bool)]]
    /// For each variant, whether every literal word of its wrong form is ASCII.
    private let isASCII: [Bool]

    init(variants: [PatternVariant], morphology: any Morphology) {
        self.morphology = morphology
        words = variants.map { variant in
            variant.wrong.parts.flatMap { part -> [(String, Bool)] in
                guard case .literal(let text) = part else { return [] }
                let bytes = Array(text.utf8)
                let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
                return tokenized.tokens.map { token in
                    let word = String(decoding: bytes[token.start..<token.end], as: UTF8.self).lowercased()
                    return (word, word.utf8.allSatisfy { $0 < 0x80 })
                }
            }
        }
        isASCII = words.map { $0.allSatisfy(\.isASCII) }
    }

    /// `occurrences` without those that another occurrence of the same entry over the
    /// same words matches with the text's own accents: of *googleé* (preterite) and
    /// *googlee* (subjunctive), both forms of an unknown verb, the text's spelling wins.
    /// `occurrences` must come as the automaton lists them: grouped by their first word.
    func preferringExactAccents(
        _ occurrences: [PhraseAutomaton.Occurrence], slots: SlotMatcher
    ) -> [PhraseAutomaton.Occurrence] {
        // The automaton lists occurrences by their first word, so two over the same words
        // are in one run of equal first words (a run has a few): most chunks share none,
        // and need no table.
        var shared = false
        var runStart = 0
        for index in occurrences.indices where !shared {
            let occurrence = occurrences[index]
            if occurrences[runStart].firstToken != occurrence.firstToken { runStart = index }
            shared = occurrences[runStart..<index].contains {
                $0.firstToken == occurrence.firstToken && $0.tokenCount == occurrence.tokenCount
                    && $0.entryIndex == occurrence.entryIndex
            }
        }
        guard shared else { return occurrences }
        var spans: [SpanKey: Int] = [:]
        for occurrence in occurrences {
            let key = SpanKey(first: occurrence.firstToken, count: occurrence.tokenCount, entry: occurrence.entryIndex)
            spans[key, default: 0] += 1
        }
        var exactSpans = Set<SpanKey>()
        var exactness: [Bool] = []
        for occurrence in occurrences {
            let key = SpanKey(first: occurrence.firstToken, count: occurrence.tokenCount, entry: occurrence.entryIndex)
            let exact = spans[key, default: 0] > 1 && isExact(occurrence, slots: slots)
            exactness.append(exact)
            if exact { exactSpans.insert(key) }
        }
        return occurrences.indices.compactMap { index in
            let occurrence = occurrences[index]
            let key = SpanKey(first: occurrence.firstToken, count: occurrence.tokenCount, entry: occurrence.entryIndex)
            return exactSpans.contains(key) && !exactness[index] ? nil : occurrence
        }
    }

    /// The words an occurrence covers and its entry.
    private struct SpanKey: Hashable {
        var first: Int
        var count: Int
        var entry: Int
    }

    /// Whether the text writes every literal word of the occurrence's form with its accents.
    private func isExact(_ occurrence: PhraseAutomaton.Occurrence, slots: SlotMatcher) -> Bool {
        let expected = words[occurrence.variantIndex]
        let captured = occurrence.captures.isEmpty ? [] : Set(occurrence.captures.flatMap { Array($0) })
        var next = 0
        for index in occurrence.tokens where !captured.contains(index) {
            guard next < expected.count else { return true }
            let token = slots.text.tokens[index]
            let actual = String(decoding: slots.bytes[token.start..<token.end], as: UTF8.self).lowercased()
            if actual != expected[next].text { return false }
            next += 1
        }
        return true
    }

    /// Whether `occurrence` of `variant` writes its words with the form's accents, or
    /// with accents that make no other known word.
    func accepts(_ occurrence: PhraseAutomaton.Occurrence, slots: SlotMatcher) -> Bool {
        let tokens = slots.text.tokens
        // ASCII on both sides: equal once folded means equal but for case. Most matches
        // are that, and need no strings.
        if occurrence.captures.isEmpty, isASCII[occurrence.variantIndex],
            occurrence.tokens.allSatisfy({ tokens[$0].isASCII })
        {
            return true
        }
        let expected = words[occurrence.variantIndex]
        let captured = occurrence.captures.isEmpty ? [] : Set(occurrence.captures.flatMap { Array($0) })
        var next = 0
        for index in occurrence.tokens where !captured.contains(index) {
            guard next < expected.count else { return true }
            let word = expected[next]
            next += 1
            let token = tokens[index]
            if word.isASCII && token.isASCII { continue }
            let raw = slots.bytes[token.start..<token.end]
            let actual = String(decoding: raw, as: UTF8.self).lowercased()
            if actual != word.text && morphology.isKnownWord(actual) { return false }
        }
        return true
    }
}
