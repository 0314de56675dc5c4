extension JSONLinesReporter {
    /// The lines of one checked article: one for a plain text; one per segment, in file
    /// order, for a bilingual or markup file (see ``Article/segmented``), each with the
    /// findings of its segment (located in the whole file, as ``JSONReporter`` locates
    /// them) and the words of its segment, counted by `aligner`.
    ///
    /// - Parameters:
    ///   - alignment: What `aligner` found in `article` (after whatever filtering the
    ///     caller does: ignore markers, suppressions, a baseline).
    ///   - record: The number of the record the article came from, if any.
    /// - Complexity: O(*n*) in the article's bytes: each segment's words are counted once.
    public static func lines(of alignment: Alignment, article: Article, aligner: Aligner, record: Int? = nil)
        -> [Line]
    {
        let path = article.document.path
        guard let segmented = article.segmented, !segmented.segments.isEmpty else {
            return [Line(alignment: alignment, path: path, record: record)]
        }
        let index = segmented.segmentIndex
        var findings = [[Finding]](repeating: [], count: segmented.segments.count)
        for finding in alignment.findings {
            // A finding outside any segment cannot happen; if it did, one line keeps it.
            guard let id = finding.segment?.id, let position = index[id] else {
                return [Line(alignment: alignment, path: path, record: record)]
            }
            findings[position].append(finding)
        }
        let counter = aligner.singleThreaded
        let words = segmented.segments.parallelMap(concurrency: aligner.options.concurrency) { segment in
            segment.text.isEmpty ? 0 : counter.count(TextDocument(validated: segment.text, path: path)).words
        }
        return segmented.segments.indices.map { position in
            Line(
                alignment: Alignment(
                    document: alignment.document, findings: findings[position], wordCount: words[position]),
                path: path, record: record,
                segment: Segment(id: segmented.segments[position].id, index: position))
        }
    }
}
