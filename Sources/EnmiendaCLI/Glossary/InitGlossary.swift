import ArgumentParser
import Enmienda

extension GlossaryCommand {
    /// `enmienda glossary init FILE`: writes an empty glossary.
    struct InitGlossary: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Write an empty glossary file, to fill with glossary add or glossary import.",
            discussion: """
                The file has the XML declaration and a <glossary> root in Enmienda's namespace at the \
                current format version. An existing file is never overwritten.
                """)

        @Argument(help: ArgumentHelp("The glossary file to write.", valueName: "file"))
        var file: String

        @Option(help: "The glossary's title.") var title: String?

        func run() throws {
            try GlossaryEditor.create(at: file, title: title)
            Terminal.standardError.note("wrote an empty glossary to \(file)\n")
        }
    }
}
