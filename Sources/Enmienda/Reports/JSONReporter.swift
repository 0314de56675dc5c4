import Foundation

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
///
/// Pretty-printed with two-space indentation, keys in sorted order; the matches are
/// written straight into the output as they come (``write(_:to:)``), so that a report of
/// millions of findings takes constant memory on its way to a file.
public struct JSONReporter: Reporter, StreamingReporter {
    /// The penalties of the quality score in the summaries.
    public var weights: QualityScore.Weights
    /// How many cores may write a long list of matches (the output does not depend on it).
    public var concurrency: Int

    /// Creates a reporter.
    public init(weights: QualityScore.Weights = .standard, concurrency: Int = 1) {
        self.weights = weights
        self.concurrency = max(1, concurrency)
    }

    /// One JSON object: for one document, a LanguageTool `/v2/check` response with an
    /// `enmienda` key (`path`, `summary`); otherwise `{"documents": [...], "summary": {...}}`
    /// with such a response per document. Match offsets are in UTF-16 code units.
    public func report(_ alignments: [Alignment]) -> String {
        var output = OutputBuffer()
        write(alignments, to: &output)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// Appends ``report(_:)``'s text to `output`, match by match.
    ///
    /// - Complexity: O(*n*) in the findings and the documents' bytes; memory beyond the
    ///   alignments is one slice of matches per core.
    package func write(_ alignments: [Alignment], to output: inout OutputBuffer) {
        if alignments.count == 1 {
            write(alignments[0], alone: true, indent: 0, to: &output)
        } else {
            output.append(literal: "{\n")
            output.appendJSONKey("documents", indent: 2)
            if alignments.isEmpty {
                output.append(literal: "[]")
            } else {
                output.append(literal: "[\n")
                for (index, alignment) in alignments.enumerated() where !output.failed {
                    output.appendSpaces(4)
                    write(alignment, alone: false, indent: 4, to: &output)
                    output.append(literal: index + 1 < alignments.count ? ",\n" : "\n")
                }
                output.appendSpaces(2)
                output.append(UInt8(ascii: "]"))
            }
            output.append(literal: ",\n")
            output.appendJSONKey("summary", indent: 2)
            Self.summary(Summary(alignments, weights: weights)).write(into: &output, indent: 2)
            output.append(literal: "\n}")
        }
        output.append(UInt8(ascii: "\n"))
        output.writeIfFull()
    }

    /// A document's object at `indent`: LanguageTool's response, with Enmienda's fields
    /// under `enmienda` when it is the only one (`alone`), else with `path` and `summary`.
    /// Members in key order.
    private func write(_ alignment: Alignment, alone: Bool, indent: Int, to output: inout OutputBuffer) {
        write(
            path: alignment.document.path, summary: Summary([alignment], weights: weights), alone: alone,
            indent: indent, to: &output
        ) { output, inner in
            writeMatches(of: alignment, indent: inner, to: &output)
        }
    }

    /// A document's object, as ``write(_:alone:indent:to:)`` writes it, its `matches`
    /// array written by `matches` (given the array's indent).
    func write(
        path: String, summary: Summary, alone: Bool, indent: Int, to output: inout OutputBuffer,
        matches: (inout OutputBuffer, Int) -> Void
    ) {
        let summary = Self.summary(summary)
        let inner = indent + 2
        output.append(literal: "{\n")
        if alone {
            output.appendJSONKey("enmienda", indent: inner)
            JSONValue.object([("path", .string(path)), ("summary", summary)])
                .write(into: &output, indent: inner)
            output.append(literal: ",\n")
        }
        output.appendJSONKey("language", indent: inner)
        Self.language.write(into: &output, indent: inner)
        output.append(literal: ",\n")
        output.appendJSONKey("matches", indent: inner)
        matches(&output, inner)
        output.append(literal: ",\n")
        if !alone {
            output.appendJSONKey("path", indent: inner)
            output.appendJSON(path)
            output.append(literal: ",\n")
        }
        output.appendJSONKey("software", indent: inner)
        Self.software.write(into: &output, indent: inner)
        output.append(literal: ",\n")
        if !alone {
            output.appendJSONKey("summary", indent: inner)
            summary.write(into: &output, indent: inner)
            output.append(literal: ",\n")
        }
        output.appendJSONKey("warnings", indent: inner)
        JSONValue.object([("incompleteResults", .bool(false))]).write(into: &output, indent: inner)
        output.append(literal: "\n")
        output.appendSpaces(indent)
        output.append(UInt8(ascii: "}"))
    }

    /// LanguageTool's `software` object.
    static var software: JSONValue {
        .object([
            ("apiVersion", .int(1)), ("buildDate", .string(EnmiendaVersion.date)), ("name", .string("Enmienda")),
            ("premium", .bool(false)), ("status", .string("")), ("version", .string(EnmiendaVersion.current)),
        ])
    }

    /// LanguageTool's `language` object: Spanish, detected with certainty.
    static let language = JSONValue.object([
        ("code", .string("es")),
        (
            "detectedLanguage",
            .object([("code", .string("es")), ("confidence", .double(1)), ("name", .string("Spanish"))])
        ),
        ("name", .string("Spanish")),
    ])

    /// A summary object: counts by severity and category, and the quality score rounded to
    /// two decimals.
    static func summary(_ summary: Summary) -> JSONValue {
        let round = { (value: Double) in JSONValue.double((value * 100).rounded() / 100) }
        return .object([
            ("documents", .int(summary.documents)), ("words", .int(summary.words)),
            ("findings", .int(summary.findings)),
            ("bySeverity", .object(summary.findingsBySeverity.map { ($0.key.rawValue, .int($0.value)) })),
            ("byCategory", .object(summary.findingsByCategory.map { ($0.key.rawValue, .int($0.value)) })),
            (
                "mqm",
                .object([
                    ("score", round(summary.quality.score)),
                    ("penaltyPerThousandWords", round(summary.quality.penaltyPerThousandWords)),
                ])
            ),
        ])
    }

    /// The span of a match in its context, as LanguageTool gives it.
    struct Context {
        /// The context's bytes in the document (UTF-8 byte offsets, on scalar boundaries).
        var bytes: Range<Int>
        /// In UTF-16 code units.
        var offset: Int
        /// In UTF-16 code units.
        var length: Int
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
        return Context(
            bytes: start..<end, offset: TextOffsets.utf16Count(bytes, start..<finding.byteRange.lowerBound),
            length: finding.matchedText.utf16.count)
    }

    static func shortMessage(_ category: IssueCategory) -> String {
        switch category {
        case .mistranslation: "Mistranslation"
        case .untranslated: "Untranslated"
        case .terminology: "Terminology"
        default: name(category)
        }
    }

    /// The category's name as LanguageTool writes it: its words, the first capitalized
    /// (`style-guide`: "Style guide"). Worked out once per category, not per match.
    static func name(_ category: IssueCategory) -> String {
        labels.first { $0.category == category }?.name ?? spelledName(category)
    }

    /// The category's id as LanguageTool writes it (`STYLE-GUIDE`), once per category.
    static func id(_ category: IssueCategory) -> String {
        labels.first { $0.category == category }?.id ?? category.rawValue.uppercased()
    }

    /// Each category with its id and name, found by comparing cases: a dictionary hashed
    /// the category's raw string for every match.
    private static let labels = IssueCategory.allCases.map {
        (category: $0, id: $0.rawValue.uppercased(), name: spelledName($0))
    }

    private static func spelledName(_ category: IssueCategory) -> String {
        let words = category.rawValue.split(separator: "-")
        return words.enumerated().map { $0.offset == 0 ? $0.element.capitalized : String($0.element) }.joined(
            separator: " ")
    }
}
