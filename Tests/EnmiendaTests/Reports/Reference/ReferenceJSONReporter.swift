// The JSON and text reporters as they were before they wrote into an ``OutputBuffer``:
// a tree of values per match, then one `String`. Kept only to check that the streaming
// reporters write the same bytes.

import Foundation

@testable import Enmienda
@testable import EnmiendaCore

/// Writes findings as JSON in the shape of LanguageTool's `/v2/check` response, so that
/// LanguageTool clients read it as it is, with Enmienda's own fields beside LanguageTool's.
///
/// For one document the output *is* a LanguageTool response: `software`, `warnings`,
/// `language` and `matches` at the top level, and one more key, `enmienda`, with the
/// document's `path` and `summary` (LanguageTool clients ignore keys they do not know).
/// For any other number of documents it is `{"documents": [...], "summary": {...}}`,
/// each document such a response with `path` and `summary` added.
///
/// In each match, `offset` and `length` count UTF-16 code units, as LanguageTool clients
/// expect; `codePointOffset`/`codePointLength` and `byteOffset`/`byteLength` give the
/// same span in code points and UTF-8 bytes. All offsets index the original file (a
/// byte-order mark counts). The fields LanguageTool documents are all there, typed as it
/// types them (`rule.category`, `type.typeName`, `context`, `ignoreForIncompleteSentence`,
/// `contextForSureMatch`…); Enmienda's own (`entryId`, `severity`, `line`, `column`,
/// `fingerprint`…) are added to each match.
struct ReferenceJSONReporter {
    /// The penalties of the quality score in the summaries.
    var weights: QualityScore.Weights
    /// How many cores may write a long list of matches (the output does not depend on it).
    var concurrency: Int

    /// Creates a reporter.
    init(weights: QualityScore.Weights = .standard, concurrency: Int = 1) {
        self.weights = weights
        self.concurrency = max(1, concurrency)
    }

    /// One JSON object: for one document, a LanguageTool `/v2/check` response with an
    /// `enmienda` key (`path`, `summary`); otherwise `{"documents": [...], "summary": {...}}`
    /// with such a response per document. Match offsets are in UTF-16 code units.
    func report(_ alignments: [Alignment]) -> String {
        if alignments.count == 1 {
            return document(alignments[0]).languageToolResponse.text(concurrency: concurrency) + "\n"
        }
        let output = Output(
            documents: alignments.map(document), summary: SummaryObject(Summary(alignments, weights: weights)))
        return output.json.text(concurrency: concurrency) + "\n"
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
            matches: matches(of: alignment, offsets: &offsets),
            path: alignment.document.path,
            summary: SummaryObject(Summary([alignment], weights: weights)))
    }

    /// The match objects of a document's findings: UTF-16 offsets in one pass, then the
    /// objects a slice per core (``concurrency``), in order.
    private func matches(of alignment: Alignment, offsets: inout TextOffsets) -> [ReferenceJSONValue] {
        let findings = alignment.findings
        let spans = findings.map { finding in
            let start = offsets.utf16(at: finding.byteRange.lowerBound, scalarOffset: finding.scalarOffset)
            let end = offsets.utf16(
                at: finding.byteRange.upperBound, scalarOffset: finding.scalarOffset + finding.scalarLength)
            return start..<end
        }
        let slices = stride(from: 0, to: findings.count, by: 1024).map { $0..<min(findings.count, $0 + 1024) }
        return slices.parallelMap(concurrency: concurrency) { slice in
            slice.map { match(for: findings[$0], in: alignment.document, utf16: spans[$0]).json }
        }.flatMap { $0 }
    }

    private func match(for finding: Finding, in document: TextDocument, utf16: Range<Int>) -> Match {
        Match(
            message: finding.message + (finding.note.map { ". " + NoteExcerpt.of($0) } ?? ""),
            shortMessage: Self.shortMessage(finding.category),
            // Each value replaces exactly the match, its line breaks kept where they fit.
            replacements: finding.segmentReplacements.map { $0.map(Replacement.init) }
                ?? finding.suggestions.map {
                    Replacement(value: Corrections.inPlace($0, over: finding.byteRange, in: document.bytes))
                },
            offset: utf16.lowerBound, length: utf16.count,
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
            manualCheck: finding.manualCheck, fingerprint: finding.fingerprint, segment: finding.segment)
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

    struct Output {
        var documents: [Document]
        var summary: SummaryObject
    }

    struct Document {
        var software: Software
        var warnings: Warnings
        var language: Language
        var matches: [ReferenceJSONValue]
        var path: String
        var summary: SummaryObject
    }

    struct Software {
        var name: String
        var version: String
        var buildDate: String
        var apiVersion: Int
        var premium: Bool
        var status: String
    }

    struct Warnings {
        var incompleteResults: Bool
    }

    struct Language {
        var name: String
        var code: String
        var detectedLanguage: DetectedLanguage
    }

    struct DetectedLanguage {
        var name: String
        var code: String
        var confidence: Double
    }

    struct Match {
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
        var manualCheck: String?
        var fingerprint: String
        /// The finding's segment, in a bilingual file.
        var segment: SegmentReference?
    }

    struct Replacement {
        var value: String
    }

    struct Context {
        var text: String
        var offset: Int
        var length: Int
    }

    struct MatchType {
        var typeName: String
    }

    struct Rule {
        var id: String
        var description: String
        var issueType: String
        var category: RuleCategory
    }

    struct RuleCategory {
        var id: String
        var name: String
    }

    struct SummaryObject {
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

    struct MQM {
        var score: Double
        var penaltyPerThousandWords: Double
    }
}

// MARK: - JSON

extension ReferenceJSONReporter.Output {
    var json: ReferenceJSONValue { .object([("documents", .array(documents.map(\.json))), ("summary", summary.json)]) }
}

extension ReferenceJSONReporter.Document {
    /// The document alone: LanguageTool's response, Enmienda's fields under `enmienda`.
    var languageToolResponse: ReferenceJSONValue {
        .object([
            ("software", software.json),
            ("warnings", .object([("incompleteResults", .bool(warnings.incompleteResults))])),
            ("language", language.json), ("matches", .array(matches)),
            ("enmienda", .object([("path", .string(path)), ("summary", summary.json)])),
        ])
    }

    /// The document as one of several: LanguageTool's response with `path` and `summary`.
    var json: ReferenceJSONValue {
        .object([
            ("software", software.json),
            ("warnings", .object([("incompleteResults", .bool(warnings.incompleteResults))])),
            ("language", language.json), ("matches", .array(matches)), ("path", .string(path)),
            ("summary", summary.json),
        ])
    }
}

extension ReferenceJSONReporter.Software {
    var json: ReferenceJSONValue {
        .object([
            ("name", .string(name)), ("version", .string(version)), ("buildDate", .string(buildDate)),
            ("apiVersion", .int(apiVersion)), ("premium", .bool(premium)), ("status", .string(status)),
        ])
    }
}

extension ReferenceJSONReporter.Language {
    var json: ReferenceJSONValue {
        .object([
            ("name", .string(name)), ("code", .string(code)),
            (
                "detectedLanguage",
                .object([
                    ("name", .string(detectedLanguage.name)), ("code", .string(detectedLanguage.code)),
                    ("confidence", .double(detectedLanguage.confidence)),
                ])
            ),
        ])
    }
}

extension ReferenceJSONReporter.Match {
    /// Members in key order (what the writer would sort them into), so none is sorted.
    var json: ReferenceJSONValue {
        .object(
            [
                ("byteLength", .int(byteLength)), ("byteOffset", .int(byteOffset)),
                ("codePointLength", .int(codePointLength)), ("codePointOffset", .int(codePointOffset)),
                ("column", .int(column)),
                (
                    "context",
                    .object([
                        ("length", .int(context.length)), ("offset", .int(context.offset)),
                        ("text", .string(context.text)),
                    ])
                ),
                ("contextForSureMatch", .int(contextForSureMatch)), ("correctedSentence", .string(correctedSentence)),
                ("entryId", .string(entryId)), ("fingerprint", .string(fingerprint)),
                ("ignoreForIncompleteSentence", .bool(ignoreForIncompleteSentence)), ("length", .int(length)),
                ("line", .int(line)),
            ] + (manualCheck.map { [("manualCheck", ReferenceJSONValue.string($0))] } ?? []) + [
                ("matchedText", .string(matchedText)), ("message", .string(message)),
                ("offset", .int(offset)),
                ("replacements", .array(replacements.map { .object([("value", .string($0.value))]) })),
                (
                    "rule",
                    .object([
                        (
                            "category",
                            .object([("id", .string(rule.category.id)), ("name", .string(rule.category.name))])
                        ),
                        ("description", .string(rule.description)), ("id", .string(rule.id)),
                        ("issueType", .string(rule.issueType)),
                    ])
                ),
            ] + (segment.map { [("segment", $0.referenceJSON)] } ?? []) + [
                ("sentence", .string(sentence)), ("severity", .string(severity)),
                ("shortMessage", .string(shortMessage)),
                ("sourceTerms", .array(sourceTerms.map(ReferenceJSONValue.string))),
                ("type", .object([("typeName", .string(type.typeName))])),
            ])
    }
}

extension ReferenceJSONReporter.SummaryObject {
    var json: ReferenceJSONValue {
        .object([
            ("documents", .int(documents)), ("words", .int(words)), ("findings", .int(findings)),
            ("bySeverity", .object(bySeverity.map { ($0.key, .int($0.value)) })),
            ("byCategory", .object(byCategory.map { ($0.key, .int($0.value)) })),
            (
                "mqm",
                .object([
                    ("score", .double(mqm.score)), ("penaltyPerThousandWords", .double(mqm.penaltyPerThousandWords)),
                ])
            ),
        ])
    }
}

extension SegmentReference {
    /// The segment as the JSON report writes it: id, offset and length in the segment's
    /// text (UTF-8 bytes), and the source segment when there is one (cut to 2,000
    /// characters).
    var referenceJSON: ReferenceJSONValue {
        .object(
            [("byteLength", .int(byteLength)), ("byteOffset", .int(byteOffset)), ("id", .string(id))]
                + (source.map { [("source", ReferenceJSONValue.string(SegmentExcerpt.source($0)))] } ?? []))
    }
}

/// A JSON value, and its pretty-printed UTF-8 with keys in sorted order.
///
/// Reports are written with this instead of `JSONEncoder`, which costs tens of
/// microseconds per object: a report of a large archive holds hundreds of thousands.
enum ReferenceJSONValue: Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case array([ReferenceJSONValue])
    /// Members; written in key order whatever the order given.
    case object([(String, ReferenceJSONValue)])

    /// The pretty-printed text (two-space indentation, sorted keys, `/` not escaped); long
    /// arrays are written `concurrency` slices at a time (the text is the same).
    func text(concurrency: Int = 1) -> String {
        var bytes: [UInt8] = []
        write(into: &bytes, indent: 0, concurrency: concurrency)
        return String(decoding: bytes, as: UTF8.self)
    }

    func write(into bytes: inout [UInt8], indent: Int, concurrency: Int = 1) {
        switch self {
        case .string(let string): Self.write(string, into: &bytes)
        case .int(let value): Self.write(value, into: &bytes)
        case .double(let value):
            if value == value.rounded() && abs(value) < 1e15 {
                Self.write(Int(value), into: &bytes)
            } else {
                bytes.append(contentsOf: String(value).utf8)
            }
        case .bool(let value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .array(let elements):
            guard !elements.isEmpty else {
                bytes.append(contentsOf: "[]".utf8)
                return
            }
            bytes.append(contentsOf: "[\n".utf8)
            if concurrency > 1 && elements.count >= Self.parallelElements {
                // The matches of a dense report: written a slice per core, joined in order.
                let slices = stride(from: 0, to: elements.count, by: Self.parallelElements / 4).map {
                    $0..<min(elements.count, $0 + Self.parallelElements / 4)
                }
                let pieces = slices.parallelMap(concurrency: concurrency) { slice in
                    var piece: [UInt8] = []
                    Self.write(elements[slice], last: elements.count - 1, into: &piece, indent: indent)
                    return piece
                }
                for piece in pieces { bytes.append(contentsOf: piece) }
            } else {
                Self.write(
                    elements[...], last: elements.count - 1, into: &bytes, indent: indent, concurrency: concurrency)
            }
            bytes.append(contentsOf: repeatElement(0x20, count: indent))
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                bytes.append(contentsOf: "{}".utf8)
                return
            }
            bytes.append(contentsOf: "{\n".utf8)
            // Keys are ASCII, for which byte order is String order; most objects are built
            // in key order already, and checking that is cheaper than sorting.
            let inOrder = zip(members, members.dropFirst()).allSatisfy { Self.precedes($0.0, $1.0) }
            let sorted = inOrder ? members : members.sorted { Self.precedes($0.0, $1.0) }
            for (index, (key, value)) in sorted.enumerated() {
                bytes.append(contentsOf: repeatElement(0x20, count: indent + 2))
                Self.write(key, into: &bytes)
                bytes.append(contentsOf: " : ".utf8)
                value.write(into: &bytes, indent: indent + 2, concurrency: concurrency)
                bytes.append(contentsOf: (index + 1 < sorted.count ? ",\n" : "\n").utf8)
            }
            bytes.append(contentsOf: repeatElement(0x20, count: indent))
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Arrays at least this long are written on every core.
    private static let parallelElements = 4096

    /// The lines of `elements` (of an array whose last index is `last`) at `indent`.
    private static func write(
        _ elements: ArraySlice<ReferenceJSONValue>, last: Int, into bytes: inout [UInt8], indent: Int,
        concurrency: Int = 1
    ) {
        for index in elements.indices {
            bytes.append(contentsOf: repeatElement(0x20, count: indent + 2))
            elements[index].write(into: &bytes, indent: indent + 2, concurrency: concurrency)
            bytes.append(contentsOf: (index < last ? ",\n" : "\n").utf8)
        }
    }

    /// Whether `a` sorts before `b` by UTF-8 bytes (String order for ASCII keys).
    private static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Decimal digits without making a `String`.
    private static func write(_ value: Int, into bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// The string quoted, escaped where JSON requires; runs that need no escape are copied whole.
    private static func write(_ string: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
                case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
                case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
                case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
                case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
                default:
                    bytes.append(contentsOf: "\\u00".utf8)
                    bytes += [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                }
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
