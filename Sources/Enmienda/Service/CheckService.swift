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

    /// The glossary compiled for the other varieties requests ask for.
    private let varieties: VarietyAligners

    /// The path a request's text is reported under (`enmienda.path`).
    public static let documentPath = "request"

    /// Creates a service over a compiled glossary; its variety is the one checked unless
    /// a request names another (``CheckRequest/variety``).
    public init(aligner: Aligner, weights: QualityScore.Weights = .standard) {
        self.aligner = aligner
        self.weights = weights
        varieties = VarietyAligners(base: aligner)
    }

    /// The findings in `text` for `variety` (`nil`: the service's), those its ignore
    /// markers silence and those `rules` leave out removed.
    ///
    /// - Complexity: that of ``Aligner/align(_:)``, O(*n*) in the text's bytes; the first
    ///   request for a variety also compiles the glossary for it.
    public func alignment(
        of text: String, variety: SpanishVariety? = nil, rules: RuleSelection = RuleSelection()
    ) -> Alignment {
        let aligner = varieties.aligner(for: variety)
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
    /// code units of the request's whole text (markup included), with at most
    /// `maximumMatches` matches, the first ones; when there are more, the answer says so
    /// with `warnings.incompleteResults` (`enmienda.summary` counts them all).
    public func check(_ request: CheckRequest, maximumMatches: Int = .max) -> Answer {
        let alignment = alignment(of: request.text.checkedText, variety: request.variety, rules: request.rules)
        return Answer(
            json: answer(for: alignment, request: request, maximumMatches: maximumMatches),
            matches: alignment.findings.count)
    }

    /// The answer of `POST /enmienda/fix`: `text` with the top suggestion of every
    /// finding `rules` keep applied for `variety` (`nil`: the service's), the bytes
    /// `enmienda fix` writes for it.
    public func fix(_ text: String, variety: SpanishVariety? = nil, rules: RuleSelection = RuleSelection()) -> [UInt8] {
        let alignment = alignment(of: text, variety: variety, rules: rules)
        return TextEdit.apply(alignment.edits, to: alignment.document.bytes)
    }

    /// The HTML review page of `text` (``HTMLReporter``), as `check --format html` makes
    /// it for a file.
    public func reviewPage(for text: String) -> String {
        HTMLReporter(weights: weights, workingDirectory: nil).report([alignment(of: text)])
    }
}
