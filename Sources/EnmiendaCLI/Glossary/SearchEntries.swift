import ArgumentParser
import Enmienda
import Foundation

extension GlossaryCommand {
    /// `enmienda glossary search TEXT`: entries whose id, source, wrong forms or
    /// suggestions or approved renderings contain the text, ignoring case and accents.
    struct SearchEntries: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract:
                "List the entries whose id, English source, wrong forms, suggestions or approved renderings contain a text.",
            discussion: "Case and accents do not count: 'municion' finds 'munición'. Exit status 1 if nothing is found."
        )

        @OptionGroup var checking: CheckingOptions

        @Argument(help: "The text to look for.") var text: String

        func run() throws {
            let wanted = Self.fold(text)
            var found = 0
            for entry in try checking.glossary().entries {
                let fields =
                    [entry.id] + entry.sources + entry.wrongForms + entry.suggestions + entry.approvedRenderings
                    + entry.forms.flatMap { $0.wrongForms + $0.suggestions }
                guard fields.contains(where: { Self.fold($0).contains(wanted) }) else { continue }
                found += 1
                try Terminal.standardOutput.write(
                    ListEntries.line(for: entry) + "\t" + TerminalText.escaped(entry.location.description) + "\n")
            }
            if found == 0 { throw ExitCode.findings }
        }

        private static func fold(_ text: String) -> String {
            text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
    }
}
