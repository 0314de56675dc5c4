import Foundation

/// Writes findings as SARIF 2.1.0, for CI systems and GitHub code scanning.
///
/// One run; one rule per glossary entry that has results, in the glossary's order (its id
/// is the entry's id, its level follows the severity: critical → `error`, major →
/// `warning`, minor → `note`; GitHub code scanning refuses a run of more than 25,000
/// rules); one result per finding with a region in code-point columns
/// (`columnKind: unicodeCodePoints`), char and byte offsets, a snippet,
/// `partialFingerprints` (`primaryLocationLineHash`, the line hash GitHub computes, and
/// `enmiendaFinding/v1`, the finding's own fingerprint, which no edit elsewhere in the
/// file changes), and a fix: the edit `enmienda fix`
/// makes, the top suggestion with the match's line breaks kept (its region may take in a
/// space beside the match; see `Alignment.correctedBytes`), or none when the correction
/// is left for a manual edit. Artifact URIs are relative to `baseDirectory` when
/// the file is inside it, so that code scanning maps them onto the repository.
public struct SARIFReporter: Reporter {
    /// The glossary whose entries become the rules.
    public var glossary: Glossary
    /// The directory URIs are made relative to (usually the current directory).
    public var baseDirectory: String?
    /// The penalties of the quality score in the run's properties.
    public var weights: QualityScore.Weights

    /// Creates a reporter.
    public init(glossary: Glossary, baseDirectory: String? = nil, weights: QualityScore.Weights = .standard) {
        self.glossary = glossary
        self.baseDirectory = baseDirectory
        self.weights = weights
    }

    /// One SARIF 2.1.0 log with one run: a rule per glossary entry that has results, a
    /// result per finding with its region (lines, columns in code points, byte offsets),
    /// fingerprints and fix.
    public func report(_ alignments: [Alignment]) -> String {
        let used = Set(alignments.flatMap { $0.findings.map(\.entryID) })
        let rules = self.rules(used: used)
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        var artifacts: [Artifact] = []
        var results: [Result] = []
        for alignment in alignments {
            let uri = Self.uri(for: alignment.document.path, relativeTo: baseDirectory)
            let artifactIndex = artifacts.count
            artifacts.append(Self.artifact(of: alignment.document, uri: uri))
            let place = Place(
                document: alignment.document, uri: uri, artifactIndex: artifactIndex,
                lines: LineIndex(alignment.document.bytes),
                lineHashes: alignment.findings.isEmpty ? [] : Self.lineHashes(of: alignment.document.text))
            // The fix is the edit `fix` makes, line breaks kept (it may take a space beside).
            for (finding, edit) in zip(alignment.findings, alignment.edits) {
                results.append(Self.result(of: finding, edit: edit, at: place, ruleIndex: ruleIndex[finding.entryID]))
            }
        }
        let log = self.log(
            rules: rules, artifacts: artifacts, results: results, summary: Summary(alignments, weights: weights))
        guard let data = try? Self.encoder.encode(log) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The encoder of the log and its parts: two-space indents, keys sorted.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The glossary's entries whose ids are in `used`, in glossary order, each once.
    func rules(used: Set<String>) -> [GlossaryEntry] {
        var seen: Set<String> = []
        return glossary.entries.filter { used.contains($0.id) && seen.insert($0.id).inserted }
    }

    /// The log of one run.
    func log(rules: [GlossaryEntry], artifacts: [Artifact], results: [Result], summary: Summary) -> Log {
        Log(
            schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0",
            runs: [
                Run(
                    tool: Tool(
                        driver: Driver(
                            name: "Enmienda", version: EnmiendaVersion.current,
                            semanticVersion: EnmiendaVersion.current,
                            informationUri: "https://github.com/enmienda/enmienda",
                            rules: rules.map(Self.rule))),
                    columnKind: "unicodeCodePoints", artifacts: artifacts, results: results,
                    properties: RunProperties(
                        words: summary.words, mqmScore: (summary.quality.score * 100).rounded() / 100,
                        penaltyPerThousandWords: (summary.quality.penaltyPerThousandWords * 100).rounded() / 100))
            ])
    }

    static func artifact(of document: TextDocument, uri: String) -> Artifact {
        Artifact(location: ArtifactLocation(uri: uri, index: nil), length: document.bytes.count, encoding: "utf-8")
    }

    /// Where a document's results are: the document, its URI and artifact index, its
    /// lines and their hashes.
    struct Place {
        var document: TextDocument
        var uri: String
        var artifactIndex: Int
        var lines: LineIndex
        var lineHashes: [String]
    }

    /// The result of `finding`, whose edit is `edit`, in the document at `place`.
    static func result(of finding: Finding, edit: TextEdit?, at place: Place, ruleIndex: Int?) -> Result {
        let region = Self.region(of: finding, in: place.document, lines: place.lines)
        let location = ArtifactLocation(uri: place.uri, index: place.artifactIndex)
        return Result(
            ruleId: finding.entryID, ruleIndex: ruleIndex,
            level: Self.level(finding.severity),
            message: Message(text: Self.message(finding)),
            locations: [
                Location(physicalLocation: PhysicalLocation(artifactLocation: location, region: region))
            ],
            partialFingerprints: Self.fingerprints(of: finding, lineHashes: place.lineHashes),
            fixes: edit.map { edit in
                [
                    Fix(
                        description: Message(text: "Replace with “\(finding.topSuggestion)”"),
                        artifactChanges: [
                            ArtifactChange(
                                artifactLocation: location,
                                replacements: [
                                    Replacement(
                                        deletedRegion: Self.region(
                                            covering: edit.byteRange, in: place.document, lines: place.lines),
                                        insertedContent: InsertedContent(
                                            text: String(decoding: edit.replacement, as: UTF8.self)))
                                ])
                        ])
                ]
            } ?? [],
            properties: ResultProperties(
                category: finding.category.rawValue, severity: finding.severity.rawValue,
                suggestions: finding.suggestions, correctedSentence: finding.correctedSentence,
                manualCheck: finding.manualCheck,
                segment: finding.segment.map {
                    SegmentProperties(
                        id: $0.id, byteOffset: $0.byteOffset, source: $0.source.map(SegmentExcerpt.source))
                }))
    }

    /// The finding's own fingerprint, and the hash GitHub code scanning gives its line.
    static func fingerprints(of finding: Finding, lineHashes: [String]) -> [String: String] {
        var fingerprints = ["enmiendaFinding/v1": finding.fingerprint]
        if lineHashes.indices.contains(finding.location.line - 1), !lineHashes[finding.location.line - 1].isEmpty {
            fingerprints["primaryLocationLineHash"] = lineHashes[finding.location.line - 1]
        }
        return fingerprints
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical: "error"
        case .major: "warning"
        case .minor: "note"
        }
    }

    static func message(_ finding: Finding) -> String {
        var text = "\(finding.message). Suggestion: “\(finding.topSuggestion)”."
        if let note = finding.note { text += " \(NoteExcerpt.of(note))" }
        return text
    }

    static func rule(_ entry: GlossaryEntry) -> ReportingDescriptor {
        let name = entry.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        let wrong = (entry.wrongForms + entry.forms.flatMap(\.wrongForms)).first ?? ""
        let suggestions = (entry.suggestions + entry.forms.flatMap(\.suggestions)).prefix(3)
        let short = "“\(wrong)” for “\(entry.sources.first ?? "")”"
        let help = "Write \(suggestions.map { "“\($0)”" }.joined(separator: " or ")) instead of “\(wrong)”."
        return ReportingDescriptor(
            id: entry.id, name: name, shortDescription: Message(text: short),
            fullDescription: Message(text: entry.note ?? short), help: Message(text: help),
            defaultConfiguration: Configuration(level: level(entry.severity)),
            properties: RuleProperties(tags: ["translation", entry.category.rawValue], precision: "high"))
    }

    /// A repository-relative URI for a path inside `base`, else a `file:` URI.
    static func uri(for path: String, relativeTo base: String?) -> String {
        guard path != "-" else { return "stdin" }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if let base {
            let prefix = URL(fileURLWithPath: base).standardizedFileURL.path
            let directory = prefix.hasSuffix("/") ? prefix : prefix + "/"
            if absolute.hasPrefix(directory) {
                return String(absolute.dropFirst(directory.count)).addingPercentEncoding(
                    withAllowedCharacters: .urlPathAllowed)
                    ?? path
            }
        }
        return URL(fileURLWithPath: absolute).absoluteString
    }

    /// The region of `range` (UTF-8 byte offsets), without a snippet.
    static func region(covering range: Range<Int>, in document: TextDocument, lines: LineIndex) -> Region {
        let bytes = document.bytes
        let start = lines.position(of: range.lowerBound, in: bytes)
        let end = lines.position(of: range.upperBound, in: bytes)
        return Region(
            startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column,
            charOffset: lines.scalarOffset(of: range.lowerBound, in: bytes),
            charLength: LineIndex.scalarCount(bytes, from: range.lowerBound, to: range.upperBound),
            byteOffset: range.lowerBound, byteLength: range.count, snippet: nil)
    }

    static func region(of finding: Finding, in document: TextDocument, lines: LineIndex) -> Region {
        let end = lines.position(of: finding.byteRange.upperBound, in: document.bytes)
        return Region(
            startLine: finding.location.line, startColumn: finding.location.column, endLine: end.line,
            endColumn: end.column, charOffset: finding.scalarOffset, charLength: finding.scalarLength,
            byteOffset: finding.byteRange.lowerBound, byteLength: finding.byteRange.count,
            snippet: Snippet(text: finding.matchedText))
    }

    // MARK: - The SARIF 2.1.0 objects used

    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var columnKind: String
        var artifacts: [Artifact]
        var results: [Result]
        var properties: RunProperties
    }

    struct RunProperties: Encodable {
        var words: Int
        var mqmScore: Double
        var penaltyPerThousandWords: Double
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var informationUri: String
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct RuleProperties: Encodable {
        var tags: [String]
        var precision: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct Artifact: Encodable {
        var location: ArtifactLocation
        var length: Int
        var encoding: String
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var index: Int?
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
        var fixes: [Fix]
        var properties: ResultProperties
    }

    struct ResultProperties: Encodable {
        var category: String
        var severity: String
        var suggestions: [String]
        var correctedSentence: String
        var manualCheck: String?
        var segment: SegmentProperties?
    }

    /// A finding's segment in a bilingual file: its id, the finding's offset in the
    /// segment's text (UTF-8 bytes) and the source segment.
    struct SegmentProperties: Encodable {
        var id: String
        var byteOffset: Int
        var source: String?
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
        var charOffset: Int
        var charLength: Int
        var byteOffset: Int
        var byteLength: Int
        var snippet: Snippet?
    }

    struct Snippet: Encodable {
        var text: String
    }

    struct Fix: Encodable {
        var description: Message
        var artifactChanges: [ArtifactChange]
    }

    struct ArtifactChange: Encodable {
        var artifactLocation: ArtifactLocation
        var replacements: [Replacement]
    }

    struct Replacement: Encodable {
        var deletedRegion: Region
        var insertedContent: InsertedContent
    }

    struct InsertedContent: Encodable {
        var text: String
    }
}
