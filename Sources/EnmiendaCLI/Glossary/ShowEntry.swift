import ArgumentParser
import Enmienda

extension GlossaryCommand {
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
}
