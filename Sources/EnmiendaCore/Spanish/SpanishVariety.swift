/// A variety of Spanish that a text is written for, named by its BCP 47 language tag
/// (`es-ES`, `es-MX`, `es-419` for Latin America and the Caribbean as a whole).
///
/// Some conventions are right in one variety and wrong in another. The decimal sign is
/// the main one: the *Ortografía de la lengua española* (RAE and ASALE, 2010, §8.2.2.1.2)
/// accepts both the comma and the point, and records that Mexico, Central America
/// (Guatemala, Honduras, El Salvador, Nicaragua, Panama), the Dominican Republic, Puerto
/// Rico and the Spanish of the United States write the point, while Spain and most of
/// South America write the comma; the *Diccionario panhispánico de dudas* (2005) records
/// the same split. Glossary entries that hold for some varieties only list
/// them (``GlossaryEntry/varieties``), and the aligner skips them for the others
/// (``AlignmentOptions/variety``).
///
/// ```swift
/// let variety = SpanishVariety(tag: "es_mx")          // .mexico
/// variety?.decimalSign                                // .point
/// SpanishVariety.latinAmerica.includes(.argentina)    // true
/// ```
public enum SpanishVariety: String, Sendable, Hashable, CaseIterable, Codable {
    /// Spain (`es-ES`), the default.
    case spain = "es-ES"
    /// Latin America and the Caribbean as a whole (`es-419`, UN M.49 region 419).
    case latinAmerica = "es-419"
    /// The United States (`es-US`).
    case unitedStates = "es-US"
    /// Argentina (`es-AR`).
    case argentina = "es-AR"
    /// Bolivia (`es-BO`).
    case bolivia = "es-BO"
    /// Chile (`es-CL`).
    case chile = "es-CL"
    /// Colombia (`es-CO`).
    case colombia = "es-CO"
    /// Costa Rica (`es-CR`).
    case costaRica = "es-CR"
    /// Cuba (`es-CU`).
    case cuba = "es-CU"
    /// The Dominican Republic (`es-DO`).
    case dominicanRepublic = "es-DO"
    /// Ecuador (`es-EC`).
    case ecuador = "es-EC"
    /// Equatorial Guinea (`es-GQ`).
    case equatorialGuinea = "es-GQ"
    /// Guatemala (`es-GT`).
    case guatemala = "es-GT"
    /// Honduras (`es-HN`).
    case honduras = "es-HN"
    /// Mexico (`es-MX`).
    case mexico = "es-MX"
    /// Nicaragua (`es-NI`).
    case nicaragua = "es-NI"
    /// Panama (`es-PA`).
    case panama = "es-PA"
    /// Peru (`es-PE`).
    case peru = "es-PE"
    /// Puerto Rico (`es-PR`).
    case puertoRico = "es-PR"
    /// Paraguay (`es-PY`).
    case paraguay = "es-PY"
    /// El Salvador (`es-SV`).
    case elSalvador = "es-SV"
    /// Uruguay (`es-UY`).
    case uruguay = "es-UY"
    /// Venezuela (`es-VE`).
    case venezuela = "es-VE"

    /// The decimal sign a variety writes.
    public enum DecimalSign: String, Sendable, Hashable {
        /// `2,5`: Spain and most of South America.
        case comma
        /// `2.5`: Mexico, Central America, the Caribbean, the United States (and Peru, where
        /// both are current).
        case point
    }

    /// The variety that `tag` names: a BCP 47 tag, read without regard to case and with
    /// `_` taken for `-` (`es-MX`, `es_mx`, `ES-419`). Plain `es` is no variety.
    ///
    /// - Returns: `nil` for a tag that is not one of ``allCases``.
    public init?(tag: String) {
        let parts = tag.replacingOccurrences(of: "_", with: "-").split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].lowercased() == "es" else { return nil }
        self.init(rawValue: "es-" + parts[1].uppercased())
    }

    /// The BCP 47 tag: `es-ES`, `es-419`.
    public var tag: String { rawValue }

    /// Whether this variety, named on a glossary entry, covers text written for `target`:
    /// the same variety, or any Latin American one for ``latinAmerica``.
    public func includes(_ target: SpanishVariety) -> Bool {
        self == target || (self == .latinAmerica && target.isLatinAmerican)
    }

    /// Whether the variety is spoken in Latin America or the Caribbean (region 419).
    public var isLatinAmerican: Bool {
        switch self {
        case .spain, .unitedStates, .equatorialGuinea: false
        default: true
        }
    }

    /// The decimal sign the variety writes (Ortografía 2010, §8.2.2.1.2). The region as a
    /// whole (``latinAmerica``) writes both, and is counted with the point so that no
    /// entry about the comma fires on it.
    public var decimalSign: DecimalSign {
        switch self {
        case .spain, .argentina, .bolivia, .chile, .colombia, .costaRica, .cuba, .ecuador, .equatorialGuinea,
            .paraguay, .uruguay, .venezuela:
            .comma
        default:
            .point
        }
    }

    /// How corrected numbers group thousands unless told otherwise: a comma where the
    /// point is the decimal sign (`12,000` in Mexico), a period elsewhere (`12.000`, the
    /// usual press style in Spain; the Ortografía recommends a space, see
    /// ``ThousandsSeparator``).
    public var thousandsSeparator: ThousandsSeparator {
        decimalSign == .point ? .comma : .period
    }

    /// Every tag, as messages list them: `es-ES, es-419, es-US, es-AR, …`.
    public static var tags: [String] { allCases.map(\.rawValue) }
}
