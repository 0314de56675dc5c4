/// One change to a text: the bytes at ``byteRange`` (UTF-8 offsets into the original
/// text) replaced by ``replacement`` (UTF-8 bytes).
///
/// The edit of a finding is its top suggestion laid out as the text's lines ask (see
/// ``Alignment/edits``): its range may extend past the matched words over the spaces
/// beside them, when a line break from inside the match takes their place.
public struct TextEdit: Hashable, Sendable {
    /// The bytes replaced, as offsets into the original text.
    public var byteRange: Range<Int>
    /// What replaces them, as UTF-8 bytes.
    public var replacement: [UInt8]

    /// Creates an edit.
    public init(byteRange: Range<Int>, replacement: [UInt8]) {
        self.byteRange = byteRange
        self.replacement = replacement
    }
}
