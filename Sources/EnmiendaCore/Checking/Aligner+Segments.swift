extension Aligner {
    /// Finds every known mistranslation in the segments of a bilingual or markup file.
    ///
    /// Each segment is checked on its own text (markup left out, escapes decoded), with its
    /// source segment as the English for entries that need one (see ``SourceText``) and for
    /// key terms: a key term (``GlossaryEntry/approvedRenderings``) that the source says and
    /// the target does not render is a finding on the segment's first free word.
    /// Findings are then moved to the file: ``Finding/byteRange``, ``Finding/location`` and
    /// the code-point offsets index the whole file, ``Finding/segment`` says where they are
    /// in their segment, and their corrections are written in the file's escaping, around
    /// its tags (see ``TextSegment/fileEdits(replacing:with:)``).
    ///
    /// - Complexity: O(n) in the length of the file.
    public func align(_ segmented: SegmentedDocument) -> Alignment {
        let aligner = singleThreaded
        let path = segmented.document.path
        let results = segmented.segments.parallelMap(concurrency: options.concurrency) { segment in
            segment.text.isEmpty
                ? Alignment(document: TextDocument(validated: [], path: path), findings: [], wordCount: 0)
                : aligner.align(segmentText: TextDocument(validated: segment.text, path: path), source: segment.source)
        }
        let bytes = segmented.document.bytes
        let lines = LineIndex(bytes)
        var findings: [Finding] = []
        for (segment, result) in zip(segmented.segments, results) {
            // One string for all the findings of a segment: its storage is shared, not copied.
            let text = result.findings.isEmpty ? "" : String(decoding: segment.text, as: UTF8.self)
            for finding in result.findings {
                findings.append(segment.moving(finding, text: text, in: bytes, lines: lines))
            }
        }
        return Alignment(
            document: segmented.document, findings: findings, wordCount: results.reduce(0) { $0 + $1.wordCount })
    }
}

extension TextSegment {
    /// `finding`, found in this segment's text (`text`, decoded), at its place in the file
    /// `bytes`.
    func moving(_ finding: Finding, text: String, in bytes: [UInt8], lines: LineIndex) -> Finding {
        var moved = finding
        let range = fileRange(ofTextRange: finding.byteRange)
        moved.byteRange = range
        let sentence = fileRange(ofTextRange: finding.sentenceByteRange)
        moved.sentenceByteRange =
            min(sentence.lowerBound, range.lowerBound)..<max(sentence.upperBound, range.upperBound)
        let position = lines.position(of: range.lowerBound, in: bytes)
        moved.location = SourceLocation(path: finding.location.path, line: position.line, column: position.column)
        moved.scalarOffset = lines.scalarOffset(of: range.lowerBound, in: bytes)
        moved.scalarLength = LineIndex.scalarCount(bytes, from: range.lowerBound, to: range.upperBound)
        moved.pieces = finding.replacements.flatMap { replaced, text in
            fileEdits(replacing: replaced, with: text).map { Finding.Piece(byteRange: $0.0, text: $0.1) }
        }
        moved.segmentReplacements = finding.suggestions.indices.map { index in
            let edits =
                index == 0
                ? moved.pieces.map { ($0.byteRange, $0.text) }
                : fileEdits(replacing: finding.byteRange, with: finding.suggestions[index])
            var written = Array(bytes[range])
            for (edited, text) in edits.reversed()
            where edited.lowerBound >= range.lowerBound && edited.upperBound <= range.upperBound {
                written.replaceSubrange(
                    (edited.lowerBound - range.lowerBound)..<(edited.upperBound - range.lowerBound),
                    with: Array(text.utf8))
            }
            return String(decoding: written, as: UTF8.self)
        }
        moved.segment = SegmentReference(
            id: id, byteOffset: finding.byteRange.lowerBound, byteLength: finding.byteRange.count,
            text: text, source: source)
        return moved
    }
}
