/// How corrected numbers group thousands: `12.000` (the default, usual in the Spanish
/// press), `12 000` with a no-break space, or with a narrow no-break space (the
/// *Ortografía* of the RAE recommends a space).
public enum ThousandsSeparator: String, Sendable, CaseIterable {
    case period
    case space
    case narrowSpace = "narrow-space"

    /// The separator as written: a period, a no-break space or a narrow no-break space.
    var text: String {
        switch self {
        case .period: "."
        case .space: "\u{A0}"
        case .narrowSpace: "\u{202F}"
        }
    }
}
