/// What agreement reads from a matched phrase and from a suggestion, remembered by an
/// aligner for all its chunks: where findings are dense the same phrases and suggestions
/// come back thousands of times, and reading them again (splitting, lower-casing, looking
/// every word up in the lexicon) took a third of a count.
///
/// Thread-safe (``BoundedCache``); it stops growing at ``capacity`` phrases of each kind
/// (later ones are read each time).
struct PhraseReadings: Sendable {
    /// What ``SuggestionEngine`` needs to know of the words a form matched.
    struct Match: Sendable {
        /// The agreement of its words as a noun phrase.
        var phrase: SpanishAgreement.Phrase
        /// The last word's own agreement, read only with a lexicon and when a preposition
        /// is among the words (*rondas de municiones*).
        var lastWordFeatures: AgreementFeatures?
        /// Whether the last word is a content word, after which adjectives may follow.
        var endsInNoun: Bool
        /// Whether the last word is a preposition.
        var endsInPreposition: Bool
        /// Whether the first word is a determiner.
        var opensWithDeterminer: Bool
    }

    /// What ``SuggestionEngine`` needs to know of a suggestion.
    struct Suggestion: Sendable {
        /// The agreement of its words (split at spaces) as a noun phrase.
        var phrase: SpanishAgreement.Phrase
        /// The last word's own agreement when a preposition comes before it (the
        /// suggestion's head is then not its last word).
        var lastWordFeatures: AgreementFeatures?
        /// Whether its content words (before any preposition, determiners left out) are
        /// all adjectives only.
        var isAdjective: Bool
    }

    /// The most phrases of each kind remembered.
    static let capacity = 100_000

    private let agreement: SpanishAgreement
    private let matches = BoundedCache<String, Match>(capacity: capacity)
    private let suggestions = BoundedCache<String, Suggestion>(capacity: capacity)

    /// Readings with `agreement`'s rules (and its morphology's function words, after
    /// which no adjective of the phrase follows).
    init(agreement: SpanishAgreement) {
        self.agreement = agreement
    }

    /// The reading of a match whose text is `key` (its bytes as written: the same bytes,
    /// the same words) and whose words `words()` gives.
    func match(key: String, words: () -> [String]) -> Match {
        matches.value(for: key) { reading(of: words()) }
    }

    /// The reading of `suggestion`.
    func suggestion(_ suggestion: String) -> Suggestion {
        suggestions.value(for: suggestion) { reading(ofSuggestion: suggestion) }
    }

    private func reading(of words: [String]) -> Match {
        let phrase = agreement.phrase(words)
        let hasComplement = words.contains { FunctionWords.prepositions.contains($0.lowercased()) }
        let lexical = agreement.morphology.hasLexicon
        var lastWordFeatures: AgreementFeatures?
        if phrase.nominal, lexical, hasComplement, let last = words.last {
            lastWordFeatures = agreement.phrase([last]).features
        }
        let morphology = agreement.morphology
        // Without a lexicon only a match whose head is its last word (no complement) takes
        // the adjectives after it: the rules cannot tell nouns from adjectives.
        return Match(
            phrase: phrase, lastWordFeatures: lastWordFeatures,
            endsInNoun: (lexical || !hasComplement)
                && words.last.map { !morphology.isFunctionWord($0.lowercased()) } ?? false,
            endsInPreposition: words.last.map { FunctionWords.prepositions.contains($0.lowercased()) } ?? false,
            opensWithDeterminer: words.first.map { agreement.determinerFeatures(of: $0) != nil } ?? false)
    }

    private func reading(ofSuggestion suggestion: String) -> Suggestion {
        let words = suggestion.split(separator: " ").map(String.init)
        let phrase = agreement.phrase(words)
        var lastWordFeatures: AgreementFeatures?
        if words.contains(where: { FunctionWords.prepositions.contains($0.lowercased()) }), let last = words.last {
            lastWordFeatures = agreement.phrase([last]).features
        }
        let content = words.prefix { !FunctionWords.prepositions.contains($0.lowercased()) }
            .filter { !FunctionWords.determiners.contains($0.lowercased()) }
        return Suggestion(
            phrase: phrase, lastWordFeatures: lastWordFeatures,
            isAdjective: !content.isEmpty && content.allSatisfy(agreement.isAdjectiveOnly))
    }
}
