/// Refuses a match that accent-insensitive matching made of a different word: where the
/// text writes a word of the form with other accents than the form has, and that
/// spelling is itself a word the morphology knows (*tomara* is not *tomará*, *aplico*
/// is not *aplicó*), the form does not match there. A spelling the morphology does not
/// know is taken for the form with its accents lost (*publicacion*).
///
/// Runs on the few occurrences the automaton found, never on the whole text.
struct AccentGuard: Sendable {
    /// The lower-case words of each variant's literal text, in order, flat: what the
    /// guard compares a text's words with (a compiled glossary's image keeps them).
    struct Spellings: Hashable, Sendable {
        /// Every variant's words, one after the other.
        var words: [String] = []
        /// Whether each word of ``words`` is pure ASCII.
        var isASCIIWord: [Bool] = []
        /// Variant `v`'s words are `words[starts[v]..<starts[v + 1]]`.
        var starts: [Int32] = [0]
        /// For each variant, whether every literal word of its wrong form is ASCII.
        var isASCII: [Bool] = []

        init() {}

        init(variants: [PatternVariant]) {
            starts.reserveCapacity(variants.count + 1)
            isASCII.reserveCapacity(variants.count)
            for variant in variants {
                var allASCII = true
                for part in variant.wrong.parts {
                    guard case .literal(let text) = part else { continue }
                    let bytes = Array(text.utf8)
                    let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
                    for token in tokenized.tokens {
                        let word = String(decoding: bytes[token.start..<token.end], as: UTF8.self).lowercased()
                        let ascii = word.utf8.allSatisfy { $0 < 0x80 }
                        words.append(word)
                        isASCIIWord.append(ascii)
                        allASCII = allASCII && ascii
                    }
                }
                starts.append(Int32(words.count))
                isASCII.append(allASCII)
            }
        }

        /// The range in ``words`` of the variant at `index`.
        @inline(__always)
        func range(of index: Int) -> Range<Int> { Int(starts[index])..<Int(starts[index + 1]) }
    }

    private let morphology: any Morphology
    /// The variants' words.
    let spellings: Spellings

    init(variants: [PatternVariant], morphology: any Morphology) {
        self.init(spellings: Spellings(variants: variants), morphology: morphology)
    }

    /// A guard over words worked out before (read from a compiled glossary's image).
    init(spellings: Spellings, morphology: any Morphology) {
        self.morphology = morphology
        self.spellings = spellings
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
        let expected = spellings.range(of: occurrence.variantIndex)
        let captured = occurrence.captures.isEmpty ? [] : Set(occurrence.captures.flatMap { Array($0) })
        var next = expected.lowerBound
        for index in occurrence.tokens where !captured.contains(index) {
            guard next < expected.upperBound else { return true }
            let token = slots.text.tokens[index]
            let actual = String(decoding: slots.bytes[token.start..<token.end], as: UTF8.self).lowercased()
            if actual != spellings.words[next] { return false }
            next += 1
        }
        return true
    }

    /// Whether `occurrence` of `variant` writes its words with the form's accents, or
    /// with accents that make no other known word.
    /// Whether `raw`, lowered, is `expected`, answered on bytes for text in ASCII and
    /// Latin-1 (two bytes led by 0xC3, the capitals À–Þ but × lowered by adding 0x20 to
    /// the second): `false` for anything else, which is then compared as strings.
    static func lowers(_ raw: ArraySlice<UInt8>, to expected: String) -> Bool {
        var iterator = expected.utf8.makeIterator()
        var afterC3 = false
        for byte in raw {
            guard let wanted = iterator.next() else { return false }
            var lowered = byte
            if afterC3 {
                if byte >= 0x80, byte <= 0x9E, byte != 0x97 { lowered = byte + 0x20 }
                afterC3 = false
            } else if byte < 0x80 {
                if byte &- 0x41 < 26 { lowered = byte | 0x20 }
            } else if byte == 0xC3 {
                afterC3 = true
            } else {
                return false
            }
            guard lowered == wanted else { return false }
        }
        return !afterC3 && iterator.next() == nil
    }

    func accepts(_ occurrence: PhraseAutomaton.Occurrence, slots: SlotMatcher) -> Bool {
        let tokens = slots.text.tokens
        // ASCII on both sides: equal once folded means equal but for case. Most matches
        // are that, and need no strings.
        if occurrence.captures.isEmpty, spellings.isASCII[occurrence.variantIndex],
            occurrence.tokens.allSatisfy({ tokens[$0].isASCII })
        {
            return true
        }
        let expected = spellings.range(of: occurrence.variantIndex)
        let captured = occurrence.captures.isEmpty ? [] : Set(occurrence.captures.flatMap { Array($0) })
        var next = expected.lowerBound
        for index in occurrence.tokens where !captured.contains(index) {
            guard next < expected.upperBound else { return true }
            let word = next
            next += 1
            let token = tokens[index]
            if spellings.isASCIIWord[word] && token.isASCII { continue }
            let raw = slots.bytes[token.start..<token.end]
            // Written with the form's accents (most matches): no string to build.
            if Self.lowers(raw, to: spellings.words[word]) { continue }
            let actual = String(decoding: raw, as: UTF8.self).lowercased()
            if actual != spellings.words[word] && morphology.isKnownWord(actual) { return false }
        }
        return true
    }
}
