/// Decides, for entries marked `needs-source`, whether the English source backs a match.
///
/// Built once per aligned document; entries that do not need the source always pass.
struct SourceGate {
    /// The words of each `<source>` term, per entry; `nil` for entries that do not need it.
    private let terms: [[[String]]?]
    private let source: SourceText?
    /// Where the document's paragraphs start, when they pair one to one with the source's.
    private let paragraphStarts: [Int]?

    init(terms: [[[String]]?], source: SourceText?, document: TextDocument) {
        self.terms = terms
        self.source = source
        if let source, terms.contains(where: { $0 != nil }) {
            let starts = SourceText.paragraphStarts(in: document.bytes)
            paragraphStarts = starts.count == source.paragraphs.count ? starts : nil
        } else {
            paragraphStarts = nil
        }
    }

    /// The per-entry terms of `glossary`, compiled for ``init(terms:source:document:)``.
    static func terms(of glossary: Glossary) -> [[[String]]?] {
        // Read from the summaries: only an entry that needs the source is read (or
        // decoded, from a compiled glossary).
        glossary.summaries.enumerated().map { index, summary in
            summary.flags.contains(.needsSource)
                ? glossary.entry(at: index).sources.map(SourceText.termWords).filter { !$0.isEmpty } : nil
        }
    }

    /// Whether a match of entry `entry` starting at byte `offset` of the document counts.
    func allows(entry: Int, at offset: Int) -> Bool {
        guard let entryTerms = terms[entry] else { return true }
        guard let source else { return false }
        var paragraph: Int?
        if let starts = paragraphStarts {
            var low = 0
            var high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] <= offset { low = middle + 1 } else { high = middle }
            }
            paragraph = max(0, low - 1)
        }
        return source.mentions(entryTerms, inParagraph: paragraph)
    }
}
