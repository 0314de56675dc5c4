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
