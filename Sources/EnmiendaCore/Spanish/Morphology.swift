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
}

extension Morphology {
    /// The gender of a phrase: that of its last word that is not a function word
    /// (*la asociación militar* → feminine), or `nil` if that word has no known gender.
    public func gender(ofPhrase words: [String]) -> GrammaticalGender? {
        words.last { !isFunctionWord($0.lowercased()) }.flatMap { gender(of: $0) }
    }
}
