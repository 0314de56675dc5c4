/// The regular conjugation of Spanish verbs in *-ar*, *-er* and *-ir*, with the spelling
/// changes that keep a consonant's sound (RAE, *Ortografía* §6: *aplicar* → *apliqué*,
/// *llegar* → *llegué*, *realizar* → *realicé*, *averiguar* → *averigüé*, *proteger* →
/// *protejo*, *vencer* → *venzo*, *distinguir* → *distingo*) and the *y* of *-uir*, *-eer*
/// and *-aer* verbs (*construyó*, *leyendo*).
///
/// Used where the lexicon does not know a verb (*clickear*, *empoderar* on a machine
/// without it): it gives the 65 forms of a full paradigm, both imperfect subjunctives
/// (*-ra*, *-se*) and the future subjunctive included. Irregular verbs need the lexicon.
public enum RegularConjugation {
    /// Every form of `infinitive` (lower case) with its features, or none when it does not
    /// end in *-ar*, *-er*, *-ir* or *-ír*.
    public static func paradigm(of infinitive: String) -> [(form: String, features: WordFeatures)] {
        let scalars = Array(infinitive.unicodeScalars)
        guard scalars.count > 2 else { return [] }
        let ending = String(String.UnicodeScalarView(scalars.suffix(2)))
        let conjugation: Int
        switch ending {
        case "ar": conjugation = 0
        case "er": conjugation = 1
        case "ir", "ír": conjugation = 2
        default: return []
        }
        let stem = String(String.UnicodeScalarView(scalars.dropLast(2)))
        guard stem.unicodeScalars.contains(where: { "aeiouáéíóúü".unicodeScalars.contains($0) }) else { return [] }
        var result: [(String, WordFeatures)] = []
        func add(
            _ suffix: String, _ form: VerbForm, person: Int? = nil, number: GrammaticalNumber? = nil,
            gender: GrammaticalGender? = nil
        ) {
            let features = WordFeatures(
                partOfSpeech: .verb, verbForm: form, person: person, number: number, gender: gender)
            result.append((join(stem, suffix, conjugation: conjugation), features))
        }
        func persons(_ suffixes: [String], _ form: VerbForm) {
            for (index, suffix) in suffixes.enumerated() {
                add(suffix, form, person: index % 3 + 1, number: index < 3 ? .singular : .plural)
            }
        }
        let table = tables[conjugation]
        add(ending == "ír" ? "ír" : ending, .infinitive)
        add(table.gerund, .gerund)
        for gender in [GrammaticalGender.masculine, .feminine] {
            for number in [GrammaticalNumber.singular, .plural] {
                let suffix = table.participle + (gender == .masculine ? "o" : "a") + (number == .plural ? "s" : "")
                add(suffix, .participle, number: number, gender: gender)
            }
        }
        persons(table.present, .presentIndicative)
        persons(table.imperfect, .imperfectIndicative)
        persons(table.preterite, .preterite)
        persons(futureEndings.map { infinitiveBase(conjugation) + $0 }, .future)
        persons(conditionalEndings.map { infinitiveBase(conjugation) + $0 }, .conditional)
        persons(table.subjunctive, .presentSubjunctive)
        persons(subjunctiveEndings(table.pastBase, "ra"), .imperfectSubjunctive)
        persons(subjunctiveEndings(table.pastBase, "se"), .imperfectSubjunctive)
        persons(subjunctiveEndings(table.pastBase, "re"), .futureSubjunctive)
        let imperative = [
            (table.present[2], 2, GrammaticalNumber.singular), (table.subjunctive[2], 3, .singular),
            (table.subjunctive[3], 1, .plural), (table.imperativePlural, 2, .plural),
            (table.subjunctive[5], 3, .plural),
        ]
        for (suffix, person, number) in imperative { add(suffix, .imperative, person: person, number: number) }
        return result
    }

    private struct Table {
        var gerund: String
        var participle: String
        var present: [String]
        var imperfect: [String]
        var preterite: [String]
        var subjunctive: [String]
        var pastBase: String
        var imperativePlural: String
    }

    private static let tables = [
        Table(
            gerund: "ando", participle: "ad", present: ["o", "as", "a", "amos", "áis", "an"],
            imperfect: ["aba", "abas", "aba", "ábamos", "abais", "aban"],
            preterite: ["é", "aste", "ó", "amos", "asteis", "aron"],
            subjunctive: ["e", "es", "e", "emos", "éis", "en"],
            pastBase: "a", imperativePlural: "ad"),
        Table(
            gerund: "iendo", participle: "id", present: ["o", "es", "e", "emos", "éis", "en"],
            imperfect: ["ía", "ías", "ía", "íamos", "íais", "ían"],
            preterite: ["í", "iste", "ió", "imos", "isteis", "ieron"],
            subjunctive: ["a", "as", "a", "amos", "áis", "an"],
            pastBase: "ie", imperativePlural: "ed"),
        Table(
            gerund: "iendo", participle: "id", present: ["o", "es", "e", "imos", "ís", "en"],
            imperfect: ["ía", "ías", "ía", "íamos", "íais", "ían"],
            preterite: ["í", "iste", "ió", "imos", "isteis", "ieron"],
            subjunctive: ["a", "as", "a", "amos", "áis", "an"],
            pastBase: "ie", imperativePlural: "id"),
    ]

    private static let futureEndings = ["é", "ás", "á", "emos", "éis", "án"]
    private static let conditionalEndings = ["ía", "ías", "ía", "íamos", "íais", "ían"]

    private static func infinitiveBase(_ conjugation: Int) -> String { ["ar", "er", "ir"][conjugation] }

    /// *-ra*, *-ras*, *-ra*, *-ramos* (with the accent on the vowel before), *-rais*, *-ran*.
    private static func subjunctiveEndings(_ base: String, _ syllable: String) -> [String] {
        let stressed = base.dropLast() + (base.hasSuffix("a") ? "á" : "é")
        let r = syllable
        return [base + r, base + r + "s", base + r, stressed + r + "mos", base + r + "is", base + r + "n"]
    }

    /// The stem and an ending joined with the spelling changes of *Ortografía* §6.
    private static func join(_ stem: String, _ suffix: String, conjugation: Int) -> String {
        guard let first = suffix.unicodeScalars.first else { return stem }
        let front = "eéiíy".unicodeScalars.contains(first)
        var stem = stem
        if conjugation == 0 {
            // Before e: c → qu, g → gu, z → c, gu → gü.
            if front {
                if stem.hasSuffix("gu") {
                    stem = stem.dropLast() + "ü"
                } else if stem.hasSuffix("c") {
                    stem = stem.dropLast() + "qu"
                } else if stem.hasSuffix("g") {
                    stem = stem.dropLast() + "gu"
                } else if stem.hasSuffix("z") {
                    stem = stem.dropLast() + "c"
                }
            }
        } else if !front {
            // Before a and o: g → j, c → z (after a consonant), gu → g, qu → c.
            if stem.hasSuffix("gu") {
                stem = String(stem.dropLast())
            } else if stem.hasSuffix("qu") {
                stem = stem.dropLast(2) + "c"
            } else if stem.hasSuffix("g") {
                stem = stem.dropLast() + "j"
            } else if stem.hasSuffix("c"), let before = stem.dropLast().last, !"aeiouáéíóú".contains(before) {
                stem = stem.dropLast() + "z"
            }
        }
        // An unstressed i between vowels is written y (construyó, leyendo, cayeron), and
        // -uir verbs take y before a, e, o (construyo, construya).
        if conjugation > 0, let last = stem.last, "aeouü".contains(last) {
            let isGuStem = stem.hasSuffix("gu") || stem.hasSuffix("qu")
            if !isGuStem {
                if suffix.hasPrefix("ie") || suffix == "ió" { return stem + "y" + suffix.dropFirst() }
                if last == "u" && conjugation == 2 && "aeoáéó".unicodeScalars.contains(first) {
                    return stem + "y" + suffix
                }
                // leímos, leíste: the i of the ending keeps its accent after a vowel.
                if "aeo".contains(last) && first == "i" { return stem + "í" + suffix.dropFirst() }
            }
        }
        return stem + suffix
    }
}
