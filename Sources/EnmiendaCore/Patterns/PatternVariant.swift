/// One concrete form that the aligner looks for: a wrong form of an entry (as written,
/// inflected by the rules, or listed in a `<form>`) with the suggestions that fit it.
struct PatternVariant: Hashable, Sendable {
    /// The index of the entry in the glossary.
    var entryIndex: Int
    var wrong: PatternTemplate
    var suggestions: [PatternTemplate]
    /// Whether the form was written out in the glossary (it wins over generated ones).
    var isExplicit: Bool
    /// The gender of the wrong form's head noun, when known.
    var wrongGender: GrammaticalGender?
    /// The gender of the top suggestion's head noun, when known.
    var suggestionGender: GrammaticalGender?
    /// Whether the head noun is the last word of the wrong form, so that an adjective
    /// right after a match agrees with it.
    var headIsLast: Bool
    /// Whether words around a match agree with its head: only for entries that inflect
    /// (nouns and adjectives); an entry with `inflect="none"` (a verb, an English word)
    /// has no gender for a determiner to follow.
    var governsAgreement: Bool
    /// Whether the form is a conjugated verb phrase whose first word is the verb: it
    /// counts only where that word can be a verb (*un aumento* is a noun).
    var startsWithVerb = false
    /// For a generated form of a verb phrase, the features of its verb (its accents tell
    /// it from the verb's other forms; `glossary show --forms` prints them).
    var features: WordFeatures?
}
