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
            let lexicon = try LexiconCommand.required()
            // Lemmas are lower case; a pronominal infinitive (celebrarse) is its verb's.
            var key = lemma.lowercased()
            if lexicon.paradigm(of: key).isEmpty, key.hasSuffix("se"),
                !lexicon.paradigm(of: String(key.dropLast(2))).isEmpty
            {
                key.removeLast(2)
            }
            let paradigm = lexicon.paradigm(of: key)
            guard !paradigm.isEmpty else {
                Terminal.standardError.note("enmienda: the lexicon has no lemma '\(TerminalText.escaped(lemma))'\n")
                throw ExitCode.findings
            }
            var text = ""
            for (form, features) in paradigm {
                text += TerminalText.escaped(form) + "\t" + TerminalText.escaped(features.tags) + "\n"
            }
            try Terminal.standardOutput.write(text)
        }
    }
}
