import ArgumentParser
import Enmienda

extension GlossaryCommand {
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
}
