/// The counts of a scan, without the findings themselves: what `enmienda check
/// --format count` prints, and all a newsroom needs to lint an archive in constant memory.
public struct Tally: Hashable, Sendable {
    /// The file the counts are for (`-` for standard input).
    public var path: String
    /// The bytes scanned.
    public var bytes = 0
    /// The words scanned.
    public var words = 0
    /// The number of findings of each severity.
    public var findingsBySeverity: [Severity: Int] = [:]
    /// The findings left out because a reviewer rejected them (see ``Suppressions``),
    /// not in ``findingsBySeverity``.
    public var suppressed = 0

    /// The total number of findings.
    public var findings: Int { findingsBySeverity.values.reduce(0, +) }

    /// Empty counts for `path`.
    public init(path: String) {
        self.path = path
    }

    /// The counts of `alignment`.
    public init(_ alignment: Alignment) {
        path = alignment.document.path
        add(alignment)
    }

    /// Adds the counts of `alignment` (a part of the same file).
    package mutating func add(_ alignment: Alignment) {
        bytes += alignment.document.bytes.count
        words += alignment.wordCount
        for finding in alignment.findings { findingsBySeverity[finding.severity, default: 0] += 1 }
    }

    /// Adds the counts of a part of the same file: its bytes, words and findings.
    package mutating func add(bytes: Int, words: Int, findingsBySeverity: [Severity: Int], suppressed: Int = 0) {
        self.bytes += bytes
        self.words += words
        self.findingsBySeverity.merge(findingsBySeverity, uniquingKeysWith: +)
        self.suppressed += suppressed
    }

    /// Adds `other`'s counts to these.
    public mutating func add(_ other: Tally) {
        bytes += other.bytes
        words += other.words
        findingsBySeverity.merge(other.findingsBySeverity, uniquingKeysWith: +)
        suppressed += other.suppressed
    }

    /// For example `news/a.txt: 3 findings (1 major, 2 minor), 812 words`.
    public var line: String {
        let counts = Severity.allCases.reversed().compactMap { severity in
            findingsBySeverity[severity].map { "\($0) \(severity.rawValue)" }
        }
        let found =
            findings == 0
            ? "no findings"
            : "\(findings) \(findings == 1 ? "finding" : "findings") (\(counts.joined(separator: ", ")))"
        return "\(TerminalText.escapedName(path)): \(found), \(words) \(words == 1 ? "word" : "words")"
    }
}
