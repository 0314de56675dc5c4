import ArgumentParser
import Enmienda

extension GlossaryCommand {
    /// `enmienda glossary show ID`: the entry as canonical XML, with where it is defined;
    /// with `--forms`, every form it matches instead, with its suggestions.
    struct ShowEntry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Print one entry (by id) as XML, after the place it is defined.",
            discussion: "With --forms, print every form the entry matches instead, one per line: the wrong "
                + "form, its suggestions after →, a verb form's tags, and (listed) for a form the glossary "
                + "writes out in a <form>.")

        @OptionGroup var checking: CheckingOptions

        @Argument(help: "The entry's id.") var id: String

        @Flag(help: "List every form the entry matches (inflected, conjugated, listed) with its suggestions.")
        var forms = false

        func run() throws {
            let glossary = try checking.glossary()
            guard let entry = glossary.entry(withID: id) else {
                Terminal.standardError.note("error: no entry '\(id)'\(NearEntryIDs.hint(for: id, in: glossary))\n")
                throw ExitCode.inputError
            }
            guard forms else {
                try Terminal.standardOutput.write(
                    TerminalText.escapedLines("\(entry.location)\n" + GlossaryXMLWriter().xml(for: entry)))
                return
            }
            let list = checking.aligner(for: glossary).forms(ofEntry: id)
            var text = "\(entry.location): \(list.count) forms\n"
            for form in list {
                text += form.wrong + " → " + form.suggestions.joined(separator: " | ")
                if let tags = form.tags { text += "  " + tags }
                if form.isListed { text += "  (listed)" }
                text += "\n"
            }
            try Terminal.standardOutput.write(TerminalText.escapedLines(text))
        }
    }
}
