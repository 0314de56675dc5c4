import Foundation

/// Writes findings as JSON whose match objects have the fields of LanguageTool's
/// `/v2/check` response, so LanguageTool clients can read them, plus Enmienda's own.
///
/// The output is `{"documents": [...], "summary": {...}}`. Each document object is shaped
/// like a LanguageTool response (`software`, `language`, `matches`) with `path` and
/// `summary` added. In each match, `offset` and `length` count UTF-16 code units, as
/// LanguageTool clients expect; `codePointOffset`/`codePointLength` and
/// `byteOffset`/`byteLength` give the same span in code points and UTF-8 bytes.
/// All offsets index the original file (a byte-order mark counts).
public struct JSONReporter: Reporter {
    /// The penalties of the quality score in the summaries.
    public var weights: QualityScore.Weights

    /// Creates a reporter.
    public init(weights: QualityScore.Weights = .standard) {
        self.weights = weights
    }

    public func report(_ alignments: [Alignment]) -> String {
        let output = Output(
            documents: alignments.map(document), summary: SummaryObject(Summary(alignments, weights: weights)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(output) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func document(_ alignment: Alignment) -> Document {
        var offsets = TextOffsets(alignment.document.bytes)
        return Document(
            software: Software(
                name: "Enmienda", version: EnmiendaVersion.current, buildDate: EnmiendaVersion.date, apiVersion: 1,
                premium: false, status: ""),
            warnings: Warnings(incompleteResults: false),
            language: Language(
                name: "Spanish", code: "es",
                detectedLanguage: DetectedLanguage(name: "Spanish", code: "es", confidence: 1)),
            matches: alignment.findings.map { match(for: $0, in: alignment.document, offsets: &offsets) },
            path: alignment.document.path,
            summary: SummaryObject(Summary([alignment], weights: weights)))
    }

    private func match(for finding: Finding, in document: TextDocument, offsets: inout TextOffsets) -> Match {
        let offset = offsets.utf16(at: finding.byteRange.lowerBound)
        let length = offsets.utf16(at: finding.byteRange.upperBound) - offset
        return Match(
            message: finding.message + (finding.note.map { ". " + $0 } ?? ""),
            shortMessage: Self.shortMessage(finding.category),
            replacements: finding.suggestions.map(Replacement.init),
            offset: offset, length: length,
            context: Self.context(of: finding, in: document),
            sentence: finding.sentence,
            type: MatchType(typeName: "Other"),
            rule: Rule(
                id: finding.entryID, description: finding.message, issueType: finding.category.rawValue,
                category: RuleCategory(id: finding.category.rawValue.uppercased(), name: Self.name(finding.category))),
            ignoreForIncompleteSentence: false, contextForSureMatch: 0,
            codePointOffset: finding.scalarOffset, codePointLength: finding.scalarLength,
            byteOffset: finding.byteRange.lowerBound, byteLength: finding.byteRange.count,
            line: finding.location.line, column: finding.location.column,
            entryId: finding.entryID, severity: finding.severity.rawValue, sourceTerms: finding.sourceTerms,
            matchedText: finding.matchedText, correctedSentence: finding.correctedSentence,
            fingerprint: finding.fingerprint)
    }

    /// Up to 40 characters of the match's line on each side, as LanguageTool shows it.
    static func context(of finding: Finding, in document: TextDocument) -> Context {
        let bytes = document.bytes
        var start = finding.byteRange.lowerBound
        var count = 0
        while start > 0, count < 40, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D {
            start -= 1
            if !UTF8.isContinuation(bytes[start]) { count += 1 }
        }
        var end = finding.byteRange.upperBound
        count = 0
        while end < bytes.count, count < 40, bytes[end] != 0x0A, bytes[end] != 0x0D {
            end += 1
            while end < bytes.count && UTF8.isContinuation(bytes[end]) { end += 1 }
            count += 1
        }
        let prefix = String(decoding: bytes[start..<finding.byteRange.lowerBound], as: UTF8.self)
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return Context(text: text, offset: prefix.utf16.count, length: finding.matchedText.utf16.count)
    }

    static func shortMessage(_ category: IssueCategory) -> String {
        switch category {
        case .mistranslation: "Mistranslation"
        case .untranslated: "Untranslated"
        case .terminology: "Terminology"
        default: name(category)
        }
    }

    static func name(_ category: IssueCategory) -> String {
        let words = category.rawValue.split(separator: "-")
        return words.enumerated().map { $0.offset == 0 ? $0.element.capitalized : String($0.element) }.joined(
            separator: " ")
    }

    // MARK: - The shape of the output

    struct Output: Encodable {
        var documents: [Document]
        var summary: SummaryObject
    }

    struct Document: Encodable {
        var software: Software
        var warnings: Warnings
        var language: Language
        var matches: [Match]
        var path: String
        var summary: SummaryObject
    }

    struct Software: Encodable {
        var name: String
        var version: String
        var buildDate: String
        var apiVersion: Int
        var premium: Bool
        var status: String
    }

    struct Warnings: Encodable {
        var incompleteResults: Bool
    }

    struct Language: Encodable {
        var name: String
        var code: String
        var detectedLanguage: DetectedLanguage
    }

    struct DetectedLanguage: Encodable {
        var name: String
        var code: String
        var confidence: Double
    }

    struct Match: Encodable {
        var message: String
        var shortMessage: String
        var replacements: [Replacement]
        var offset: Int
        var length: Int
        var context: Context
        var sentence: String
        var type: MatchType
        var rule: Rule
        var ignoreForIncompleteSentence: Bool
        var contextForSureMatch: Int
        var codePointOffset: Int
        var codePointLength: Int
        var byteOffset: Int
        var byteLength: Int
        var line: Int
        var column: Int
        var entryId: String
        var severity: String
        var sourceTerms: [String]
        var matchedText: String
        var correctedSentence: String
        var fingerprint: String
    }

    struct Replacement: Encodable {
        var value: String
    }

    struct Context: Encodable {
        var text: String
        var offset: Int
        var length: Int
    }

    struct MatchType: Encodable {
        var typeName: String
    }

    struct Rule: Encodable {
        var id: String
        var description: String
        var issueType: String
        var category: RuleCategory
    }

    struct RuleCategory: Encodable {
        var id: String
        var name: String
    }

    struct SummaryObject: Encodable {
        var documents: Int
        var words: Int
        var findings: Int
        var bySeverity: [String: Int]
        var byCategory: [String: Int]
        var mqm: MQM

        init(_ summary: Summary) {
            documents = summary.documents
            words = summary.words
            findings = summary.findings
            bySeverity = Dictionary(
                uniqueKeysWithValues: summary.findingsBySeverity.map { ($0.key.rawValue, $0.value) })
            byCategory = Dictionary(
                uniqueKeysWithValues: summary.findingsByCategory.map { ($0.key.rawValue, $0.value) })
            mqm = MQM(
                score: (summary.quality.score * 100).rounded() / 100,
                penaltyPerThousandWords: (summary.quality.penaltyPerThousandWords * 100).rounded() / 100)
        }
    }

    struct MQM: Encodable {
        var score: Double
        var penaltyPerThousandWords: Double
    }
}
