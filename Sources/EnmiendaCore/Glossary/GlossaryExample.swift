/// A sentence attached to a glossary entry that documents it and tests it.
///
/// An incorrect example must be flagged and, with every top suggestion applied,
/// become exactly ``corrected``; a correct example must not be flagged at all.
public struct GlossaryExample: Hashable, Sendable {
    /// The sentence as written in the glossary.
    public var text: String
    /// The expected sentence after correction, for an incorrect example; `nil` for a
    /// sentence that must not be flagged.
    public var corrected: String?
    /// Where the example is written in the glossary.
    public var location: SourceLocation
    /// The span that must be flagged (UTF-8 offsets in ``text``), when the example marks
    /// it with `<marker>`.
    public var markedRange: Range<Int>?
    /// The suggestions the finding must offer, in order, when the example lists them.
    public var expectedSuggestions: [String]?
    /// The English sentence the example translates, for entries that need the source.
    public var source: String?

    /// Whether this is an example of the mistake (it has an expected correction).
    public var isIncorrect: Bool { corrected != nil }

    /// Creates an example. Pass `corrected: nil` for a sentence that must not be flagged.
    public init(
        text: String, corrected: String?, location: SourceLocation, markedRange: Range<Int>? = nil,
        expectedSuggestions: [String]? = nil, source: String? = nil
    ) {
        self.text = text
        self.corrected = corrected
        self.location = location
        self.markedRange = markedRange
        self.expectedSuggestions = expectedSuggestions
        self.source = source
    }
}
