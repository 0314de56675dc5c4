/// One occurrence of a known mistranslation in a text, with what to write instead.
///
/// A finding is a plain value: where the mistake is (line and column, and exact byte
/// and code-point offsets into the original file), which glossary entry it matches, the
/// suggestions in the case of the matched text, and the sentence before and after the
/// top suggestion is applied.
public struct Finding: Hashable, Sendable {
    /// The id of the glossary entry that matched.
    public var entryID: String
    /// The entry's ITS 2.0 issue type.
    public var category: IssueCategory
    /// The entry's severity.
    public var severity: Severity
    /// A one-line description of the mistake, naming the matched text and the English source.
    public var message: String
    /// The entry's explanation for the editor, if any.
    public var note: String?
    /// The English source term(s) of the entry.
    public var sourceTerms: [String]
    /// The text as it appears in the document.
    public var matchedText: String {
        didSet { folded = FoldedText() }
    }
    /// The replacements, best first, in the capitalization that fits the matched text.
    public var suggestions: [String]
    /// Line and column (in code points) of the first character of the match.
    public var location: SourceLocation
    /// The match's bytes in ``TextDocument/bytes`` (UTF-8 offsets into the original file).
    public var byteRange: Range<Int>
    /// The match's position in code points from the start of the file (a byte-order mark
    /// counts as one code point).
    public var scalarOffset: Int
    /// The match's length in code points.
    public var scalarLength: Int
    /// The sentence that contains the match, as it is in the document.
    public var sentence: String {
        didSet { folded = FoldedText() }
    }
    /// The sentence's bytes in the document.
    public var sentenceByteRange: Range<Int>
    /// The sentence with the top suggestion of this finding applied.
    public var correctedSentence: String
    /// Why the corrected sentence needs a person to check it, when the words that agree
    /// with the match are beyond what Enmienda can rewrite safely (*“destruida” may have to
    /// agree in number with the suggestion*); `nil` when the correction is complete.
    /// ``Alignment/correctedBytes`` leaves such a finding unapplied.
    public var manualCheck: String?
    /// The top suggestion as separate replacements, in text order, when it changes words
    /// apart from each other (the match and the words that agree with it: *todas las rondas
    /// de municiones fueron destruidas*); empty when it replaces ``byteRange`` as one. The
    /// bytes between pieces are kept as they are, so corrections keep the layout there.
    package var pieces: [Piece] = []
    /// Where the finding is in its segment, for a bilingual file (XLIFF, PO, TMX, subtitles,
    /// HTML, line-aligned bitext); `nil` for a plain article.
    public var segment: SegmentReference?
    /// For a finding in a segment: what each suggestion writes over ``byteRange`` in the
    /// file (escaped, the tags inside kept), in the order of ``suggestions``.
    package var segmentReplacements: [String]?
    /// ``sentence`` and ``matchedText`` folded, when the engine had them from the text's
    /// own tokens, so that ``fingerprint`` folds nothing again; empty for a finding made
    /// otherwise, and emptied when either string changes.
    package var folded = FoldedText()

    /// One replacement of a finding's top suggestion (UTF-8 byte offsets into the file).
    package struct Piece: Hashable, Sendable {
        package var byteRange: Range<Int>
        package var text: String
    }

    /// What correcting this finding replaces: its ``pieces``, or its whole range by its top
    /// suggestion.
    package var replacements: [(Range<Int>, String)] {
        pieces.isEmpty ? [(byteRange, topSuggestion)] : pieces.map { ($0.byteRange, $0.text) }
    }

    /// Creates a finding, for example to test a reporter of your own; the engine makes
    /// them with ``Aligner/align(_:source:)``.
    ///
    /// - Parameters:
    ///   - byteRange: UTF-8 byte offsets of the match in the document's bytes.
    ///   - scalarOffset: The match's start, in code points from the start of the file.
    ///   - scalarLength: The match's length, in code points.
    ///   - sentenceByteRange: UTF-8 byte offsets of the sentence; it contains `byteRange`.
    ///   - manualCheck: Why the correction must be checked by a person; `nil` if it need not.
    /// - Precondition: `suggestions` is not empty, and `sentenceByteRange` contains
    ///   `byteRange`.
    public init(
        entryID: String, category: IssueCategory, severity: Severity, message: String, note: String? = nil,
        sourceTerms: [String], matchedText: String, suggestions: [String], location: SourceLocation,
        byteRange: Range<Int>, scalarOffset: Int, scalarLength: Int, sentence: String, sentenceByteRange: Range<Int>,
        correctedSentence: String, manualCheck: String? = nil
    ) {
        precondition(!suggestions.isEmpty, "a finding has at least one suggestion")
        precondition(
            sentenceByteRange.lowerBound <= byteRange.lowerBound
                && byteRange.upperBound <= sentenceByteRange.upperBound,
            "a finding's sentence contains its match")
        self.entryID = entryID
        self.category = category
        self.severity = severity
        self.message = message
        self.note = note
        self.sourceTerms = sourceTerms
        self.matchedText = matchedText
        self.suggestions = suggestions
        self.location = location
        self.byteRange = byteRange
        self.scalarOffset = scalarOffset
        self.scalarLength = scalarLength
        self.sentence = sentence
        self.sentenceByteRange = sentenceByteRange
        self.correctedSentence = correctedSentence
        self.manualCheck = manualCheck
    }

    /// The replacement that corrections apply: the first suggestion.
    public var topSuggestion: String { suggestions[0] }
}

extension Finding {
    /// A finding whose top suggestion is applied as `pieces` (see ``pieces``).
    package init(
        entryID: String, category: IssueCategory, severity: Severity, message: String, note: String?,
        sourceTerms: [String], matchedText: String, suggestions: [String], location: SourceLocation,
        byteRange: Range<Int>, scalarOffset: Int, scalarLength: Int, sentence: String, sentenceByteRange: Range<Int>,
        correctedSentence: String, manualCheck: String?, pieces: [Piece]
    ) {
        self.init(
            entryID: entryID, category: category, severity: severity, message: message, note: note,
            sourceTerms: sourceTerms, matchedText: matchedText, suggestions: suggestions, location: location,
            byteRange: byteRange, scalarOffset: scalarOffset, scalarLength: scalarLength, sentence: sentence,
            sentenceByteRange: sentenceByteRange, correctedSentence: correctedSentence, manualCheck: manualCheck)
        self.pieces = pieces
    }
}
