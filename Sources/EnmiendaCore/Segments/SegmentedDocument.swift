/// A file whose checkable text is a list of segments: the targets of an XLIFF or TMX file,
/// the `msgstr` strings of a PO catalogue, the cues of a subtitle file, the text of an
/// HTML page, or the lines of a bitext paired with their source.
///
/// Findings are reported at offsets into ``document``'s bytes (the whole file), with a
/// ``SegmentReference`` that says where they are in their segment; corrections are
/// spliced into those bytes, so everything outside the corrected words is kept byte for
/// byte.
public struct SegmentedDocument: Hashable, Sendable {
    /// The whole file.
    public var document: TextDocument
    /// The format's name, for messages (`XLIFF 1.2`, `PO`, `SRT`…).
    public var format: String
    /// The target segments, in file order; their file ranges do not overlap.
    public var segments: [TextSegment]

    /// Creates a segmented document. Ids are made unique in file order: a second segment
    /// with id `1` (XLIFF ids need only be unique within a `<file>`) becomes `1 (2)`, so that
    /// a review finds each segment again by its id.
    public init(document: TextDocument, format: String, segments: [TextSegment]) {
        self.document = document
        self.format = format
        var seen: [String: Int] = [:]
        var taken = Set(segments.map(\.id))
        self.segments = segments.map { segment in
            var unique = segment
            let count = seen[segment.id, default: 0] + 1
            seen[segment.id] = count
            guard count > 1 else { return unique }
            var number = count
            while taken.contains("\(segment.id) (\(number))") { number += 1 }
            unique.id = "\(segment.id) (\(number))"
            taken.insert(unique.id)
            return unique
        }
    }

    /// The segment with `id`, or `nil` (the first one, if several share it).
    ///
    /// - Complexity: O(n); for many lookups, use ``segmentIndex``.
    public func segment(withID id: String) -> TextSegment? {
        segments.first { $0.id == id }
    }

    /// The index in ``segments`` of the first segment with each id.
    public var segmentIndex: [String: Int] {
        var index: [String: Int] = [:]
        for (position, segment) in segments.enumerated() where index[segment.id] == nil { index[segment.id] = position }
        return index
    }

    /// The file edits that replace text bytes `range` of the segment `id` by `text` (see
    /// ``TextSegment/fileEdits(replacing:with:)``), or `nil` if there is no such segment
    /// or the range is outside its text.
    public func fileEdits(inSegment id: String, replacing range: Range<Int>, with text: String) -> [(
        Range<Int>, String
    )]? {
        guard let segment = segment(withID: id), range.lowerBound >= 0, range.upperBound <= segment.text.count else {
            return nil
        }
        return segment.fileEdits(replacing: range, with: text)
    }
}
