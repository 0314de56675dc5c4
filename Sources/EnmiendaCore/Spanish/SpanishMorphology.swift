/// Spanish morphology from a lexicon, with the regular rules where the lexicon is
/// silent: the morphology Enmienda uses when a ``SpanishLexicon`` is installed.
///
/// Without a lexicon it behaves as ``SpanishRules``, plus the regular conjugation of
/// verbs (``RegularConjugation``).
public struct SpanishMorphology: Morphology {
    /// The lexicon, if one is installed.
    public let lexicon: SpanishLexicon?
    /// The rules used for words the lexicon does not know.
    public let rules = SpanishRules()

    /// Creates the morphology over `lexicon` (`nil`: the rules alone).
    public init(lexicon: SpanishLexicon?) {
        self.lexicon = lexicon
    }

    /// Whether `word` is a function word (see ``SpanishRules/isFunctionWord(_:)``).
    public func isFunctionWord(_ word: String) -> Bool { rules.isFunctionWord(word) }

    /// The number of a noun or adjective (see ``Morphology/number(of:)``).
    public func number(of word: String) -> GrammaticalNumber? { rules.number(of: word) }

    /// `word` in `number` (see ``Morphology/inflect(_:to:)``).
    public func inflect(_ word: String, to number: GrammaticalNumber) -> String { rules.inflect(word, to: number) }

    /// The gender of a noun (see ``Morphology/gender(of:)``).
    public func gender(of noun: String) -> GrammaticalGender? { rules.gender(of: noun) }

    /// The gender of a noun phrase (see ``Morphology/gender(ofPhrase:)``).
    public func gender(ofPhrase words: [String]) -> GrammaticalGender? { rules.gender(ofPhrase: words) }

    /// `word` in `gender` (see ``Morphology/inflect(_:toGender:)``).
    public func inflect(_ word: String, toGender gender: GrammaticalGender) -> String? {
        rules.inflect(word, toGender: gender)
    }

    /// The third-person preterite (see ``Morphology/preterite(of:number:)``).
    public func preterite(of infinitive: String, number: GrammaticalNumber) -> String? {
        rules.preterite(of: infinitive, number: number)
    }
}
