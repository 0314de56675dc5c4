/// The edits of a document's findings (``Alignment/edits``) when the findings come a batch
/// at a time (see ``Aligner/align(_:source:chunksPerBatch:_:)``): the same edits as for
/// all the findings at once, holding back only the last finding that has a replacement
/// (its edit may take the spaces up to the next replacement, which the next batch tells).
///
/// ```swift
/// var stream = EditStream(document: document)
/// aligner.align(document) { batch in
///     for (finding, edit) in stream.add(batch.findings) { … }
/// }
/// for (finding, edit) in stream.finish() { … }
/// ```
package struct EditStream {
    private let bytes: [UInt8]
    /// The findings whose edits are not known yet: the last with a replacement, and those
    /// after it (which have none).
    private var pending: [Finding] = []
    /// Where the last edit handed out ends.
    private var after = 0

    /// A stream of edits over `document`'s bytes.
    package init(document: TextDocument) {
        bytes = document.bytes
    }

    /// Adds `findings`, the next ones in text order, and returns those whose edits are now
    /// known, in text order, each with its edit (`nil`: left as it is, as in
    /// ``Alignment/edits``).
    package mutating func add(_ findings: [Finding]) -> [(finding: Finding, edit: TextEdit?)] {
        // Taken over whole when nothing waits (most batches): no copy.
        if pending.isEmpty { pending = findings } else { pending += findings }
        guard let last = pending.lastIndex(where: { $0.manualCheck == nil && !$0.replacements.isEmpty }) else {
            // No replacement: no edit, and nothing that waits for the next batch.
            defer { pending = [] }
            return pending.map { ($0, nil) }
        }
        let before = pending[last].replacements.map(\.0.lowerBound).min() ?? bytes.count
        let (edits, end) = Alignment.edits(of: pending[..<last], in: bytes, after: after, before: before)
        after = end
        let done = Array(zip(pending[..<last], edits))
        // No slice of `pending` is alive here: its first `last` findings are removed in
        // place rather than copying the rest to a new buffer.
        pending.removeFirst(last)
        return done
    }

    /// The findings still held back, each with its edit: call it once the last batch has
    /// been added.
    package mutating func finish() -> [(finding: Finding, edit: TextEdit?)] {
        let (edits, end) = Alignment.edits(of: pending[...], in: bytes, after: after, before: bytes.count)
        after = end
        defer { pending = [] }
        return Array(zip(pending, edits))
    }
}
