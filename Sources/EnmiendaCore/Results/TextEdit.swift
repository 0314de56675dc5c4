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

    /// `bytes` with `edits` applied (UTF-8 offsets into `bytes`; `nil` ones skipped, as
    /// ``Alignment/edits`` gives them). The edits must not overlap; bytes outside them are
    /// copied unchanged.
    public static func apply(_ edits: [TextEdit?], to bytes: [UInt8]) -> [UInt8] {
        let ordered = edits.compactMap { $0 }.sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64 * ordered.count)
        var position = 0
        for edit in ordered {
            precondition(
                edit.byteRange.lowerBound >= position && edit.byteRange.upperBound <= bytes.count, "overlapping edits")
            output.append(contentsOf: bytes[position..<edit.byteRange.lowerBound])
            output.append(contentsOf: edit.replacement)
            position = edit.byteRange.upperBound
        }
        output.append(contentsOf: bytes[position...])
        return output
    }
}
