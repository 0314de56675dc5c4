/// What reports write of a finding's segment: a hash of its text instead of the text, and
/// its source cut to a bound, so that a report grows with its findings, never with their
/// product with the segment's length (a 60 KB target with 5,000 findings).
enum SegmentExcerpt {
    /// The longest source segment a report writes whole, in characters.
    static let sourceLimit = 2_000

    /// `source` whole, or its first ``sourceLimit`` characters and an ellipsis.
    static func source(_ source: String) -> String {
        source.count <= sourceLimit ? source : String(source.prefix(sourceLimit - 1)) + "…"
    }

    /// The hash of the segment's text (16 hex digits, as ``TextDocument/contentHash``): what a
    /// review compares to tell that the segment is still the one reviewed.
    static func textHash(_ segment: SegmentReference) -> String {
        TextDocument(segment.text).contentHash
    }
}
