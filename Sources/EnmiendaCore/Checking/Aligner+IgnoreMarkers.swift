extension Aligner {
    /// `alignment` without the findings that its article's ignore markers silence (see
    /// ``IgnoreMarkers``), and a warning for each id a marker names that is no entry of
    /// this aligner's glossary (nor `untranslated-word`, the id of words left in English).
    ///
    /// - Returns: the alignment, and the warnings, located at their marker.
    /// - Complexity: O(*n*) in the article's length; an article without `enmienda-` is
    ///   scanned once and returned as it is.
    public func applyingIgnoreMarkers(_ alignment: Alignment) -> (alignment: Alignment, warnings: [Diagnostic]) {
        let markers = IgnoreMarkers(alignment.document.bytes)
        guard !markers.markers.isEmpty else { return (alignment, []) }
        var known = Set(glossary.entries.map(\.id))
        known.insert(UntranslatedCheck.findingID)
        return markers.apply(to: alignment, knownIDs: known)
    }
}

extension Aligner {
    /// The ignore markers of a document whose findings come a batch at a time (see
    /// ``align(_:source:chunksPerBatch:_:)``): the markers are read once, from the whole
    /// document, so that a region that spans batches silences its findings in each.
    package struct BatchIgnoreMarkers {
        private let markers: IgnoreMarkers?
        private let known: Set<String>
        /// A warning for each id a marker names that is no entry of the glossary, located at
        /// its marker: those of ``Aligner/applyingIgnoreMarkers(_:)``.
        package let warnings: [Diagnostic]

        init(document: TextDocument, glossary: Glossary) {
            let markers = IgnoreMarkers(document.bytes)
            guard !markers.markers.isEmpty else {
                self.markers = nil
                known = []
                warnings = []
                return
            }
            var known = Set(glossary.entries.map(\.id))
            known.insert(UntranslatedCheck.findingID)
            self.markers = markers
            self.known = known
            warnings =
                markers.apply(to: Alignment(document: document, findings: [], wordCount: 0), knownIDs: known)
                .warnings
        }

        /// `batch` (of the document these markers were read from) without the findings
        /// the markers silence.
        package func apply(to batch: Alignment) -> Alignment {
            guard let markers else { return batch }
            return markers.apply(to: batch, knownIDs: known).alignment
        }
    }

    /// The ignore markers of `document`, to apply to its batches one at a time.
    ///
    /// - Complexity: O(*n*) in the document's length, once.
    package func ignoreMarkers(of document: TextDocument) -> BatchIgnoreMarkers {
        BatchIgnoreMarkers(document: document, glossary: glossary)
    }
}
