/// The word classes of the Spanish lexicon, after the Apertium tag set
/// (`<n>`, `<adj>`, `<vblex>` …).
public enum PartOfSpeech: String, Hashable, Sendable, CaseIterable {
    case noun, properNoun, adjective, verb, adverb, determiner, pronoun, preposition, conjunction
    case interjection, numeral, other

    /// The class of an Apertium part-of-speech tag without its angle brackets (`vblex`,
    /// `vbser`, `vbhaver` and `vbmod` are all verbs), or `nil` for a tag that is not one.
    package init?(apertiumTag tag: Substring) {
        switch tag {
        case "n": self = .noun
        case "np": self = .properNoun
        case "adj": self = .adjective
        case "vblex", "vbser", "vbhaver", "vbmod": self = .verb
        case "adv", "preadv": self = .adverb
        case "det", "predet": self = .determiner
        case "prn", "rel": self = .pronoun
        case "pr": self = .preposition
        case "cnjcoo", "cnjsub", "cnjadv": self = .conjunction
        case "ij": self = .interjection
        case "num": self = .numeral
        default: return nil
        }
    }
}
