/// Writes a verb, or a phrase headed by one, in the form of another verb found in a
/// text: *suponer* like *asumió* → *supuso*; *celebrarse* like *tomaron* → *se
/// celebraron*; *suprimir* like *eliminándolo* → *suprimiéndolo*.
struct Conjugator {
    let morphology: any Morphology
    private let paradigms = ParadigmCache()

    init(morphology: any Morphology) {
        self.morphology = morphology
    }

    /// Paradigms already looked up: expanding one entry asks for the same verbs'
    /// paradigms once per form.
    private final class ParadigmCache {
        var table: [String: [(form: String, features: WordFeatures)]] = [:]
        var byInflection: [String: [InflectionKey: [String]]] = [:]
    }

    /// What tells a verb form from another of the same verb.
    private struct InflectionKey: Hashable {
        var verbForm: VerbForm?
        var person: Int?
        var number: GrammaticalNumber?
        var gender: GrammaticalGender?

        init(_ features: WordFeatures) {
            verbForm = features.verbForm
            person = features.person
            number = features.number
            gender = features.gender
        }
    }

    /// The forms of `infinitive` with the inflection of `features`, in paradigm order.
    private func forms(of infinitive: String, like features: WordFeatures) -> [String] {
        if let table = paradigms.byInflection[infinitive] { return table[InflectionKey(features)] ?? [] }
        var table: [InflectionKey: [String]] = [:]
        for (form, candidate) in paradigm(of: infinitive) {
            let key = InflectionKey(candidate)
            if table[key]?.contains(form) != true { table[key, default: []].append(form) }
        }
        paradigms.byInflection[infinitive] = table
        return table[InflectionKey(features)] ?? []
    }

    /// The conjugation of `infinitive` (see ``Morphology/paradigm(of:as:)``), looked up
    /// once per conjugator.
    func paradigm(of infinitive: String) -> [(form: String, features: WordFeatures)] {
        if let known = paradigms.table[infinitive] { return known }
        let paradigm = morphology.paradigm(of: infinitive, as: .verb)
        paradigms.table[infinitive] = paradigm
        return paradigm
    }

    /// The verb of a phrase: its infinitive, whether it is pronominal (*celebrarse*), and
    /// the rest of the phrase after it.
    struct Head: Hashable {
        var infinitive: String
        var isPronominal: Bool
    }

    /// The head of a verb phrase whose first word is `word`, if that word is an
    /// infinitive (*tomar*, *celebrarse*): one the morphology knows as such, or a word
    /// it does not know at all that ends in *-ar*, *-er*, *-ir* (*clickear*).
    func head(_ word: String) -> Head? {
        let lower = word.lowercased()
        if let infinitive = infinitive(lower) {
            return Head(infinitive: infinitive, isPronominal: false)
        }
        if lower.hasSuffix("se"), let infinitive = infinitive(String(lower.dropLast(2))) {
            return Head(infinitive: infinitive, isPronominal: true)
        }
        return nil
    }

    private func infinitive(_ word: String) -> String? {
        let readings = morphology.analyses(of: word)
        if readings.contains(where: { $0.features.verbForm == .infinitive && $0.lemma == word }) { return word }
        guard readings.isEmpty, !RegularConjugation.paradigm(of: word).isEmpty else { return nil }
        return word
    }

    /// `head` in the inflection of `features`, choosing among variants (*tuviera*,
    /// *tuviese*) the one whose ending is closest to `model`'s, with `clitics` attached
    /// where the form takes them; `nil` where the form cannot be made (a pronominal verb
    /// as a bare participle).
    func form(of head: Head, like features: WordFeatures, model: String, clitics: [String] = []) -> String? {
        let candidates = forms(of: head.infinitive, like: features)
        // The candidate whose ending is closest to the model's (tuviera for tomara,
        // tuviese for tomase), then the one closest to the infinitive's spelling
        // (restableció, not the variant reestableció), then the first.
        func score(_ form: String) -> (Int, Int) {
            (Self.sharedSuffix(form, model), Self.sharedPrefix(form, head.infinitive))
        }
        guard var chosen = candidates.first else { return nil }
        if candidates.count > 1 {
            for candidate in candidates.dropFirst() where score(candidate) > score(chosen) { chosen = candidate }
        }
        var pronouns = clitics
        if head.isPronominal {
            let reflexive = Enclitics.reflexive(person: features.person, number: features.number)
            guard features.verbForm != .participle else { return nil }
            if !Enclitics.takesEnclitics(features) {
                return clitics.isEmpty ? reflexive + " " + chosen : nil
            }
            pronouns = [reflexive] + clitics
        }
        guard !pronouns.isEmpty else { return chosen }
        guard Enclitics.takesEnclitics(features) else { return nil }
        return Enclitics.attach(pronouns, to: chosen, features: features)
    }

    /// The number of initial characters `a` and `b` share.
    private static func sharedPrefix(_ a: String, _ b: String) -> Int {
        zip(a.utf8, b.utf8).prefix { $0 == $1 }.count
    }

    /// The number of final characters `a` and `b` share.
    private static func sharedSuffix(_ a: String, _ b: String) -> Int {
        zip(a.utf8.reversed(), b.utf8.reversed()).prefix { $0 == $1 }.count
    }
}
