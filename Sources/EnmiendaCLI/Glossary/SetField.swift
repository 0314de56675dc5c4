import ArgumentParser
import Enmienda

extension GlossaryCommand {
    /// `enmienda glossary set ID FIELD VALUE…`.
    struct SetField: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract:
                "Change one field of an entry: category, severity, note, inflect, case, accents, needs-source, source, wrong, suggestion or approved.",
            discussion: """
                source, wrong, suggestion and approved take one or more values and replace the list (approved \
                renderings make the entry a key term, and a version 1 file version 2). Only that \
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
            try GlossaryEditor.set(id, field: field, to: values, in: file, morphology: SharedLexicon.morphology)
            Terminal.standardError.note("set \(field) of '\(id)' in \(file)\n")
        }
    }
}
