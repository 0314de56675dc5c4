import ArgumentParser

/// `enmienda glossary …`: look into a glossary, check it, and edit glossary files. One
/// file per subcommand; the edits keep every byte they do not change, under a lock,
/// written atomically (``GlossaryEditor``).
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract:
            "Look into, check and edit glossaries: list, show, search, validate, test; init, add, set, remove, rename, fmt; import and export (TBX, CSV, TSV).",
        subcommands: [
            ListEntries.self, ShowEntry.self, SearchEntries.self, Validate.self, TestExamples.self, AddEntry.self,
            SetField.self, RemoveEntry.self, RenameEntry.self, FormatEntries.self, ExportEntries.self,
            ImportEntries.self, InitGlossary.self,
        ]
    )
}
