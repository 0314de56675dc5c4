/// Third-person preterite of Spanish verbs: regular endings plus the common irregulars.
enum SpanishVerbs {
    private static let irregular: [String: (singular: String, plural: String)] = [
        "ser": ("fue", "fueron"), "ir": ("fue", "fueron"), "estar": ("estuvo", "estuvieron"),
        "tener": ("tuvo", "tuvieron"), "hacer": ("hizo", "hicieron"), "poner": ("puso", "pusieron"),
        "poder": ("pudo", "pudieron"), "decir": ("dijo", "dijeron"), "traer": ("trajo", "trajeron"),
        "venir": ("vino", "vinieron"), "dar": ("dio", "dieron"), "ver": ("vio", "vieron"),
        "querer": ("quiso", "quisieron"), "saber": ("supo", "supieron"), "haber": ("hubo", "hubieron"),
        "andar": ("anduvo", "anduvieron"), "conducir": ("condujo", "condujeron"),
        "producir": ("produjo", "produjeron"), "leer": ("leyó", "leyeron"), "caer": ("cayó", "cayeron"),
        "oír": ("oyó", "oyeron"), "pedir": ("pidió", "pidieron"), "seguir": ("siguió", "siguieron"),
        "sentir": ("sintió", "sintieron"), "morir": ("murió", "murieron"), "dormir": ("durmió", "durmieron"),
        "mentir": ("mintió", "mintieron"), "servir": ("sirvió", "sirvieron"), "repetir": ("repitió", "repitieron"),
        "elegir": ("eligió", "eligieron"), "competir": ("compitió", "compitieron"),
    ]

    /// *desplegar* → *desplegó* / *desplegaron*; *construir* → *construyó* / *construyeron*.
    static func preterite(of infinitive: String, number: GrammaticalNumber) -> String? {
        if let forms = irregular[infinitive] { return number == .singular ? forms.singular : forms.plural }
        for (prefix, base) in [("re", ""), ("des", ""), ("pro", ""), ("com", ""), ("con", ""), ("su", ""), ("de", "")]
        where infinitive.hasPrefix(prefix) {
            let rest = String(infinitive.dropFirst(prefix.count))
            if let forms = irregular[rest], rest.count > 2 {
                let value = number == .singular ? forms.singular : forms.plural
                return prefix + base + value
            }
        }
        guard infinitive.count > 2 else { return nil }
        let stem = String(infinitive.dropLast(2))
        if infinitive.hasSuffix("ar") {
            return number == .singular ? stem + "ó" : stem + "aron"
        }
        guard infinitive.hasSuffix("er") || infinitive.hasSuffix("ir") || infinitive.hasSuffix("ír") else { return nil }
        if stem.hasSuffix("u") && !stem.hasSuffix("gu") && !stem.hasSuffix("qu") {
            return number == .singular ? stem + "yó" : stem + "yeron"  // construir → construyó
        }
        return number == .singular ? stem + "ió" : stem + "ieron"
    }
}
