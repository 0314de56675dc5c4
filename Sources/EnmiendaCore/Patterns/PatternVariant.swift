/// One concrete form that the aligner looks for: a wrong form of an entry (as written,
/// inflected by the rules, or listed in a `<form>`) with the suggestions that fit it.
struct PatternVariant: Hashable, Sendable {
    /// The index of the entry in the glossary.
    var entryIndex: Int
    var wrong: PatternTemplate
    var suggestions: [PatternTemplate]
    /// Whether the form was written out in the glossary (it wins over generated ones).
    var isExplicit: Bool
    /// Whether words around a match agree with it (see ``AgreementRepair``): only for
    /// entries that inflect (nouns and adjectives), not for verb phrases or an entry with
    /// `inflect="none"`.
    var governsAgreement: Bool
    /// Whether the form is a conjugated verb phrase whose first word is the verb: it
    /// counts only where that word can be a verb (*un aumento* is a noun).
    var startsWithVerb = false
    /// For a generated form of a verb phrase, the features of its verb (its accents tell
    /// it from the verb's other forms; `glossary show --forms` prints them).
    var features: WordFeatures?
}
