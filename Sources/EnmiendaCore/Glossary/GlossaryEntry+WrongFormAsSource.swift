/// Whether an entry gives one of its wrong forms as its English source: a blacklist
/// without an English column (Okapi CheckMate's) repeats the wrong form there, and a
/// finding's message must not say that “librería” mistranslates “librería”.
extension GlossaryEntry {
    /// Whether the first English source, folded (case, accents and spacing aside), is one
    /// of ``wrongForms`` folded; `false` without a source.
    ///
    /// - Complexity: tokenizes the source and each wrong form: O(*n*) in their bytes.
    package var givesWrongFormAsSource: Bool {
        guard let source = sources.first, !source.isEmpty else { return false }
        let folded = PhrasePattern.folded(source)
        return wrongForms.contains { PhrasePattern.folded($0) == folded }
    }
}

extension Glossary {
    /// ``GlossaryEntry/givesWrongFormAsSource`` of the entry at `index` (below
    /// ``entryCount``): as a compiled glossary's image has it worked out
    /// (``DeferredEntries/givingWrongFormAsSource``), or worked out and remembered by the
    /// entry's forms and source.
    package func givesWrongFormAsSource(at index: Int) -> Bool {
        if let known = compiledGivesWrongFormAsSource(at: index) { return known }
        let entry = entry(at: index)
        guard let source = entry.sources.first, !source.isEmpty else { return false }
        return Self.selfSourced.value(for: SelfSourceKey(wrongForms: entry.wrongForms, source: source)) {
            entry.givesWrongFormAsSource
        }
    }

    /// An entry's wrong forms and source, hashed by the source and the first wrong form
    /// alone (equal keys still compare every form), and made without a new array: the
    /// lookup is made once per finding.
    private struct SelfSourceKey: Hashable, Sendable {
        var wrongForms: [String]
        var source: String

        func hash(into hasher: inout Hasher) {
            hasher.combine(source)
            hasher.combine(wrongForms.count)
            hasher.combine(wrongForms.first)
        }
    }

    private static let selfSourced = BoundedCache<SelfSourceKey, Bool>(capacity: 100_000)
}
