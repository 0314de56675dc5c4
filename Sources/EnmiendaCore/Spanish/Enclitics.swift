/// Pronouns written joined to the end of an infinitive, a gerund or an imperative
/// (*eliminarlo*, *tomándolo*, *dámelo*), after the *Nueva gramática* of the RAE
/// (§16.11–16.12) and the *Ortografía* for the written accent.
enum Enclitics {
    /// The pronouns that can be enclitic, one at a time.
    static let single = ["me", "te", "se", "nos", "os", "lo", "la", "los", "las", "le", "les"]

    /// The sequences of one or two pronouns that forms are generated with: every single
    /// one, and an indirect object before a direct one (*dámelo*, *decírselo*).
    static let sequences: [[String]] =
        single.map { [$0] }
        + ["me", "te", "se", "nos", "os"].flatMap { first in
            ["lo", "la", "los", "las"].map { [first, $0] }
        }

    /// The forms of the verb that take enclitics.
    static func takesEnclitics(_ features: WordFeatures) -> Bool {
        features.verbForm == .infinitive || features.verbForm == .gerund || features.verbForm == .imperative
    }

    /// `form` (with `features`) with `clitics` attached: the accent moves as the
    /// *Ortografía* says, *-mos* loses its *s* before *nos* and *se* (*vámonos*,
    /// *démoselo*), and the *-d* of a plural imperative goes before *os* (*tomaos*;
    /// *idos* keeps it).
    static func attach(_ clitics: [String], to form: String, features: WordFeatures) -> String {
        var base = form
        let scalars = Array(form.unicodeScalars)
        let stress = SpanishStress.stressedNucleus(scalars, nuclei: SpanishStress.nuclei(scalars))
        if features.verbForm == .imperative, let first = clitics.first {
            if features.person == 1, features.number == .plural, first == "nos" || first == "se", base.hasSuffix("s") {
                base.removeLast()
            } else if features.person == 2, features.number == .plural, first == "os", base.hasSuffix("d"),
                base != "id"
            {
                base.removeLast()
            }
        }
        return SpanishStress.attaching(clitics, to: base, stress: stress)
    }

    /// The reflexive pronoun of a person and number (*me*, *te*, *se*, *nos*, *os*, *se*):
    /// the one a pronominal verb takes (*me celebro*, *se celebraron*).
    static func reflexive(person: Int?, number: GrammaticalNumber?) -> String {
        switch (person, number) {
        case (1, .singular): "me"
        case (2, .singular): "te"
        case (1, .plural): "nos"
        case (2, .plural): "os"
        default: "se"
        }
    }
}
