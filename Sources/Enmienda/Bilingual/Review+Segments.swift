extension Review.Document {
    /// ``corrections(of:)`` for an article in any format: in a bilingual or markup file
    /// each accepted finding is applied to its segment, its replacement escaped for the
    /// format and written around the tags inside it (see
    /// ``TextSegment/fileEdits(replacing:with:)``), every other byte kept.
    ///
    /// - Throws: ``InputError`` located in the article when the review's content hash is
    ///   not the article's, a finding has no segment (a version 1 export of a bilingual
    ///   file), its segment is missing or no longer reads what was reviewed, or findings
    ///   overlap.
    public func corrections(of article: Article) throws(InputError) -> (bytes: [UInt8], unapplied: [Review.Item]) {
        guard let segmented = article.segmented else { return try corrections(of: article.document) }
        let document = article.document
        if let contentHash, contentHash != document.contentHash {
            throw InputError(
                SourceLocation(path: document.path, line: 1, column: 1),
                "the article changed since the review was exported (content hash \(contentHash), now \(document.contentHash)): check it again and review the new export"
            )
        }
        let index = segmented.segmentIndex
        var replacements: [(Range<Int>, String)] = []
        var owners: [Int] = []
        var accepted: [Review.Item] = []
        var held: [Review.Item] = []
        var end = 0
        for item in items.sorted(by: { $0.byteRange.lowerBound < $1.byteRange.lowerBound }) {
            let here = SourceLocation(path: document.path, line: item.line, column: item.column)
            guard let reference = item.segment else {
                throw InputError(
                    here,
                    "the review gives no segment for this finding in a \(segmented.format) file: export the review again with this version of Enmienda"
                )
            }
            guard let position = index[reference.id] else {
                throw InputError(here, "the article changed since the review: it has no segment ‘\(reference.id)’")
            }
            let segment = segmented.segments[position]
            let range = reference.byteOffset..<(reference.byteOffset + reference.byteLength)
            guard range.upperBound <= segment.text.count,
                segment.text[range].elementsEqual(item.matchedText.utf8),
                item.segmentTextHash.map({ $0 == TextDocument(validated: segment.text, path: "").contentHash })
                    ?? (contentHash != nil)
            else {
                throw InputError(
                    here,
                    "the article changed since the review: segment ‘\(reference.id)’ no longer reads “\(item.matchedText)” where it was reviewed"
                )
            }
            guard item.decision == .accepted else { continue }
            if (item.manualCheck != nil && !item.isDecided) || item.needsTypedReplacement || item.hasEmptyReplacement {
                held.append(item)
                continue
            }
            let fileRange = segment.fileRange(ofTextRange: range)
            guard fileRange.lowerBound >= end else { throw InputError(here, "this finding overlaps another") }
            end = fileRange.upperBound
            for edit in segment.fileEdits(replacing: range, with: item.replacement) {
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
        return (
            TextEdit.apply(kept, to: document.bytes),
            held + accepted.indices.filter { failed.contains($0) }.map { accepted[$0] }
        )
    }
}
