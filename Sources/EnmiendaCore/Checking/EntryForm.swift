/// One form a compiled glossary entry matches: as written, listed in a `<form>`, or
/// generated (the other number, a conjugated verb, an English plural), with the
/// suggestions that fit it (see ``Aligner/forms(ofEntry:)``).
public struct EntryForm: Hashable, Sendable {
    /// The wrong form as a pattern (slots written `{kind}`).
    public var wrong: String
    /// Its suggestions, best first, in the form's inflection.
    public var suggestions: [String]
    /// Whether the glossary lists this form in a `<form>` (else it is the entry's own
    /// wrong form or one generated from it).
    public var isListed: Bool
    /// For a form of a verb, its features as Apertium tags (`<vblex><ifi><p3><sg>`).
    public var tags: String?
}

extension Aligner {
    /// Every form the entry `id` matches, in the order they were generated; none for an
    /// id the glossary does not have.
    public func forms(ofEntry id: String) -> [EntryForm] {
        guard let index = glossary.entries.firstIndex(where: { $0.id == id }) else { return [] }
        // Only the entry's own forms are read (decoded, from a glossary read back).
        let table = variantTable
        return table.indices.filter { table.entryIndices[$0] == index }.map { position in
            let variant = table[position]
            return EntryForm(
                wrong: variant.wrong.text, suggestions: variant.suggestions.map(\.text), isListed: variant.isExplicit,
                tags: variant.features?.tags)
        }
    }

    /// Forms that two or more entries generate alike (the same words, in any case): where
    /// both would match, the first entry wins and the others never see the text. Entries
    /// with context rules or exceptions, or that need the English source, are left out:
    /// their conditions may tell them apart.
    ///
    /// - Returns: Each shared form with the ids of the entries that generate it, in
    ///   glossary order.
    public func formCollisions() -> [(form: String, entryIDs: [String])] {
        var byKey: [String: (form: String, entries: [Int])] = [:]
        var order: [String] = []
        for variant in compiledVariants {
            let entry = glossary.entries[variant.entryIndex]
            guard entry.context.isEmpty, entry.exceptions.isEmpty, !entry.needsSource, !entry.isCaseSensitive,
                !entry.isAccentSensitive
            else { continue }
            // Spelled alike, accents included: forms that differ in accents only are told
            // apart by the accents of the text (see AccentGuard).
            let key = VariantExpander.exactKey(of: variant.wrong)
            if byKey[key] == nil {
                byKey[key] = (variant.wrong.text, [variant.entryIndex])
                order.append(key)
            } else if byKey[key]?.entries.contains(variant.entryIndex) == false {
                byKey[key]?.entries.append(variant.entryIndex)
            }
        }
        return order.compactMap { key in
            guard let shared = byKey[key], shared.entries.count > 1 else { return nil }
            return (shared.form, shared.entries.map { glossary.entries[$0].id })
        }
    }
}
