import ArgumentParser
import Enmienda

extension LexiconCommand {
    /// `enmienda lexicon paradigm LEMMA`: every form of a lemma with its tags.
    struct LexiconParadigm: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "paradigm",
            abstract: "Print every form of a lemma: 'form<TAB>tags' lines.",
            discussion: "Exit status 1 if the lexicon does not know the lemma.")

        @Argument(help: "The lemma (an infinitive, a singular noun…).") var lemma: String

        func run() throws {
            let paradigm = try LexiconCommand.required().paradigm(of: lemma)
            guard !paradigm.isEmpty else { throw ExitCode.findings }
            var text = ""
            for (form, features) in paradigm {
                text += TerminalText.escaped(form) + "\t" + TerminalText.escaped(features.tags) + "\n"
            }
            try Terminal.standardOutput.write(text)
        }
    }
}
