import ArgumentParser
import Enmienda
import Foundation

/// The `enmienda glossary` subcommands that change a glossary file: every edit keeps the
/// bytes it does not change, under a lock, written atomically (``GlossaryEditor``).
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
                has, and examples that do not behave.
                """)

        @Option(name: .customLong("glossary"), help: ArgumentHelp("The glossary file to edit.", valueName: "file"))
        var file: String

        @Option(help: "The English source term.") var source: String?
        @Option(help: "A wrong Spanish rendering (repeatable).") var wrong: [String] = []
        @Option(help: "A suggestion, best first (repeatable).") var suggest: [String] = []
        @Option(help: "The ITS 2.0 issue type (default mistranslation).") var category: String = "mistranslation"
        @Option(help: "minor, major or critical (default minor).") var severity: String = "minor"
        @Option(help: "One or two sentences that explain the mistake.") var note: String?
        @Option(help: "The id (default: made from the source).") var id: String?
        @Option(help: "A sentence with the mistake, to keep as an example (repeatable).") var exampleWrong: [String] =
            []
        @Option(help: "A sentence that must not be flagged (repeatable).") var exampleRight: [String] = []

        func run() throws {
            var source = source
            var wrong = wrong
            var suggest = suggest
            if isatty(STDIN_FILENO) == 1 {
                if source == nil { source = Self.ask("English source") }
                if wrong.isEmpty { wrong = Self.ask("Wrong Spanish rendering").map { [$0] } ?? [] }
                if suggest.isEmpty { suggest = Self.ask("Suggestion").map { [$0] } ?? [] }
            }
            guard let source, !source.isEmpty else { throw ValidationError("give the English source with --source") }
            guard !wrong.isEmpty else { throw ValidationError("give at least one --wrong form") }
            guard !suggest.isEmpty else { throw ValidationError("give at least one --suggest") }
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
            let alone = Aligner(glossary: try Glossary(entries: [entry]))
            let location = SourceLocation(path: file, line: 1, column: 1)
            entry.examples =
                exampleWrong.map { text in
                    GlossaryExample(
                        text: text, corrected: alone.align(TextDocument(text)).correctedText, location: location)
                } + exampleRight.map { GlossaryExample(text: $0, corrected: nil, location: location) }
            // A glossary that does not exist yet is created by this edit, under the lock.
            let written = try GlossaryEditor.add([entry], to: file, creating: try Glossary(entries: []))
            Terminal.standardError.note("added to \(file):\n" + written)
        }

        private static func ask(_ question: String) -> String? {
            Terminal.standardError.note("\(question): ")
            return readLine().map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    /// `enmienda glossary remove ID`.
    struct RemoveEntry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove an entry from a glossary file, leaving every other byte as it was."
        )

        @Option(name: .customLong("glossary"), help: ArgumentHelp("The glossary file to edit.", valueName: "file"))
        var file: String

        @Argument(help: "The entry's id.") var id: String

        func run() throws {
            try GlossaryEditor.remove(id, from: file)
            Terminal.standardError.note("removed '\(id)' from \(file)\n")
        }
    }

    /// `enmienda glossary rename ID NEW`.
    struct RenameEntry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename", abstract: "Change an entry's id, leaving every other byte as it was.")

        @Option(name: .customLong("glossary"), help: ArgumentHelp("The glossary file to edit.", valueName: "file"))
        var file: String

        @Argument(help: "The entry's id.") var id: String
        @Argument(help: "Its new id.") var newID: String

        func run() throws {
            try GlossaryEditor.rename(id, to: newID, in: file)
            Terminal.standardError.note("renamed '\(id)' to '\(newID)' in \(file)\n")
        }
    }

    /// `enmienda glossary set ID FIELD VALUE…`.
    struct SetField: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract:
                "Change one field of an entry: category, severity, note, inflect, case, accents, needs-source, source, wrong or suggestion.",
            discussion: """
                source, wrong and suggestion take one or more values and replace the list. Only that \
                attribute or those elements change, where they were and indented as they were; comments \
                inside the entry and the rest of the file are kept byte for byte, under a lock, written \
                atomically; the entry's examples must still pass.
                """)

        @Option(name: .customLong("glossary"), help: ArgumentHelp("The glossary file to edit.", valueName: "file"))
        var file: String

        @Argument(help: "The entry's id.") var id: String
        @Argument(help: "The field.") var field: String
        @Argument(help: "The new value(s).") var values: [String] = []

        func run() throws {
            try GlossaryEditor.set(id, field: field, to: values, in: file)
            Terminal.standardError.note("set \(field) of '\(id)' in \(file)\n")
        }
    }

    /// `enmienda glossary export --format csv|tsv|tbx|martif`.
    struct ExportEntries: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the glossary as CSV or TSV rows (Okapi's blacklist layout) or as TBX.",
            discussion: """
                csv, tsv: columns wrong, suggestion, source, category, note, id, severity, inflect, case, \
                accents, needs-source; one row per wrong form, several suggestions or sources joined with |. \
                Context rules, exceptions and examples have no column.
                tbx: TBX-Basic as ISO 30042:2019 writes it (<tbx>, conceptEntry, langSec, termSec); martif: \
                the TBX 2 form (<martif>, termEntry, langSet, tig). One concept per entry: English sources, \
                Spanish suggestions as preferredTerm-admn-sts / admittedTerm-admn-sts, wrong forms as \
                deprecatedTerm-admn-sts; the rest in x-enmienda- data categories, so that import gives back \
                the same entries.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv, tsv, tbx, martif }

        @OptionGroup var checking: CheckingOptions
        @Option(
            help:
                "csv, tsv, tbx (TBX-Basic, ISO 30042:2019) or martif (TBX 2); by default the -o file's extension tells, else csv."
        )
        var format: Format?
        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to a file.", valueName: "file"))
        var output: String?

        func run() throws {
            let glossary = try checking.glossary()
            let text: String
            let extensionFormat = output.flatMap { path in
                Format(rawValue: String(path.split(separator: ".").last ?? "").lowercased())
            }
            let format = format ?? extensionFormat ?? .csv
            switch format {
            case .csv, .tsv: text = GlossaryCSV.text(of: glossary, separator: format == .csv ? "," : "\t")
            case .tbx, .martif:
                guard !glossary.entries.isEmpty else {
                    throw ValidationError("the glossary has no entries, and a TBX file needs at least one concept")
                }
                text = GlossaryTBX.text(of: glossary, version: format == .tbx ? .basic : .martif)
            }
            if let output {
                try OutputGuard.refuse(output, ifOneOf: checking.glossaryPaths)
                try OutputFile.write(Array(text.utf8), to: output)
            } else {
                try Terminal.standardOutput.write(text)
            }
        }
    }

    /// `enmienda glossary import FILE --glossary FILE`.
    struct ImportEntries: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add the entries of a CSV, TSV, TBX or other glossary file to a glossary file.",
            discussion: """
                CSV/TSV: the header row names the columns; only wrong and suggestion are required; rows with \
                the same id make one entry. TBX (either version, recognized by its <tbx> or <martif> root): \
                each concept with a deprecated Spanish term and a Spanish term to use instead becomes an \
                entry; the others are listed on standard error and left out. Another Enmienda glossary \
                (<glossary> root) gives its entries as they are. All entries are added in one \
                locked, atomic edit, or none; the glossary file is created if it does not exist. An id the \
                glossary has is refused, unless --update: then that entry is replaced where it stands (if it \
                changed), so that a glossary exported, edited in a terminology tool and imported again is \
                brought up to date; from a concept without Enmienda's x-enmienda- data only the terms, \
                subject field and note are taken, and the entry keeps the rest.
                """)

        @Option(name: .customLong("glossary"), help: ArgumentHelp("The glossary file to add to.", valueName: "file"))
        var file: String

        @Argument(help: ArgumentHelp("The CSV, TSV, TBX or Enmienda glossary file to read.", valueName: "input"))
        var input: String

        @Flag(help: "Replace the entries whose ids the glossary has (each in its place) instead of refusing them.")
        var update = false

        @OptionGroup var inputSize: InputSizeOption

        func run() throws {
            let incoming = try GlossaryInterchange.entries(
                from: try FileInput.readBytes(atPath: input, maximumSize: inputSize.bytes), path: input)
            for skipped in incoming.skipped {
                Terminal.standardError.note(
                    "\(skipped.location): warning: \(TerminalText.escapedName(skipped.message)); left out\n")
            }
            let entries = incoming.entries
            guard !entries.isEmpty else {
                throw InputError(
                    SourceLocation(path: input, line: 1, column: 1), "no entries to import", kind: .glossary)
            }
            try OutputGuard.refuse(file, ifOneOf: [input])
            let empty = try Glossary(entries: [], title: incoming.title)
            if update {
                let summary = try GlossaryEditor.merge(
                    entries, into: file, creating: empty, combining: incoming.updating)
                Terminal.standardError.note(
                    "\(file): \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged\n")
            } else {
                do {
                    try GlossaryEditor.add(entries, to: file, creating: empty)
                } catch var error {
                    switch error.kind {
                    case .duplicateID: error.diagnostics[0].message += " (--update replaces such entries)"
                    case .input, .glossary, .output: break
                    }
                    throw error
                }
                Terminal.standardError.note(
                    "added \(entries.count) \(entries.count == 1 ? "entry" : "entries") to \(file)\n")
            }
        }
    }

    /// `enmienda glossary fmt --glossary FILE`.
    struct FormatEntries: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fmt",
            abstract: "Rewrite every entry of a glossary file in canonical form; everything between entries stays.",
            discussion: """
                Attributes and children in a fixed order, two-space indentation. The declaration, comments \
                between entries, the title and unknown elements are kept; a comment inside an entry stays, \
                on a line of its own before the element it stood before or inside. \
                Idempotent: formatting a formatted file changes nothing (exit 0 either way).
                """)

        @Option(name: .customLong("glossary"), help: ArgumentHelp("The glossary file to format.", valueName: "file"))
        var file: String

        func run() throws {
            let changed = try GlossaryEditor.format(file)
            Terminal.standardError.note(
                "\(file): \(changed) \(changed == 1 ? "entry" : "entries") reformatted\n")
        }
    }
}
