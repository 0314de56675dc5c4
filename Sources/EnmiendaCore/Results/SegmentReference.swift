/// Where a finding is in a bilingual file's segment: the unit it belongs to, its place in
/// the segment's text and the English the segment translates.
public struct SegmentReference: Hashable, Sendable {
    /// The unit's identifier: a translation unit's `id` (XLIFF, TMX), a PO entry's
    /// `msgid`, a subtitle cue's number, or `line N` / `sentence N` for plain bitext.
    public var id: String
    /// The finding's start in the segment's text (markup left out, escapes decoded), in
    /// UTF-8 bytes.
    public var byteOffset: Int
    /// The finding's length in the segment's text, in UTF-8 bytes.
    public var byteLength: Int
    /// The segment's text (the target, as checked).
    public var text: String
    /// The source segment, when the file pairs one with it.
    public var source: String?

    /// Creates a reference.
    public init(id: String, byteOffset: Int, byteLength: Int, text: String, source: String?) {
        self.id = id
        self.byteOffset = byteOffset
        self.byteLength = byteLength
        self.text = text
        self.source = source
    }
}
