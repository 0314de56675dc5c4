/// The grammatical features of one reading of a word form: its class and, as they
/// apply, its verb form, person, number and gender.
///
/// `number` is `nil` for a word that does not vary in number (*crisis*: Apertium's
/// `sp`) or where number does not apply (an infinitive); `gender` is `nil` for a word of
/// either gender (*grave*: `mf`) or where gender does not apply.
public struct WordFeatures: Hashable, Sendable, CustomStringConvertible {
    /// The word class.
    public var partOfSpeech: PartOfSpeech
    /// For verbs, the form or tense.
    public var verbForm: VerbForm?
    /// For finite verbs and personal pronouns, the person (1, 2 or 3).
    public var person: Int?
    /// The number, when the word has one.
    public var number: GrammaticalNumber?
    /// The gender, when the word has one.
    public var gender: GrammaticalGender?
    /// The Apertium tags the features were read from (`<vblex><ifi><p3><sg>`), or the
    /// tags that describe them for features made by rules.
    public var tags: String

    /// Creates features.
    public init(
        partOfSpeech: PartOfSpeech, verbForm: VerbForm? = nil, person: Int? = nil, number: GrammaticalNumber? = nil,
        gender: GrammaticalGender? = nil, tags: String? = nil
    ) {
        self.partOfSpeech = partOfSpeech
        self.verbForm = verbForm
        self.person = person
        self.number = number
        self.gender = gender
        self.tags = tags ?? Self.apertiumTags(partOfSpeech, verbForm, person, number, gender)
    }

    /// Reads a sequence of Apertium tags (`<vblex><pri><p3><sg>`), the part after the
    /// lemma in an analysis; `nil` if it names no part of speech this type knows.
    public init?(apertiumTags tags: String) {
        var partOfSpeech: PartOfSpeech?
        var verbForm: VerbForm?
        var person: Int?
        var number: GrammaticalNumber?
        var gender: GrammaticalGender?
        for tag in tags.split(whereSeparator: { $0 == "<" || $0 == ">" }) {
            if partOfSpeech == nil, let value = PartOfSpeech(apertiumTag: tag) {
                partOfSpeech = value
                continue
            }
            if let value = VerbForm(apertiumTag: tag) {
                verbForm = value
                continue
            }
            switch tag {
            case "p1": person = 1
            case "p2": person = 2
            case "p3": person = 3
            case "sg": number = .singular
            case "pl": number = .plural
            case "m": gender = .masculine
            case "f": gender = .feminine
            default: break
            }
        }
        guard let partOfSpeech else { return nil }
        self.partOfSpeech = partOfSpeech
        self.verbForm = partOfSpeech == .verb ? verbForm : nil
        self.person = person
        self.number = number
        self.gender = gender
        self.tags = tags
    }

    /// The tags, as Apertium writes them.
    public var description: String { tags }

    /// Whether a word with these features can stand where `other` stands in a verb
    /// paradigm: same verb form, person, number and (for participles) gender; the verb's
    /// class (`vblex`, `vbser` …) does not matter.
    public func hasSameInflection(as other: WordFeatures) -> Bool {
        partOfSpeech == other.partOfSpeech && verbForm == other.verbForm && person == other.person
            && number == other.number && gender == other.gender
    }

    private static func apertiumTags(
        _ partOfSpeech: PartOfSpeech, _ verbForm: VerbForm?, _ person: Int?, _ number: GrammaticalNumber?,
        _ gender: GrammaticalGender?
    ) -> String {
        var tags = "<\(partOfSpeechTag[partOfSpeech] ?? "x")>"
        if let verbForm, let tag = verbFormTag[verbForm] { tags += "<\(tag)>" }
        if let person { tags += "<p\(person)>" }
        if let gender { tags += gender == .masculine ? "<m>" : "<f>" }
        if let number { tags += number == .singular ? "<sg>" : "<pl>" }
        return tags
    }

    private static let partOfSpeechTag: [PartOfSpeech: String] = [
        .noun: "n", .properNoun: "np", .adjective: "adj", .verb: "vblex", .adverb: "adv", .determiner: "det",
        .pronoun: "prn", .preposition: "pr", .conjunction: "cnjcoo", .interjection: "ij", .numeral: "num",
    ]

    private static let verbFormTag: [VerbForm: String] = [
        .infinitive: "inf", .gerund: "ger", .participle: "pp", .presentIndicative: "pri",
        .imperfectIndicative: "pii", .preterite: "ifi", .future: "fti", .conditional: "cni",
        .presentSubjunctive: "prs", .imperfectSubjunctive: "pis", .futureSubjunctive: "fts", .imperative: "imp",
    ]
}
