extension Review.Document {
    /// ``outcome(of:)-(TextDocument)`` for an article in any format: in a bilingual or
    /// markup file each accepted finding is applied to its segment, its replacement escaped
    /// for the format and written around the tags inside it (see
    /// ``TextSegment/fileEdits(replacing:with:)``), every other byte kept.
    ///
    /// A finding is at its recorded place when its segment still has its text (the
    /// segment's hash, or the file's, is the review's) or reads its words in its sentence
    /// there. Otherwise it is looked for again in the segment with its id, by its words
    /// inside its sentence (see ``outcome(of:)-(TextDocument)``); a finding whose segment is
    /// gone or no longer reads it so is skipped.
    ///
    /// - Throws: ``InputError`` located in the article when a finding has no segment (a
    ///   version 1 export of a bilingual file), when none of the review's findings is found
    ///   in a changed file, or when findings of an unchanged file overlap.
    public func outcome(of article: Article) throws(InputError) -> Review.Outcome {
        guard let segmented = article.segmented else { return try outcome(of: article.document) }
        let document = article.document
        let unchanged = contentHash == document.contentHash
        let index = segmented.segmentIndex
        let sorted = items.sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
        var references: [(position: Int, reference: SegmentReference)?] = []
        for item in sorted {
            guard let reference = item.segment else {
                throw InputError(
                    SourceLocation(path: document.path, line: item.line, column: item.column),
                    "the review gives no segment for this finding in a \(segmented.format) file: export the review again with this version of Enmienda"
                )
            }
            references.append(index[reference.id].map { ($0, reference) })
        }
        var places: [SegmentPlace?] = zip(sorted, references).map { item, found in
            guard let (position, reference) = found else { return nil }
            let text = segmented.segments[position].text
            let range = reference.byteOffset..<(reference.byteOffset + reference.byteLength)
            guard range.upperBound <= text.count, text[range].elementsEqual(item.matchedText.utf8) else { return nil }
            let same =
                item.segmentTextHash.map { $0 == TextDocument(validated: text, path: "").contentHash } ?? unchanged
            var here = item
            here.byteRange = range
            guard same || ReviewSentence(item.sentence).surrounds(here, in: text) else { return nil }
            return SegmentPlace(segment: position, range: range)
        }
        var anchoring = ReviewAnchoring()
        let readsAny = ReviewAnchoring.findAgain(
            sorted, places: &places,
            key: { [$0.segment?.id ?? "", $0.matchedText, $0.sentence].joined(separator: "\u{1F}") }
        ) { item in
            guard let id = item.segment?.id, let position = index[id] else { return [] }
            return anchoring.places(of: item, in: segmented.segments[position].text).map {
                SegmentPlace(segment: position, range: $0)
            }
        }
        try refuseUnrelated(document, readsAny: readsAny, unchanged: unchanged)
        let lines = LineIndex(document.bytes)
        var replacements: [(Range<Int>, String)] = []
        var owners: [Int] = []
        var accepted: [Review.Item] = []
        var held: [Review.Item] = []
        var skipped: [Review.Item] = []
        var moved = 0
        var end = 0
        let found = zip(sorted, zip(references, places)).compactMap {
            item, pair -> (Review.Item, SegmentPlace, Bool)? in
            guard let place = pair.1, let reference = pair.0?.reference else {
                if item.decision == .accepted { skipped.append(item) }
                return nil
            }
            let segment = segmented.segments[place.segment]
            var item = item
            let fileRange = segment.fileRange(ofTextRange: place.range)
            let isMoved = place.range.lowerBound != reference.byteOffset
            if isMoved {
                item.byteRange = fileRange
                (item.line, item.column) = lines.position(of: fileRange.lowerBound, in: document.bytes)
            }
            return (item, place, isMoved)
        }
        for (item, place, isMoved) in found.sorted(by: { $0.0.byteRange.lowerBound < $1.0.byteRange.lowerBound }) {
            if isMoved { moved += 1 }
            guard item.decision == .accepted else { continue }
            if (item.manualCheck != nil && !item.isDecided) || item.needsTypedReplacement || item.hasEmptyReplacement {
                held.append(item)
                continue
            }
            let segment = segmented.segments[place.segment]
            let fileRange = segment.fileRange(ofTextRange: place.range)
            guard fileRange.lowerBound >= end else {
                if unchanged {
                    throw InputError(
                        SourceLocation(path: document.path, line: item.line, column: item.column),
                        "this finding overlaps another")
                }
                skipped.append(item)
                continue
            }
            end = fileRange.upperBound
            for edit in segment.fileEdits(replacing: place.range, with: item.replacement) {
                replacements.append(edit)
                owners.append(accepted.count)
            }
            accepted.append(item)
        }
        let edits = Corrections.edits(for: replacements, in: document.bytes)
        var failed = Set<Int>()
        for (owner, edit) in zip(owners, edits) where edit == nil { failed.insert(owner) }
        // A finding is applied whole or not at all.
        let kept = zip(owners, edits).map { failed.contains($0) ? nil : $1 }
        return Review.Outcome(
            bytes: TextEdit.apply(kept, to: document.bytes),
            unapplied: held + accepted.indices.filter { failed.contains($0) }.map { accepted[$0] }, skipped: skipped,
            moved: moved)
    }

    /// ``outcome(of:)-(Article)``'s bytes and the accepted findings it did not apply,
    /// unapplied and skipped together.
    ///
    /// - Throws: ``InputError`` as ``outcome(of:)-(Article)`` does.
    public func corrections(of article: Article) throws(InputError) -> (bytes: [UInt8], unapplied: [Review.Item]) {
        let outcome = try outcome(of: article)
        return (outcome.bytes, outcome.unapplied + outcome.skipped)
    }
}

/// Where a reviewed finding is in a segmented file: its segment (an index in the file's
/// segments) and its bytes in the segment's text.
private struct SegmentPlace: Hashable {
    var segment: Int
    var range: Range<Int>
}
