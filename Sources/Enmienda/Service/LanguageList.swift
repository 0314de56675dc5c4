/// The languages the service checks, as LanguageTool's `GET /v2/languages` lists them:
/// Spanish (`es`) and each variety Enmienda knows (``SpanishVariety``), every one an
/// object `{"name", "code", "longCode"}`.
public enum LanguageList {
    /// One language of the list.
    public struct Language: Sendable, Equatable {
        /// The name in English: `Spanish`, `Spanish (Mexico)`.
        public var name: String
        /// The language code: always `es`.
        public var code: String
        /// The full code: `es`, `es-MX`.
        public var longCode: String
    }

    /// Spanish, then its varieties in ``SpanishVariety``'s order.
    public static let languages: [Language] =
        [Language(name: "Spanish", code: "es", longCode: "es")]
        + SpanishVariety.allCases.map { Language(name: "Spanish (\(region($0)))", code: "es", longCode: $0.tag) }

    /// Every code a request may give as `language`, besides `auto`.
    public static var codes: [String] { languages.map(\.longCode) }

    /// The language a request's `language` names, `auto` answered as Spanish; `nil` for
    /// a language that is not Spanish or a variety Enmienda does not know.
    public static func language(forCode code: String) -> Language? {
        let lowered = code.lowercased()
        if lowered == "auto" || lowered == "es" { return languages[0] }
        guard let variety = SpanishVariety(tag: code) else { return nil }
        return languages.first { $0.longCode == variety.tag }
    }

    /// The answer of `GET /v2/languages`: a JSON array, one object per line.
    public static var json: String {
        "[\n"
            + languages.map {
                "{\"name\":\"\($0.name)\",\"code\":\"\($0.code)\",\"longCode\":\"\($0.longCode)\"}"
            }.joined(separator: ",\n") + "\n]\n"
    }

    /// The region of a variety, in English.
    private static func region(_ variety: SpanishVariety) -> String {
        switch variety {
        case .spain: "Spain"
        case .latinAmerica: "Latin America"
        case .unitedStates: "United States"
        case .argentina: "Argentina"
        case .bolivia: "Bolivia"
        case .chile: "Chile"
        case .colombia: "Colombia"
        case .costaRica: "Costa Rica"
        case .cuba: "Cuba"
        case .dominicanRepublic: "Dominican Republic"
        case .ecuador: "Ecuador"
        case .equatorialGuinea: "Equatorial Guinea"
        case .guatemala: "Guatemala"
        case .honduras: "Honduras"
        case .mexico: "Mexico"
        case .nicaragua: "Nicaragua"
        case .panama: "Panama"
        case .peru: "Peru"
        case .puertoRico: "Puerto Rico"
        case .paraguay: "Paraguay"
        case .elSalvador: "El Salvador"
        case .uruguay: "Uruguay"
        case .venezuela: "Venezuela"
        }
    }
}
