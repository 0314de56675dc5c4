/// A finding as the scan decides it, before it is written out: which entry, which bytes,
/// and what to write instead.
///
/// Making a ``Finding`` costs far more than deciding one (its message, line and column,
/// code-point offsets, and its sentence before and after the correction, as strings), and
/// a count needs none of it: ``SuggestionEngine/draft(for:variant:)`` makes drafts, and
/// ``SuggestionEngine/finding(from:)`` only the findings a report writes.
struct FindingDraft: Sendable {
    /// The index of the entry in the glossary.
    var entryIndex: Int
    /// What correcting replaces, grown over the words that agree with the match (UTF-8
    /// byte offsets into the document).
    var byteRange: Range<Int>
    /// The matched words alone, as the message quotes them (UTF-8 byte offsets).
    var matchRange: Range<Int>
    /// The sentence of the match, clipped around it when it is very long (UTF-8 byte
    /// offsets; it contains ``byteRange``).
    var sentenceByteRange: Range<Int>
    /// The tokens of ``byteRange`` (indices into the chunk's ``TokenizedText/tokens``).
    var tokens: ClosedRange<Int>
    /// The tokens of the sentence before it is clipped (indices into the same tokens).
    var sentenceTokens: Range<Int>
    /// The replacements of ``byteRange``, best first, never empty.
    var suggestions: [String]
    /// Why the corrected sentence needs a person to check it, if it does.
    var manualCheck: String?
    /// The top suggestion as separate replacements (see ``Finding/pieces``).
    var pieces: [Finding.Piece]
}
