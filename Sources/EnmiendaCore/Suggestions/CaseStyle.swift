/// The capitalization of a matched span, carried over to its replacement.
///
/// `NO TALLERES` → `INVIABLES`; `No talleres` at the start of a sentence →
/// `Inviables`. A capital in mid-sentence is machine translation copying English title
/// case (*la “Hermandad Fighting Invincible”*), which Spanish does not use, so there the
/// suggestion keeps the case the glossary gives it.
enum CaseStyle: Hashable, Sendable {
    /// Use the suggestion as the glossary writes it.
    case asWritten
    /// Upper-case the first letter of the suggestion.
    case capitalized
    /// Upper-case the whole suggestion.
    case upper

    /// The style of `matched`; `atSentenceStart` tells whether the match opens its sentence.
    static func of(_ matched: String, atSentenceStart: Bool) -> CaseStyle {
        var upper = 0
        var lower = 0
        var firstIsUpper: Bool?
        for scalar in matched.unicodeScalars {
            let isUpper: Bool
            let isLower: Bool
            if scalar.isASCII {  // no property lookups for the common case
                isUpper = scalar.value >= 0x41 && scalar.value <= 0x5A
                isLower = scalar.value >= 0x61 && scalar.value <= 0x7A
                guard isUpper || isLower else { continue }
            } else {
                guard scalar.properties.isAlphabetic else { continue }
                isUpper = scalar.properties.isUppercase
                isLower = scalar.properties.isLowercase
            }
            if firstIsUpper == nil { firstIsUpper = isUpper }
            if isUpper { upper += 1 } else if isLower { lower += 1 }
        }
        if upper >= 2 && lower == 0 { return .upper }
        if firstIsUpper == true && atSentenceStart { return .capitalized }
        return .asWritten
    }

    /// `suggestion` in this style.
    func apply(to suggestion: String) -> String {
        switch self {
        case .asWritten:
            return suggestion
        case .upper:
            return suggestion.uppercased()
        case .capitalized:
            guard let first = suggestion.first else { return suggestion }
            return first.uppercased() + suggestion.dropFirst()
        }
    }
}
