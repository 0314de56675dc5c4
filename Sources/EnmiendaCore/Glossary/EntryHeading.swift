/// What a finding names of its glossary entry: its id, English sources, issue type,
/// severity and note, without the forms, suggestions, rules and examples that the rest of
/// the entry holds. A compiled glossary's image gives it without decoding the whole entry.
package struct EntryHeading: Hashable, Sendable {
    /// ``GlossaryEntry/id``.
    package var id: String
    /// ``GlossaryEntry/sources``.
    package var sources: [String]
    /// ``GlossaryEntry/category``.
    package var category: IssueCategory
    /// ``GlossaryEntry/severity``.
    package var severity: Severity
    /// ``GlossaryEntry/note``.
    package var note: String?
}

extension GlossaryEntry {
    /// The fields a finding names of the entry.
    package var heading: EntryHeading {
        EntryHeading(id: id, sources: sources, category: category, severity: severity, note: note)
    }
}
