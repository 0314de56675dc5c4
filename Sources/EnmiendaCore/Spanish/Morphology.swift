/// Grammatical number.
public enum GrammaticalNumber: String, Hashable, Sendable, CaseIterable {
    case singular, plural

    /// The other number.
    public var flipped: GrammaticalNumber { self == .singular ? .plural : .singular }
}

/// Grammatical gender.
public enum GrammaticalGender: String, Hashable, Sendable, CaseIterable {
    case masculine, feminine
}

/// What Enmienda needs to know about Spanish words to match and correct them in any
/// form. The built-in ``SpanishRules`` apply the regular rules of Spanish spelling and
/// need no dictionary; a fuller analyser can be plugged in by conforming to this
/// protocol and passing it to ``Aligner/init(glossary:options:)``.
public protocol Morphology: Sendable {
    /// Whether `word` (lower case) is a function word: an article, preposition,
    /// conjunction, pronoun or adverb that never inflects like a noun.
    func isFunctionWord(_ word: String) -> Bool

    /// The number of a noun or adjective, or `nil` when it cannot tell (invariable words
    /// such as *crisis*).
    func number(of word: String) -> GrammaticalNumber?

    /// `word` in `number`: *munición* → *municiones*, *luces* → *luz*. Returns `word`
    /// unchanged when it is already in that number or does not inflect.
    func inflect(_ word: String, to number: GrammaticalNumber) -> String

    /// The gender of a noun, or `nil` when it cannot tell.
    func gender(of noun: String) -> GrammaticalGender?

    /// The gender of a noun phrase's words (*explosión masiva*, *grave crisis*), or `nil`.
    /// The default is the gender of its last word that is not a function word.
    func gender(ofPhrase words: [String]) -> GrammaticalGender?

    /// An adjective, participle or determiner in `gender`, keeping its number
    /// (*heridas* → *heridos*, *unas* → *unos*), or `nil` when it does not vary.
    func inflect(_ word: String, toGender gender: GrammaticalGender) -> String?

    /// The third-person preterite of an infinitive, in `number`: *desplegar* →
    /// *desplegaron*; `nil` if `infinitive` is not one.
    func preterite(of infinitive: String, number: GrammaticalNumber) -> String?

    /// Every reading of `word` (any case), or none when the morphology does not know it.
    func analyses(of word: String) -> [WordAnalysis]

    /// Every form of `lemma` as a word of class `partOfSpeech`, with its features: for a
    /// verb its whole conjugation, for a noun or adjective its numbers and genders.
    func paradigm(of lemma: String, as partOfSpeech: PartOfSpeech) -> [(form: String, features: WordFeatures)]

    /// Whether `word` (lower case) is a past participle (*heridas*, *abiertos*, *hecha*),
    /// which agrees with the noun before it wherever it stands.
    func isParticiple(_ word: String) -> Bool

    /// Whether `word` (any case) is a Spanish word the morphology knows, in any form.
    func isKnownWord(_ word: String) -> Bool

    /// Whether the morphology has a lexicon of Spanish words (so that a word it does not
    /// know is likely foreign), rather than rules alone.
    var hasLexicon: Bool { get }

    /// Whether `word`, which can be a form of a verb and also of a noun or adjective
    /// (*aumento*, *juego*, *tomas*), can be the verb after `previousWords` (the words
    /// before it in its sentence, nearest first; empty at its start): not after a
    /// determiner (*un aumento*) or a determiner and an adjective (*un profundo cambio*),
    /// not after a finite verb (*Hubo cambio*), and not after a preposition unless it is
    /// an infinitive (*para tomar*).
    func allowsVerbReading(of word: String, after previousWords: [String]) -> Bool

    /// `words`, a noun phrase without prepositions (*asociación militar*, *sitio web*), in
    /// `number`: the head noun and the words that agree with it change; a noun in
    /// apposition does not (*sitios web*, *correos basura*: RAE, *Nueva gramática* §3.8).
    func inflect(phrase words: [String], to number: GrammaticalNumber) -> [String]
}

extension Morphology {
    /// No analyses: rules know no lexicon.
    public func analyses(of word: String) -> [WordAnalysis] { [] }

    /// The regular conjugation of a verb (``RegularConjugation``); nothing for other classes.
    public func paradigm(of lemma: String, as partOfSpeech: PartOfSpeech) -> [(form: String, features: WordFeatures)] {
        partOfSpeech == .verb ? RegularConjugation.paradigm(of: lemma.lowercased()) : []
    }

    /// By its ending (*-ado*, *-ido*, *-ído* and their feminine and plural forms) or as
    /// one of the irregular participles and their compounds (*abierto*, *propuesto*,
    /// *descrito*).
    public func isParticiple(_ word: String) -> Bool { SpanishRules.hasParticipleEnding(word) }

    /// Rules alone: `false`.
    public var hasLexicon: Bool { false }

    /// Whether ``analyses(of:)`` has a reading of `word`.
    public func isKnownWord(_ word: String) -> Bool { !analyses(of: word).isEmpty }

    /// Without a lexicon every word may be the verb: `true`.
    public func allowsVerbReading(of word: String, after previousWords: [String]) -> Bool { true }

    /// Every word in `number` (``inflect(_:to:)``), as the rules do without a lexicon.
    public func inflect(phrase words: [String], to number: GrammaticalNumber) -> [String] {
        words.map { inflect($0, to: number) }
    }

    /// The gender of a phrase: that of its last word that is not a function word
    /// (*la asociación militar* → feminine), or `nil` if that word has no known gender.
    public func gender(ofPhrase words: [String]) -> GrammaticalGender? {
        words.last { !isFunctionWord($0.lowercased()) }.flatMap { gender(of: $0) }
    }
}
