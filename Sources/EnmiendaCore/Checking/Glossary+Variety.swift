extension GlossaryEntry {
    /// Whether the entry holds for text written in `variety`: it names no variety (it
    /// holds for all), or one of its ``varieties`` includes `variety`
    /// (``SpanishVariety/includes(_:)``).
    public func applies(to variety: SpanishVariety) -> Bool {
        varieties.isEmpty || varieties.contains { $0.includes(variety) }
    }
}

extension Glossary {
    /// The glossary as the aligner compiles it for `variety`: every entry in its place (so
    /// that entry indexes still hold), but an entry that does not apply to `variety` has
    /// nothing to match: no wrong form, no form, no approved rendering.
    ///
    /// - Complexity: O(*n*) in the entries' summaries (``EntrySummary``) when no entry
    ///   names a variety, decoding none; O(*n*) in the entries otherwise.
    package func restricted(to variety: SpanishVariety) -> Glossary {
        let silenced = summaries.enumerated().contains { index, summary in
            summary.flags.contains(.namesVarieties) && !entry(at: index).applies(to: variety)
        }
        guard silenced else { return self }
        var restricted = Glossary(
            validated: entries.map { entry in
                guard !entry.applies(to: variety) else { return entry }
                var silent = entry
                silent.wrongForms = []
                silent.forms = []
                silent.approvedRenderings = []
                return silent
            })
        restricted.title = title
        return restricted
    }
}
