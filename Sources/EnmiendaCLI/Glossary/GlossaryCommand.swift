import ArgumentParser
import Enmienda
import Foundation

/// `enmienda glossary …`: look into a glossary and check it.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Look into a glossary: list, show and search entries, validate it, run its examples.",
        subcommands: [
            ListEntries.self, ShowEntry.self, SearchEntries.self, Validate.self, TestExamples.self, AddEntry.self,
            SetField.self, RemoveEntry.self, RenameEntry.self, FormatEntries.self, ExportEntries.self,
            ImportEntries.self,
        ]
    )

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
        /// glossary's text escaped (``TerminalText``).
        static func line(for entry: GlossaryEntry) -> String {
            let wrong = (entry.wrongForms + entry.forms.flatMap(\.wrongForms)).first ?? ""
            let suggestion = (entry.suggestions + entry.forms.flatMap(\.suggestions)).first ?? ""
            return [entry.id, entry.category.rawValue, entry.severity.rawValue, "\(wrong) → \(suggestion)"].map(
                TerminalText.escaped
            ).joined(separator: "\t")
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
            for failure in failures {
                try Terminal.standardOutput.write(TerminalText.escapedLines(failure.description) + "\n")
            }
            let total = ExampleCheck.count(in: aligner.glossary)
            let entries = aligner.glossary.entries.count
            if failures.isEmpty {
                try Terminal.standardOutput.write("\(total) examples of \(entries) entries: all pass\n")
            } else {
                try Terminal.standardOutput.write("\(failures.count) of \(total) examples of \(entries) entries fail\n")
                throw ExitCode.findings
            }
        }
    }

    /// `enmienda glossary show ID`: the entry as canonical XML, with where it is defined.
    struct ShowEntry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Print one entry (by id) as XML, after the place it is defined.")

        @OptionGroup var checking: CheckingOptions

        @Argument(help: "The entry's id.") var id: String

        func run() throws {
            let glossary = try checking.glossary()
            guard let entry = glossary.entry(withID: id) else {
                let near = glossary.entries.map(\.id).filter { $0.contains(id) || id.contains($0) }.prefix(5)
                Terminal.standardError.note(
                    "error: no entry '\(id)'" + (near.isEmpty ? "" : "; did you mean \(near.joined(separator: ", "))?")
                        + "\n")
                throw ExitCode.inputError
            }
            try Terminal.standardOutput.write(
                TerminalText.escapedLines("\(entry.location)\n" + GlossaryXMLWriter().xml(for: entry)))
        }
    }

    /// `enmienda glossary search TEXT`: entries whose id, source, wrong forms or
    /// suggestions contain the text, ignoring case and accents.
    struct SearchEntries: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "List the entries whose id, English source, wrong forms or suggestions contain a text.",
            discussion: "Case and accents do not count: 'municion' finds 'munición'. Exit status 1 if nothing is found."
        )

        @OptionGroup var checking: CheckingOptions

        @Argument(help: "The text to look for.") var text: String

        func run() throws {
            let wanted = Self.fold(text)
            var found = 0
            for entry in try checking.glossary().entries {
                let fields =
                    [entry.id] + entry.sources + entry.wrongForms + entry.suggestions
                    + entry.forms.flatMap { $0.wrongForms + $0.suggestions }
                guard fields.contains(where: { Self.fold($0).contains(wanted) }) else { continue }
                found += 1
                try Terminal.standardOutput.write(
                    ListEntries.line(for: entry) + "\t" + TerminalText.escaped(entry.location.description) + "\n")
            }
            if found == 0 { throw ExitCode.findings }
        }

        private static func fold(_ text: String) -> String {
            text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
    }

    /// `enmienda glossary validate`: the schema, each entry, and the entries together.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check a glossary: schema, ids, wrong forms, suggestions other entries flag, failing examples.",
            discussion: """
                Prints one path:line:column: error: line per problem. Exit status: 0 valid, 1 problems, \
                2 the glossary does not load (its problems are printed the same way).
                """)

        @OptionGroup var checking: CheckingOptions

        func run() throws {
            let aligner = try checking.aligner()
            let problems = GlossaryValidation.problems(in: aligner.glossary, options: aligner.options)
            for problem in problems {
                try Terminal.standardOutput.write(TerminalText.escapedLines(problem.description) + "\n")
            }
            let entries = aligner.glossary.entries.count
            if problems.isEmpty {
                try Terminal.standardOutput.write(
                    "\(entries) entries, \(ExampleCheck.count(in: aligner.glossary)) examples: valid\n")
            } else {
                try Terminal.standardOutput.write("\(problems.count) problems in \(entries) entries\n")
                throw ExitCode.findings
            }
        }
    }
}
