/// A piece of a document that is aligned on its own, so that long documents are
/// aligned in bounded memory and on several cores (see ``Aligner/align(_:)``).
///
/// The findings and the words that start in ``range`` are the chunk's. Where a cut falls
/// inside a sentence (see ``ChunkBoundary``), the text the chunk reads, ``scanned``,
/// reaches past it on both sides (see ``ChunkBoundary/context(around:in:within:)``): a
/// phrase across the cut is found by the chunk where it starts, the other one drops it,
/// and its sentence reads as in the whole text. What is found then does not depend on
/// where the cuts fall.
package struct AlignmentChunk: Sendable, Equatable {
    /// The part of the document that is this chunk's, in byte offsets into its bytes.
    package var range: Range<Int>
    /// The part of the document this chunk reads, in byte offsets into its bytes: `range`
    /// and the context around its cuts.
    package var scanned: Range<Int>

    /// The chunk at `range` of `bytes`, with the context around its cuts within `limits`
    /// (the part of `bytes` that is text).
    package init(range: Range<Int>, in bytes: [UInt8], within limits: Range<Int>) {
        self.init(
            range: range, before: ChunkBoundary.context(around: range.lowerBound, in: bytes, within: limits),
            after: ChunkBoundary.context(around: range.upperBound, in: bytes, within: limits))
    }

    /// The chunk at `range`, given the contexts around its first and its last cut (each
    /// contains its cut).
    private init(range: Range<Int>, before: Range<Int>, after: Range<Int>) {
        self.range = range
        scanned = before.lowerBound..<after.upperBound
    }

    /// `document`'s text cut into chunks of about `target` bytes between sentences (see
    /// ``ChunkBoundary/end(in:from:target:)``), in text order. The context around each
    /// cut is found once, for the chunks on both sides of it.
    package static func chunks(of document: TextDocument, target: Int) -> [AlignmentChunk] {
        let bytes = document.bytes
        let limits = document.contentStart..<bytes.count
        var chunks: [AlignmentChunk] = []
        var start = limits.lowerBound
        var before = ChunkBoundary.context(around: start, in: bytes, within: limits)
        while start < bytes.count {
            let end = ChunkBoundary.end(in: bytes, from: start, target: target)
            let after = ChunkBoundary.context(around: end, in: bytes, within: limits)
            chunks.append(AlignmentChunk(range: start..<end, before: before, after: after))
            (start, before) = (end, after)
        }
        return chunks
    }

    /// Whether what starts at `offset` (a byte offset into the document) is this chunk's.
    @inline(__always)
    package func owns(_ offset: Int) -> Bool {
        range.contains(offset)
    }

    /// Whether the chunk reads past its own range.
    package var readsContext: Bool { scanned != range }
}
