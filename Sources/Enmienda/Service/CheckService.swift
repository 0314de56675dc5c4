import Foundation

/// What the LanguageTool-compatible server answers, with no HTTP in it: one compiled
/// glossary (an ``Aligner``) checking the texts of requests.
///
/// A check is `enmienda check` on the request's text, ignore markers applied: the answer
/// is ``JSONReporter``'s for one document (the same schema, the same `enmienda` key),
/// with LanguageTool's `language` object for the language asked and, for annotated
/// text, offsets into the whole text (``AnnotatedText``). A fix is the bytes `enmienda
/// fix` writes for the same text.
public struct CheckService: Sendable {
    /// The compiled glossary.
    public let aligner: Aligner
    /// The penalties of the quality score in the `enmienda` summary.
    public var weights: QualityScore.Weights

    /// The path a request's text is reported under (`enmienda.path`).
    public static let documentPath = "request"

    /// Creates a service over a compiled glossary.
    public init(aligner: Aligner, weights: QualityScore.Weights = .standard) {
        self.aligner = aligner
        self.weights = weights
    }

    /// The findings in `text`, those its ignore markers silence and those `rules` leave
    /// out removed.
    ///
    /// - Complexity: that of ``Aligner/align(_:)``, O(*n*) in the text's bytes.
    public func alignment(of text: String, rules: RuleSelection = RuleSelection()) -> Alignment {
        let aligned = aligner.align(TextDocument(text, path: Self.documentPath))
        return rules.applied(to: aligner.applyingIgnoreMarkers(aligned).alignment)
    }

    /// The answer of `POST /v2/check`.
    public struct Answer: Sendable {
        /// LanguageTool's JSON response.
        public var json: [UInt8]
        /// How many matches it has.
        public var matches: Int
    }

    /// The answer of `POST /v2/check`: LanguageTool's JSON response, offsets in UTF-16
    /// code units of the request's whole text (markup included).
    public func check(_ request: CheckRequest) -> Answer {
        let alignment = alignment(of: request.text.checkedText, rules: request.rules)
        return Answer(json: json(for: alignment, request: request), matches: alignment.findings.count)
    }

    /// ``JSONReporter``'s report of `alignment`, answered for `request`.
    private func json(for alignment: Alignment, request: CheckRequest) -> [UInt8] {
        let report = Array(JSONReporter(weights: weights).report([alignment]).utf8)
        guard var response = (try? JSONSerialization.jsonObject(with: Data(report))) as? [String: Any] else {
            return report
        }
        response["language"] = Self.language(request)
        if !request.text.isPlain, let matches = response["matches"] as? [[String: Any]] {
            let original = Array(request.text.originalText.utf8)
            let lines = LineIndex(original)
            response["matches"] = matches.map { Self.remapped($0, in: request.text, lines: lines, original: original) }
        }
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: response, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return report }
        return Array(data) + [0x0A]
    }

    /// The answer of `POST /enmienda/fix`: `text` with the top suggestion of every
    /// finding `rules` keep applied, the bytes `enmienda fix` writes for it.
    public func fix(_ text: String, rules: RuleSelection = RuleSelection()) -> [UInt8] {
        let alignment = alignment(of: text, rules: rules)
        return TextEdit.apply(alignment.edits, to: alignment.document.bytes)
    }

    /// The HTML review page of `text` (``HTMLReporter``), as `check --format html` makes
    /// it for a file.
    public func reviewPage(for text: String) -> String {
        HTMLReporter(weights: weights, workingDirectory: nil).report([alignment(of: text)])
    }

    /// LanguageTool's `language` object for the language asked, Spanish detected.
    private static func language(_ request: CheckRequest) -> [String: Any] {
        let detected = LanguageList.languages[0]
        return [
            "name": request.language.name, "code": request.language.longCode,
            "detectedLanguage": [
                "name": detected.name, "code": detected.longCode, "confidence": 1.0, "source": "enmienda",
            ] as [String: Any],
        ]
    }

    /// `match` with its offsets, line and column in the whole text (`original`, whose
    /// `lines` are indexed once for all the matches).
    private static func remapped(
        _ match: [String: Any], in text: AnnotatedText, lines: LineIndex, original: [UInt8]
    ) -> [String: Any] {
        var match = match
        for (offsetKey, lengthKey, unit) in [
            ("offset", "length", AnnotatedText.Unit.utf16), ("codePointOffset", "codePointLength", .scalars),
            ("byteOffset", "byteLength", .bytes),
        ] {
            guard let offset = match[offsetKey] as? Int, let length = match[lengthKey] as? Int else { continue }
            let start = text.originalOffset(of: offset, in: unit, isEnd: false)
            let end = max(start, text.originalOffset(of: offset + length, in: unit, isEnd: true))
            match[offsetKey] = start
            match[lengthKey] = end - start
        }
        if let byteOffset = match["byteOffset"] as? Int, byteOffset <= original.count {
            let position = lines.position(of: byteOffset, in: original)
            match["line"] = position.line
            match["column"] = position.column
        }
        return match
    }
}
