extension Aligner {
    /// Finds every known mistranslation in `article`: in each segment of a bilingual or
    /// markup file (with the file's own source segments), or in a plain text, paired
    /// line by line or sentence by sentence with its English `source` when one is given
    /// (see ``SegmentedDocument/init(bitext:source:)``).
    ///
    /// A bilingual file carries its source: `source` is used only for plain text.
    public func align(_ article: Article, source: TextDocument? = nil) -> Alignment {
        if let segmented = article.segmented { return align(segmented) }
        if let source { return align(SegmentedDocument(bitext: article.document, source: source)) }
        return align(article.document)
    }

    /// ``align(_:source:)`` for each article, several at a time, in the order of `articles`.
    public func align(_ articles: [Article], source: TextDocument? = nil) -> [Alignment] {
        guard articles.count > 1 else { return articles.map { align($0, source: source) } }
        let aligner = singleThreaded
        return articles.parallelMap(concurrency: options.concurrency) { aligner.align($0, source: source) }
    }
}
