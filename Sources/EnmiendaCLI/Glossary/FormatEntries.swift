import ArgumentParser
import Enmienda

extension GlossaryCommand {
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
