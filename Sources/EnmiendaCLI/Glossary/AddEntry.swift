import ArgumentParser
import Enmienda
import Foundation

extension GlossaryCommand {
    /// `enmienda glossary add`: appends an entry, touching no other byte of the file.
    struct AddEntry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an entry to a glossary file (asks for what is missing when run in a terminal).",
            discussion: """
                Only the new entry's lines are added: comments, order and unknown elements stay as \
                they are. The file is locked while it is edited and written atomically; a file that \
                does not exist is created. Refuses an id that exists, a wrong form that another entry \
                has, and examples that do not behave. --approved makes the entry a key term, which then \
                needs no --wrong nor --suggest (and makes a version 1 file version 2).
                """)

        @Option(name: .customLong("glossary"), help: ArgumentHelp("The glossary file to edit.", valueName: "file"))
        var file: String

        @Option(help: "The English source term.") var source: String?
        @Option(help: "A wrong Spanish rendering (repeatable).") var wrong: [String] = []
        @Option(help: "A suggestion, best first (repeatable).") var suggest: [String] = []
        @Option(
            help: ArgumentHelp(
                "An approved Spanish rendering of the source term (repeatable): the entry becomes a key term.",
                valueName: "es"))
        var approved: [String] = []
        @Option(help: "The ITS 2.0 issue type.") var category: String = "mistranslation"
        @Option(help: "minor, major or critical.") var severity: String = "minor"
        @Option(help: "One or two sentences that explain the mistake.") var note: String?
        @Option(help: "The id (default: made from the source).") var id: String?
        @Option(help: "A sentence with the mistake, to keep as an example (repeatable).") var exampleWrong: [String] =
            []
        @Option(help: "A sentence that must not be flagged (repeatable).") var exampleRight: [String] = []

        func run() throws {
            var source = source
            var wrong = wrong
            var suggest = suggest
            // A key term needs no wrong form; given one, it needs a suggestion as any entry does.
            if isatty(STDIN_FILENO) == 1 {
                if source == nil { source = Self.ask("English source") }
                if wrong.isEmpty && approved.isEmpty { wrong = Self.ask("Wrong Spanish rendering").map { [$0] } ?? [] }
                if suggest.isEmpty && !wrong.isEmpty { suggest = Self.ask("Suggestion").map { [$0] } ?? [] }
            }
            // Checked after asking for what is missing, in this order: `validate()` would check
            // before the questions, and print the usage of `glossary add` with the message.
            // `--category` and `--severity` stay strings for the same reason: as arguments of
            // their own types, a bad value would get ArgumentParser's message, not these.
            guard let source, !source.isEmpty else { throw ValidationError("give the English source with --source") }
            guard !wrong.isEmpty || !approved.isEmpty else {
                throw ValidationError("give at least one --wrong form (or --approved rendering for a key term)")
            }
            guard !suggest.isEmpty || wrong.isEmpty else { throw ValidationError("give at least one --suggest") }
            guard let category = IssueCategory(rawValue: category) else {
                throw ValidationError("unknown category '\(self.category)' (see enmienda schema glossary)")
            }
            guard let severity = Severity(rawValue: severity) else {
                throw ValidationError("--severity is minor, major or critical")
            }
            // The id is chosen against the entries the file has (none when it does not exist yet).
            let glossary = FileManager.default.fileExists(atPath: file) ? try Glossary(contentsOfFile: file) : .empty
            var entry = GlossaryEntry(
                id: id ?? GlossaryEditor.suggestedID(for: source, in: glossary), sources: [source], wrongForms: wrong,
                suggestions: suggest, category: category, severity: severity, note: note,
                location: SourceLocation(path: file, line: 1, column: 1))
            entry.approvedRenderings = approved
            // The lexicon is loaded only when an example needs aligning.
            let single = try Glossary(entries: [entry])
            let alone =
                exampleWrong.isEmpty
                ? nil : Aligner(glossary: single, options: AlignmentOptions(morphology: SharedLexicon.morphology))
            let location = SourceLocation(path: file, line: 1, column: 1)
            entry.examples =
                exampleWrong.map { text in
                    GlossaryExample(
                        text: text, corrected: alone?.align(TextDocument(text)).correctedText, location: location)
                } + exampleRight.map { GlossaryExample(text: $0, corrected: nil, location: location) }
            // A glossary that does not exist yet is created by this edit, under the lock.
            let written = try GlossaryEditor.add(
                [entry], to: file, creating: try Glossary(entries: []),
                morphology: SharedLexicon.morphology(forExamplesOf: [entry]))
            Terminal.standardError.note("added to \(file):\n" + written)
            // --glossary adds to the built-in glossary, and an entry replaces a built-in one
            // with its id: say so, since a made-up id can take one by chance.
            if let builtIn = try? Glossary.builtIn, builtIn.entry(withID: entry.id) != nil {
                Terminal.standardError.note(
                    TerminalText.escaped(
                        "note: the built-in glossary has an entry '\(entry.id)' too: where both are used, this one replaces it (give --id to keep both)"
                    ) + "\n")
            }
        }

        private static func ask(_ question: String) -> String? {
            Terminal.standardError.note("\(question): ")
            return readLine().map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
    }
}
