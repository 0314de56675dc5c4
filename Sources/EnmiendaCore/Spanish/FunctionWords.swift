/// Closed classes of Spanish words that the inflection rules treat specially.
enum FunctionWords {
    /// Prepositions: the head of a phrase ends before the first one.
    static let prepositions: Set<String> = [
        "a", "al", "ante", "bajo", "con", "contra", "de", "del", "desde", "durante", "en", "entre", "hacia", "hasta",
        "mediante", "para", "por", "según", "sin", "sobre", "tras",
    ]

    /// Determiners that vary in number and gender, as (masculine, feminine) by number.
    static let determinerTable: [(ms: String, fs: String, mp: String, fp: String)] = [
        ("el", "la", "los", "las"), ("un", "una", "unos", "unas"), ("este", "esta", "estos", "estas"),
        ("ese", "esa", "esos", "esas"), ("aquel", "aquella", "aquellos", "aquellas"),
        ("otro", "otra", "otros", "otras"),
        ("mucho", "mucha", "muchos", "muchas"), ("poco", "poca", "pocos", "pocas"), ("todo", "toda", "todos", "todas"),
        ("alguno", "alguna", "algunos", "algunas"), ("ningún", "ninguna", "ningunos", "ningunas"),
        ("dicho", "dicha", "dichos", "dichas"), ("nuestro", "nuestra", "nuestros", "nuestras"),
        ("vuestro", "vuestra", "vuestros", "vuestras"), ("tanto", "tanta", "tantos", "tantas"),
        ("cuánto", "cuánta", "cuántos", "cuántas"), ("mismo", "misma", "mismos", "mismas"),
        ("algún", "alguna", "algunos", "algunas"),
    ]

    /// Quantifiers and relatives that agree with the noun after them but are not in
    /// ``determinerTable`` (which the number rules use): an empty cell is a form the
    /// word lacks (*ambos* has no singular). Used by ``SpanishAgreement`` without a lexicon.
    static let agreeingQuantifiers: [(ms: String, fs: String, mp: String, fp: String)] = [
        ("vario", "varia", "varios", "varias"), ("cierto", "cierta", "ciertos", "ciertas"),
        ("", "", "ambos", "ambas"), ("", "", "sendos", "sendas"), ("cuanto", "cuanta", "cuantos", "cuantas"),
        ("demasiado", "demasiada", "demasiados", "demasiadas"), ("cuyo", "cuya", "cuyos", "cuyas"),
        ("numeroso", "numerosa", "numerosos", "numerosas"), ("diverso", "diversa", "diversos", "diversas"),
        ("distinto", "distinta", "distintos", "distintas"), ("ninguno", "ninguna", "ningunos", "ningunas"),
        ("uno", "una", "unos", "unas"), ("primero", "primera", "primeros", "primeras"),
        ("último", "última", "últimos", "últimas"),
    ]

    /// Determiners by gender: each form mapped to its masculine and feminine.
    static let determinerGender: [String: (masculine: String, feminine: String)] = {
        var table: [String: (String, String)] = [:]
        for row in determinerTable {
            table[row.ms] = (row.ms, row.fs)
            table[row.fs] = (row.ms, row.fs)
            table[row.mp] = (row.mp, row.fp)
            table[row.fp] = (row.mp, row.fp)
        }
        for (singular, plural) in [("su", "sus"), ("mi", "mis"), ("tu", "tus")] {
            table[singular] = (singular, singular)
            table[plural] = (plural, plural)
        }
        return table
    }()

    /// Determiners by number: each form mapped to its singular and plural.
    static let determinerNumber: [String: (singular: String, plural: String)] = {
        var table: [String: (String, String)] = [:]
        for row in determinerTable {
            table[row.ms] = (row.ms, row.mp)
            table[row.mp] = (row.ms, row.mp)
            table[row.fs] = (row.fs, row.fp)
            table[row.fp] = (row.fs, row.fp)
        }
        for (singular, plural) in [("su", "sus"), ("mi", "mis"), ("tu", "tus"), ("del", "de los"), ("al", "a los")] {
            table[singular] = (singular, plural)
            table[plural] = (singular, plural)
        }
        return table
    }()

    static let singularDeterminers = Set(determinerNumber.values.map(\.singular))
    static let pluralDeterminers = Set(determinerNumber.values.map(\.plural))

    /// Every determiner form.
    static let determiners = Set(determinerGender.keys)

    /// Words that are never inflected as nouns or adjectives.
    static let all: Set<String> = prepositions.union(determiners).union([
        "y", "e", "o", "u", "ni", "pero", "sino", "que", "como", "cuando", "donde", "si", "no", "sí", "ya", "más",
        "menos", "muy", "tan", "también", "tampoco", "aún", "todavía", "se", "le", "les", "lo", "la", "me", "te",
        "nos", "os", "él", "ella", "ellos", "ellas", "usted", "ustedes", "yo", "tú", "es", "son", "fue", "ha", "han",
        "hay", "era", "eran", "sus", "cual", "cuales", "quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas",
        "aquí", "allí", "así", "bien", "mal", "nunca", "siempre", "después", "antes", "luego", "incluso", "solo",
        "sólo", "mientras", "porque", "pues", "aunque", "cada", "varios", "varias", "ambos", "ambas", "dos", "tres",
    ])

    /// Nouns whose number the rules would get wrong.
    static let invariable: Set<String> = [
        "crisis", "lunes", "martes", "miércoles", "jueves", "viernes", "análisis", "tesis", "virus", "dosis",
        "paréntesis", "síntesis", "énfasis", "cumpleaños", "paraguas", "atlas", "caos",
    ]

    /// Nouns whose gender the endings would get wrong.
    static let nounGender: [String: GrammaticalGender] = [
        "mano": .feminine, "foto": .feminine, "radio": .feminine, "moto": .feminine, "día": .masculine,
        "mapa": .masculine, "problema": .masculine, "sistema": .masculine, "programa": .masculine,
        "tema": .masculine, "idioma": .masculine, "clima": .masculine, "planeta": .masculine, "poema": .masculine,
        "drama": .masculine, "dilema": .masculine, "esquema": .masculine, "régimen": .masculine,
        "tropa": .feminine, "fuerza": .feminine, "gente": .feminine, "parte": .feminine, "muerte": .feminine,
        "suerte": .feminine, "noche": .feminine, "calle": .feminine, "frase": .feminine, "clase": .feminine,
        "base": .feminine, "llave": .feminine, "nave": .feminine, "fuente": .feminine, "mente": .feminine,
        "serie": .feminine, "especie": .feminine, "superficie": .feminine, "sede": .feminine, "red": .feminine,
        "pared": .feminine, "sal": .feminine, "piel": .feminine, "miel": .feminine, "cárcel": .feminine,
        "imagen": .feminine, "razón": .feminine, "opinión": .feminine, "flor": .feminine, "labor": .feminine,
        "ley": .feminine, "luz": .feminine, "paz": .feminine, "voz": .feminine, "vez": .feminine, "cruz": .feminine,
        "raíz": .feminine, "nariz": .feminine, "crisis": .feminine, "tesis": .feminine,
        "análisis": .masculine, "dirigente": .masculine, "soldado": .masculine, "proyectil": .masculine,
    ]
}
