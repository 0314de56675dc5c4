/// The regular rules of Spanish inflection, with no dictionary.
///
/// Plurals follow the *Ortografía* of the RAE: a vowel takes `-s` (*ronda* → *rondas*,
/// *sofá* → *sofás*); a consonant takes `-es` (*taller* → *talleres*), `z` becomes `c`
/// (*luz* → *luces*), an accent on the last syllable goes away (*munición* →
/// *municiones*, *inglés* → *ingleses*) and one appears where stress would move
/// (*joven* → *jóvenes*); words in unstressed `-s` or `-x` do not change (*crisis*).
/// Singulars undo those rules; where that is ambiguous (*clases*/*ingleses*), glossary
/// entries can list the forms themselves, and listed forms always win.
public struct SpanishRules: Morphology {
    /// Creates the rules.
    public init() {}

    /// Whether `word` is an article, determiner, preposition, conjunction or pronoun of
    /// the built-in list (any case).
    public func isFunctionWord(_ word: String) -> Bool {
        FunctionWords.all.contains(word.lowercased())
    }

    /// The number of `word` from its ending, following the plural rules of the RAE
    /// (*Ortografía*, *Nueva gramática* §3): `nil` for invariable words (*crisis*), and
    /// singular for one-syllable and stressed *-és, -ís, -ús* endings (*mes*, *país*).
    public func number(of word: String) -> GrammaticalNumber? {
        let lower = word.lowercased()
        if isFunctionWord(lower) {
            return FunctionWords.pluralDeterminers.contains(lower)
                ? .plural : (FunctionWords.singularDeterminers.contains(lower) ? .singular : nil)
        }
        if FunctionWords.invariable.contains(lower) { return nil }
        guard lower.unicodeScalars.count > 2, lower.hasSuffix("s") else { return .singular }
        if lower.hasSuffix("is") && !lower.hasSuffix("ís") { return nil }  // crisis, análisis
        // A single syllable (mes, gas) is singular; so is a stressed final -és, -ís, -ús
        // (inglés, país, autobús), while -ás and -ós are plurals of stressed vowels (mamás).
        if SpanishPlurals.syllableCount(lower) == 1 { return .singular }
        if SpanishPlurals.isAccentOnLastSyllable(lower), let vowel = lower.dropLast().last, "éíú".contains(vowel) {
            return .singular
        }
        return .plural
    }

    /// `word` in `number`, by the RAE's plural rules (*-s*, *-es*, *-z* → *-ces*, accent
    /// shifts such as *joven* → *jóvenes*), keeping its case; function words take the
    /// form of the same determiner (*un* → *unos*); a word already in `number` is returned
    /// as it is.
    public func inflect(_ word: String, to number: GrammaticalNumber) -> String {
        let lower = word.lowercased()
        if let determiner = FunctionWords.determinerNumber[lower] {
            return number == .plural
                ? Self.matchCase(determiner.plural, like: word) : Self.matchCase(determiner.singular, like: word)
        }
        guard !isFunctionWord(lower), let current = self.number(of: word), current != number else { return word }
        let inflected = number == .plural ? SpanishPlurals.plural(of: lower) : SpanishPlurals.singular(of: lower)
        return Self.matchCase(inflected, like: word)
    }

    /// The gender of `noun`: from the built-in list of nouns, else from its singular's
    /// ending (*-ción*, *-dad* feminine; *-o* masculine; *-a* feminine), else `nil`.
    public func gender(of noun: String) -> GrammaticalGender? {
        let singular = SpanishPlurals.singular(of: noun.lowercased())
        if let known = FunctionWords.nounGender[singular] { return known }
        for (suffix, gender) in Self.genderSuffixes where singular.hasSuffix(suffix) { return gender }
        return nil
    }

    /// The gender of the first word whose ending tells it (a known noun, -o, -a, -ción,
    /// -dad, -umbre, -aje …), since invariable adjectives (*enorme*, *interior*, *grave*)
    /// end like nouns of either gender; else the last content word's guess.
    public func gender(ofPhrase words: [String]) -> GrammaticalGender? {
        var last: String?
        for word in words {
            let lower = word.lowercased()
            guard !isFunctionWord(lower) else { continue }
            let singular = SpanishPlurals.singular(of: lower)
            if FunctionWords.nounGender[singular] != nil || Self.tellingSuffixes.contains(where: singular.hasSuffix) {
                return gender(of: lower)
            }
            last = lower
        }
        return last.flatMap { gender(of: $0) }
    }

    /// The endings of ``genderSuffixes`` that nouns and adjectives of the other gender
    /// do not share.
    private static let tellingSuffixes = ["ción", "sión", "dad", "tad", "tud", "umbre", "aje", "a", "o"]

    private static let genderSuffixes: [(String, GrammaticalGender)] = [
        ("ción", .feminine), ("sión", .feminine), ("dad", .feminine), ("tad", .feminine), ("tud", .feminine),
        ("umbre", .feminine), ("ez", .feminine), ("sis", .feminine), ("a", .feminine),
        ("aje", .masculine), ("or", .masculine), ("o", .masculine), ("il", .masculine), ("ón", .masculine),
        ("e", .masculine), ("l", .masculine), ("n", .masculine), ("r", .masculine), ("s", .masculine),
    ]

    /// `word` in `gender`: a determiner's other form (*el* → *la*), or an adjective or
    /// noun ending in *-o*/*-a* (plural too) with that ending swapped; `nil` when the word
    /// has no such form.
    public func inflect(_ word: String, toGender gender: GrammaticalGender) -> String? {
        let lower = word.lowercased()
        if let pair = FunctionWords.determinerGender[lower] {
            return Self.matchCase(gender == .masculine ? pair.masculine : pair.feminine, like: word)
        }
        guard !isFunctionWord(lower) else { return nil }
        let plural = lower.hasSuffix("s") && lower.unicodeScalars.count > 2
        let stem = plural ? String(lower.dropLast()) : lower
        let ending = gender == .masculine ? "o" : "a"
        guard stem.hasSuffix("o") || stem.hasSuffix("a") else { return nil }
        return Self.matchCase(String(stem.dropLast()) + ending + (plural ? "s" : ""), like: word)
    }

    /// The third-person preterite of `infinitive` in `number` (*promocionar* →
    /// *promocionó*, *promocionaron*): the built-in irregular verbs and their prefixed
    /// forms, else the regular endings; `nil` for a word that does not end in *-ar*,
    /// *-er* or *-ir*.
    public func preterite(of infinitive: String, number: GrammaticalNumber) -> String? {
        SpanishVerbs.preterite(of: infinitive.lowercased(), number: number).map { Self.matchCase($0, like: infinitive) }
    }

    /// Whether `word` (lower case) ends like a past participle: *-ado*, *-ido*, *-ído* in
    /// any gender and number, or an irregular participle and its compounds (*abierto*,
    /// *propuesto*, *descrito*, *devuelto*).
    static func hasParticipleEnding(_ word: String) -> Bool {
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        guard singular.count > 3 else { return false }
        if ["ado", "ada", "ido", "ida", "ído", "ída"].contains(where: { singular.hasSuffix($0) }) { return true }
        let masculine = singular.hasSuffix("a") ? String(singular.dropLast()) + "o" : singular
        return irregularParticiples.contains { masculine.hasSuffix($0) }
    }

    /// Irregular past participles (masculine singular).
    private static let irregularParticiples = [
        "abierto", "cubierto", "dicho", "escrito", "hecho", "muerto", "puesto", "resuelto", "roto", "visto",
        "vuelto", "impreso", "frito", "preso", "provisto", "satisfecho",
    ]

    /// `word` with the capitalization of `model` (all upper, first upper, or as is).
    static func matchCase(_ word: String, like model: String) -> String {
        // Fast path: a lower-case ASCII start means "as is" unless the model is all capitals.
        if let first = model.utf8.first, first >= 0x61 && first <= 0x7A { return word }
        let letters = model.unicodeScalars.filter(\.properties.isAlphabetic)
        guard let first = letters.first else { return word }
        if letters.count > 1 && letters.allSatisfy(\.properties.isUppercase) { return word.uppercased() }
        if first.properties.isUppercase, let initial = word.first { return initial.uppercased() + word.dropFirst() }
        return word
    }
}
