import Foundation

/// An MQM-style quality score: each finding costs a penalty by severity, the total is
/// normalized per 1,000 words, and the score is 100 minus that.
///
/// With the default weights (minor 1, major 5, critical 25), 2 major findings in 500
/// words cost 10 points, i.e. 20 per 1,000 words: a score of 80. Scores can fall below
/// zero for very poor texts, as in MQM.
public struct QualityScore: Hashable, Sendable {
    /// The penalty of one finding of each severity.
    public struct Weights: Hashable, Sendable {
        /// The penalty of a minor finding.
        public var minor: Double
        /// The penalty of a major finding.
        public var major: Double
        /// The penalty of a critical finding.
        public var critical: Double

        /// MQM's customary weights: minor 1, major 5, critical 25.
        public static let standard = Weights(minor: 1, major: 5, critical: 25)

        /// Creates weights: the penalty of one finding of each severity.
        public init(minor: Double, major: Double, critical: Double) {
            self.minor = minor
            self.major = major
            self.critical = critical
        }

        /// The largest weight ``init(parsing:)`` takes: scores stay finite numbers.
        public static let maximum = 1_000_000.0

        /// Parses `minor=1,major=5,critical=25`; severities left out keep their standard
        /// weight. `nil` for anything else, for a weight that is negative, not a finite
        /// number or above ``maximum``, and for a severity given twice (`major=5,major=1`:
        /// which one was meant?).
        public init?(parsing text: String) {
            self = .standard
            var given = Set<Severity>()
            for pair in text.split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, let value = Double(parts[1]), value.isFinite, value >= 0, value <= Self.maximum,
                    let severity = Severity(rawValue: parts[0]), given.insert(severity).inserted
                else { return nil }
                self[severity] = value
            }
        }

        /// The penalty of one finding of `severity`.
        public subscript(severity: Severity) -> Double {
            get {
                switch severity {
                case .minor: minor
                case .major: major
                case .critical: critical
                }
            }
            set {
                switch severity {
                case .minor: minor = newValue
                case .major: major = newValue
                case .critical: critical = newValue
                }
            }
        }
    }

    /// The total penalty per 1,000 words.
    public var penaltyPerThousandWords: Double
    /// `100 - penaltyPerThousandWords`.
    public var score: Double { 100 - penaltyPerThousandWords }

    /// Scores `findingsBySeverity` over `words` words.
    public init(findingsBySeverity: [Severity: Int], words: Int, weights: Weights = .standard) {
        let penalty = findingsBySeverity.reduce(0.0) { $0 + weights[$1.key] * Double($1.value) }
        penaltyPerThousandWords = words > 0 ? penalty / Double(words) * 1000 : 0
    }
}
