/// Writes a verb, or a phrase headed by one, in the form of another verb found in a
/// text: *suponer* like *asumió* → *supuso*; *celebrarse* like *tomaron* → *se
/// celebraron*; *suprimir* like *eliminándolo* → *suprimiéndolo*.
struct Conjugator {
    let morphology: any Morphology

    /// The verb of a phrase: its infinitive, whether it is pronominal (*celebrarse*), and
    /// the rest of the phrase after it.
    struct Head: Hashable {
        var infinitive: String
        var isPronominal: Bool
    }

    /// The head of a verb phrase whose first word is `word`, if that word is an
    /// infinitive (*tomar*, *celebrarse*) the morphology can conjugate; `requireKnown`
    /// asks for a verb the lexicon knows (else any word in *-ar*, *-er*, *-ir* will do).
    func head(_ word: String, requireKnown: Bool) -> Head? {
        let lower = word.lowercased()
        if let infinitive = infinitive(lower, requireKnown: requireKnown) {
            return Head(infinitive: infinitive, isPronominal: false)
        }
        if lower.hasSuffix("se"), let infinitive = infinitive(String(lower.dropLast(2)), requireKnown: requireKnown) {
            return Head(infinitive: infinitive, isPronominal: true)
        }
        return nil
    }

    private func infinitive(_ word: String, requireKnown: Bool) -> String? {
        let readings = morphology.analyses(of: word)
        if readings.contains(where: { $0.features.verbForm == .infinitive && $0.lemma == word }) { return word }
        guard !requireKnown, readings.isEmpty, !RegularConjugation.paradigm(of: word).isEmpty else { return nil }
        return word
    }

    /// `head` in the inflection of `features`, choosing among variants (*tuviera*,
    /// *tuviese*) the one whose ending is closest to `model`'s, with `clitics` attached
    /// where the form takes them; `nil` where the form cannot be made (a pronominal verb
    /// as a bare participle).
    func form(of head: Head, like features: WordFeatures, model: String, clitics: [String] = []) -> String? {
        let candidates = morphology.paradigm(of: head.infinitive, as: .verb).filter {
            $0.features.hasSameInflection(as: features)
        }
        guard let best = candidates.max(by: { Self.sharedSuffix($0.form, model) < Self.sharedSuffix($1.form, model) })
        else { return nil }
        // Prefer the first of equally close candidates (max returns the last).
        let length = Self.sharedSuffix(best.form, model)
        guard let chosen = candidates.first(where: { Self.sharedSuffix($0.form, model) == length }) else { return nil }
        var pronouns = clitics
        if head.isPronominal {
            let reflexive = Enclitics.reflexive(person: features.person, number: features.number)
            guard features.verbForm != .participle else { return nil }
            if !Enclitics.takesEnclitics(features) {
                return clitics.isEmpty ? reflexive + " " + chosen.form : nil
            }
            pronouns = [reflexive] + clitics
        }
        guard !pronouns.isEmpty else { return chosen.form }
        guard Enclitics.takesEnclitics(features) else { return nil }
        return Enclitics.attach(pronouns, to: chosen.form, features: features)
    }

    /// The number of final characters `a` and `b` share.
    private static func sharedSuffix(_ a: String, _ b: String) -> Int {
        zip(a.reversed(), b.reversed()).prefix { $0 == $1 }.count
    }
}
