import ArgumentParser
import Enmienda

extension GlossaryCommand {
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
}
