/// Adjectives of nationality (and of political blocs) in every form, for the
/// `{nationality}` slot: *el liderazgo ruso* → *los dirigentes rusos*.
enum Nationalities {
    /// Masculine singular forms; the other forms are derived.
    static let masculineSingular = [
        "afgano", "alemán", "argelino", "argentino", "armenio", "australiano", "austriaco", "azerí", "belga",
        "bielorruso", "boliviano", "brasileño", "británico", "búlgaro", "canadiense", "chileno", "chino",
        "colombiano", "comunista", "coreano", "cubano", "danés", "ecuatoriano", "egipcio", "español",
        "estadounidense", "etíope", "europeo", "finlandés", "francés", "georgiano", "griego", "holandés",
        "húngaro", "indio", "iraní", "iraquí", "irlandés", "israelí", "italiano", "japonés", "jordano", "kazajo",
        "keniano", "kurdo", "libanés", "libio", "marroquí", "mexicano", "nigeriano", "noruego", "norcoreano",
        "occidental", "palestino", "paquistaní", "peruano", "polaco", "portugués", "ruso", "saudí", "serbio",
        "sirio", "soviético", "sudafricano", "sudanés", "sueco", "suizo", "surcoreano", "taiwanés", "talibán",
        "tailandés", "turco", "ucraniano", "venezolano", "vietnamita", "yemení",
    ]

    /// Every form, folded (lower case, no accents).
    static let folded: Set<String> = {
        let rules = SpanishRules()
        var forms: Set<String> = []
        for word in masculineSingular {
            var variants = [word, rules.inflect(word, to: .plural)]
            if word.hasSuffix("o") {
                let feminine = String(word.dropLast()) + "a"
                variants += [feminine, feminine + "s"]
            } else if let last = word.last, "snl".contains(last) {
                let feminine = SpanishPlurals.removingAccent(word) + "a"
                variants += [feminine, feminine + "s"]
            }
            forms.formUnion(variants.flatMap { PhrasePattern.folded($0) })
        }
        return forms
    }()
}
