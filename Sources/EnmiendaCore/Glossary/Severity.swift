/// How much a mistake harms the text, from `minor` (a reader notices) to `critical`
/// (a reader is misinformed). Ordered: `minor < major < critical`.
public enum Severity: String, CaseIterable, Comparable, Hashable, Sendable, Codable {
    case minor
    case major
    case critical

    /// Orders severities from the least to the most serious: minor < major < critical.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .minor: 0
        case .major: 1
        case .critical: 2
        }
    }
}
