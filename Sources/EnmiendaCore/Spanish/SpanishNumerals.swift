/// Spanish number words, as the slot matcher and the suggestion renderer need them.
enum SpanishNumerals {
    /// Number words (folded) that count as cardinals for `{number}`.
    static let cardinals: Set<String> = [
        "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
        "catorce", "quince", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
        "noventa", "cien", "ciento", "cientos", "doscientos", "trescientos", "quinientos", "mil", "miles",
        "millones",
    ]

    /// Words (folded) after which a comma in a number is a decimal comma, not a thousands
    /// separator (*3,5 millones*, *2,5 %*).
    static let decimalContext: Set<String> = ["%", "millones", "millon", "mil", "billones", "por"]
}
