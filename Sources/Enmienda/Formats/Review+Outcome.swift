extension Review {
    /// What applying a review to one article gives: the corrected bytes, and the accepted
    /// findings it did not apply, each for its reason.
    public struct Outcome: Hashable, Sendable {
        /// The article with every accepted finding that was found replaced.
        public var bytes: [UInt8]
        /// Accepted findings found in the article but left as they are: their replacement
        /// is empty, has no room for the line breaks of the text it replaces (see
        /// `Alignment.correctedBytes`), or needs a manual check or typed words the review
        /// does not give (see ``Review/Item/needsTypedReplacement``).
        public var unapplied: [Item]
        /// Accepted findings not applied because the article changed since the review and
        /// they are not found again as reviewed: their words, or the sentence around them,
        /// were edited, or the sentence now occurs more often than it was found (see
        /// ``Review/Document/outcome(of:)-(TextDocument)``). Their line and column are where
        /// the review found them.
        public var skipped: [Item]
        /// How many findings were found again elsewhere than where the review recorded them
        /// (lines added or removed above them, their segment edited elsewhere).
        public var moved: Int
    }
}

extension Review.Document {
    /// Applies the review to a plain-text article.
    ///
    /// When the article is the one reviewed (its ``TextDocument/contentHash`` is the
    /// review's), each finding is at its recorded bytes. When it changed since (or the
    /// review records no hash), each finding is looked for again by its fingerprint: its
    /// matched text inside the sentence the review gives, at its recorded place or, with
    /// lines added or removed above, elsewhere (see `ReviewAnchoring` for the rule with
    /// repeated sentences); a finding not found so is skipped, never written over words
    /// that changed. Accepted findings are replaced by the reviewer's replacement.
    ///
    /// - Throws: ``InputError`` located in the article when the review has neither a
    ///   content hash nor a finding to verify it by, when none of the review's findings is
    ///   found in a changed article (it is not the article reviewed), or when findings of
    ///   an unchanged article overlap.
    public func outcome(of article: TextDocument) throws(InputError) -> Review.Outcome {
        let start = SourceLocation(path: article.path, line: 1, column: 1)
        if contentHash == nil && items.isEmpty {
            throw InputError(
                start, "the review has no content-hash and no findings: nothing shows it was made on this article")
        }
        let bytes = article.bytes
        let unchanged = contentHash == article.contentHash
        let sorted = items.sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
        var places: [Range<Int>?] = sorted.map { item in
            guard item.byteRange.upperBound <= bytes.count, bytes[item.byteRange].elementsEqual(item.matchedText.utf8),
                unchanged || ReviewSentence(item.sentence).surrounds(item, in: bytes)
            else { return nil }
            return item.byteRange
        }
        var anchoring = ReviewAnchoring()
        let readsAny = ReviewAnchoring.findAgain(
            sorted, places: &places, key: { $0.matchedText + "\u{1F}" + $0.sentence }
        ) {
            anchoring.places(of: $0, in: bytes)
        }
        try refuseUnrelated(article, readsAny: readsAny, unchanged: unchanged)
        let lines = LineIndex(bytes)
        var pieces: [(item: Review.Item, range: Range<Int>, replacement: String, moved: Bool)] = []
        for (item, place) in zip(sorted, places) {
            guard let place else { continue }
            var found = item
            if place != item.byteRange {
                found.byteRange = place
                (found.line, found.column) = lines.position(of: place.lowerBound, in: bytes)
            }
            pieces.append((found, place, found.replacement, place != item.byteRange))
        }
        var outcome = try Self.applying(
            pieces.sorted { $0.range.lowerBound < $1.range.lowerBound }, to: bytes, path: article.path,
            unchanged: unchanged)
        outcome.skipped += zip(sorted, places).compactMap { $1 == nil && $0.decision == .accepted ? $0 : nil }
        return outcome
    }

    /// Refuses a changed article that reads the words and sentence of none of the review's
    /// findings (`readsAny` false): it is not the article reviewed, or no longer reads
    /// anything the review decided on.
    func refuseUnrelated(_ article: TextDocument, readsAny: Bool, unchanged: Bool) throws(InputError) {
        guard !unchanged, !items.isEmpty, !readsAny else { return }
        throw InputError(
            SourceLocation(path: article.path, line: 1, column: 1),
            "the article changed since the review was exported (content hash \(contentHash ?? "none"), now \(article.contentHash)) and no finding of the review reads as reviewed (its words in its sentence): is it the article reviewed? check it again and review the new export"
        )
    }

    /// The accepted pieces applied to `bytes` in order (each a finding's bytes, its
    /// replacement and whether it moved), with the findings left unapplied; a finding that
    /// overlaps one before it is an error in an unchanged article and skipped in a changed
    /// one.
    static func applying(
        _ pieces: [(item: Review.Item, range: Range<Int>, replacement: String, moved: Bool)], to bytes: [UInt8],
        path: String, unchanged: Bool
    ) throws(InputError) -> Review.Outcome {
        var replacements: [(Range<Int>, String)] = []
        var accepted: [Review.Item] = []
        var held: [Review.Item] = []
        var skipped: [Review.Item] = []
        var end = 0
        for (item, range, replacement, _) in pieces where item.decision == .accepted {
            // A correction that needs a manual check is no default: fix leaves it too.
            if (item.manualCheck != nil && !item.isDecided) || item.needsTypedReplacement || item.hasEmptyReplacement {
                held.append(item)
                continue
            }
            guard range.lowerBound >= end else {
                if unchanged {
                    throw InputError(
                        SourceLocation(path: path, line: item.line, column: item.column),
                        "this finding overlaps another")
                }
                skipped.append(item)
                continue
            }
            end = range.upperBound
            replacements.append((range, replacement))
            accepted.append(item)
        }
        let edits = Corrections.edits(for: replacements, in: bytes)
        return Review.Outcome(
            bytes: TextEdit.apply(edits, to: bytes),
            unapplied: held + zip(accepted, edits).compactMap { $1 == nil ? $0 : nil }, skipped: skipped,
            moved: pieces.count { $0.moved })
    }
}
