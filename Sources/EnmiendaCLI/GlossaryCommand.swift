import ArgumentParser
import Enmienda

/// `enmienda glossary …`: look into a glossary and check it.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "List a glossary's entries or run their examples.",
        subcommands: [ListEntries.self, TestExamples.self]
    )

    /// `enmienda glossary list`: one line per entry.
    struct ListEntries: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the entries: id, category, severity, first wrong form and suggestion.")

        @OptionGroup var checking: CheckingOptions

        func run() throws {
            for entry in try checking.aligner().glossary.entries {
                let wrong = (entry.wrongForms + entry.forms.flatMap(\.wrongForms)).first ?? ""
                let suggestion = (entry.suggestions + entry.forms.flatMap(\.suggestions)).first ?? ""
                Terminal.standardOutput.write(
                    "\(entry.id)\t\(entry.category.rawValue)\t\(entry.severity.rawValue)\t\(wrong) → \(suggestion)\n")
            }
        }
    }

    /// `enmienda glossary test`: runs every example; exit 1 if any fails.
    struct TestExamples: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run every example of the glossary and show those that fail, with a diff.",
            discussion: """
                An incorrect example must be flagged once by its entry (on its <marker>, with its \
                listed suggestions) and become exactly its corrected text; a correct example must \
                not be flagged. Exit status: 0 all pass, 1 some fail, 2 the glossary does not load.
                """)

        @OptionGroup var checking: CheckingOptions

        func run() throws {
            let aligner = try checking.aligner()
            let failures = ExampleCheck.failures(in: aligner.glossary, options: aligner.options)
            for failure in failures { Terminal.standardOutput.write(failure.description + "\n") }
            let total = ExampleCheck.count(in: aligner.glossary)
            let entries = aligner.glossary.entries.count
            if failures.isEmpty {
                Terminal.standardOutput.write("\(total) examples of \(entries) entries: all pass\n")
            } else {
                Terminal.standardOutput.write("\(failures.count) of \(total) examples of \(entries) entries fail\n")
                throw ExitCode(ExitStatus.findings)
            }
        }
    }
}
