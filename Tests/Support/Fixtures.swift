import EnmiendaCore

/// Helpers shared by the test targets: glossaries built in code, with no file or format.
package enum Fixtures {
    /// An aligner over a small glossary built in code.
    package static func aligner(_ entries: [GlossaryEntry]) throws -> Aligner {
        Aligner(glossary: try Glossary(entries: entries))
    }

    package static func entry(
        _ id: String, wrong: [String], suggestions: [String], category: IssueCategory = .mistranslation
    ) -> GlossaryEntry {
        GlossaryEntry(
            id: id, sources: ["source of \(id)"], wrongForms: wrong, suggestions: suggestions, category: category,
            severity: .major)
    }
}
