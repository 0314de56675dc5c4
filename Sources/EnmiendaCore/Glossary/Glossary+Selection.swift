/// Choosing a project's entries: a glossary laid over another, and entries switched off.
extension Glossary {
    /// `base` (the built-in glossary, say) with the entries of `additions`. An added entry
    /// with the id of a base entry replaces it, so that a newsroom's own entry wins over
    /// the built-in one; the base entries that stay keep their order, and the added ones
    /// follow in the order of `additions`.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` if an id is defined in
    ///   more than one of `additions` (see ``init(merging:)``).
    public init(overriding base: Glossary, with additions: [Glossary]) throws(InputError) {
        let added = try Glossary(merging: additions)
        let replaced = Set(added.entries.map(\.id))
        self.init(validated: base.entries.filter { !replaced.contains($0.id) } + added.entries)
        self.title = additions.isEmpty ? base.title : nil
    }

    /// The glossary without the entries whose id is in `ids` or whose category is in
    /// `categories`. Ids that name no entry are ignored here: callers report them (see
    /// ``entry(withID:)``).
    ///
    /// - Complexity: O(n) in the entries.
    public func disabling(ids: Set<String>, categories: Set<IssueCategory>) -> Glossary {
        guard !ids.isEmpty || !categories.isEmpty else { return self }
        var kept = Glossary(
            validated: entries.filter { !ids.contains($0.id) && !categories.contains($0.category) })
        kept.title = title
        return kept
    }
}
