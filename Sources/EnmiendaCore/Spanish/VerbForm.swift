/// The non-finite forms and the tenses of the Spanish verb, after the *Nueva gramática*
/// of the RAE (§23–24) and the Apertium tags that name them.
public enum VerbForm: String, Hashable, Sendable, CaseIterable {
    /// *tomar* (`inf`).
    case infinitive
    /// *tomando* (`ger`).
    case gerund
    /// *tomado*, *tomada*, *tomados*, *tomadas* (`pp`).
    case participle
    /// *toma* (`pri`).
    case presentIndicative
    /// *tomaba* (`pii`).
    case imperfectIndicative
    /// *tomó* (`ifi`).
    case preterite
    /// *tomará* (`fti`).
    case future
    /// *tomaría* (`cni`).
    case conditional
    /// *tome* (`prs`).
    case presentSubjunctive
    /// *tomara* or *tomase* (`pis`).
    case imperfectSubjunctive
    /// *tomare* (`fts`).
    case futureSubjunctive
    /// *toma*, *tomad* (`imp`).
    case imperative

    /// Whether the form has person and number.
    public var isFinite: Bool {
        switch self {
        case .infinitive, .gerund, .participle: false
        default: true
        }
    }

    /// The form of an Apertium tag without its brackets, or `nil`.
    package init?(apertiumTag tag: Substring) {
        switch tag {
        case "inf": self = .infinitive
        case "ger": self = .gerund
        case "pp": self = .participle
        case "pri": self = .presentIndicative
        case "pii": self = .imperfectIndicative
        case "ifi": self = .preterite
        case "fti": self = .future
        case "cni": self = .conditional
        case "prs": self = .presentSubjunctive
        case "pis": self = .imperfectSubjunctive
        case "fts": self = .futureSubjunctive
        case "imp": self = .imperative
        default: return nil
        }
    }
}
