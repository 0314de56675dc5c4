import ArgumentParser
import Enmienda

extension GlossaryCommand {
    /// `enmienda glossary list`: one line per entry.
    struct ListEntries: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the entries: id, category, severity, first wrong form and suggestion.")

        @OptionGroup var checking: CheckingOptions

        func run() throws {
            for entry in try checking.aligner().glossary.entries {
                try Terminal.standardOutput.write(Self.line(for: entry) + "\n")
            }
        }

        /// Id, category, severity, first wrong form → first suggestion, tab-separated; the
        /// glossary's text escaped (``TerminalText``). A key term with no wrong form shows its
        /// first source → its first suggestion or approved rendering.
        static func line(for entry: GlossaryEntry) -> String {
            let wrong = (entry.wrongForms + entry.forms.flatMap(\.wrongForms)).first ?? entry.sources.first ?? ""
            let suggestion =
                (entry.suggestions + entry.forms.flatMap(\.suggestions) + entry.approvedRenderings).first ?? ""
            return [entry.id, entry.category.rawValue, entry.severity.rawValue, "\(wrong) → \(suggestion)"].map(
                TerminalText.escaped
            ).joined(separator: "\t")
        }
    }
}
