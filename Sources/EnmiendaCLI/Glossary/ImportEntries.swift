import ArgumentParser
import Enmienda

extension GlossaryCommand {
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
                    entries, into: file, creating: empty,
                    morphology: SharedLexicon.morphology(forExamplesOf: entries), combining: incoming.updating)
                Terminal.standardError.note(
                    "\(file): \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged\n")
            } else {
                do {
                    try GlossaryEditor.add(
                        entries, to: file, creating: empty, morphology: SharedLexicon.morphology(forExamplesOf: entries)
                    )
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
}
