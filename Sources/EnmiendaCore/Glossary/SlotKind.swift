/// A typed gap in a glossary pattern, written `{kind}` in a `<wrong>` or `<suggestion>`.
///
/// In a suggestion, the n-th slot of a kind stands for the text that the n-th slot of
/// the same kind matched; a transform after a colon reshapes it (`{adjective:plural}`,
/// `{verb:preterite}`).
enum SlotKind: String, CaseIterable, Hashable, Sendable {
    /// A cardinal: digits (`12,000`, `30.000`, `6000`, `1,5`) or a number word (`dos`, `mil`).
    case number
    /// A number written with English thousands separators (`12,000`, `1,250,000`), which
    /// Spanish writes `12.000`; decimals (`2,125 %`, `3,5 millones`) do not match.
    case englishNumber = "english-number"
    /// A decimal written with an English decimal point (`2.5`, `1.25`), which Spanish
    /// writes `2,5`; a group of three digits after the point (`12.000`) does not match.
    case englishDecimal = "english-decimal"
    /// Any one word.
    case word
    /// One word, or nothing (`{word?}`).
    case optionalWord = "word?"
    /// One to six words or numbers, no punctuation between them.
    case words
    /// A lower-case word that is not a function word (articles, prepositions, …).
    case adjective
    /// A lower-case infinitive (`-ar`, `-er`, `-ir`).
    case verb
    /// An adjective of nationality in any form (`ruso`, `norcoreanas`, `estadounidenses`).
    case nationality

    /// The kind that a suggestion's slot of this kind refers to.
    var referenceKind: SlotKind { self == .optionalWord ? .word : self }
}
