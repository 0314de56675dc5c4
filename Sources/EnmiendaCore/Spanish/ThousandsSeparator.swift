/// How corrected numbers group thousands: `12.000` (the default for `es-ES`, usual in the
/// Spanish press), `12 000` with a no-break space or a narrow no-break space (the
/// *Ortografía* of the RAE, 2010, §8.2.2.1.1, recommends a space), or `12,000`, the usage
/// of the varieties that write the decimal point (Mexico, Central America, the United
/// States; see ``SpanishVariety/thousandsSeparator``).
public enum ThousandsSeparator: String, Sendable, CaseIterable {
    case period
    case space
    case narrowSpace = "narrow-space"
    case comma

    /// The separator as written: a period, a no-break space, a narrow no-break space or a
    /// comma.
    var text: String {
        switch self {
        case .period: "."
        case .space: "\u{A0}"
        case .narrowSpace: "\u{202F}"
        case .comma: ","
        }
    }
}
