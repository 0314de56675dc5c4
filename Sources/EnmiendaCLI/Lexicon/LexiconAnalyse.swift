import ArgumentParser
import Enmienda

extension LexiconCommand {
    /// `enmienda lexicon analyse WORD…`: each word's analyses, one line per word, as
    /// `lt-proc` gives them.
    struct LexiconAnalyse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "analyse",
            abstract: "Print the analyses of words: 'word<TAB>lemma<tags> / lemma<tags>', or '*word' when unknown.",
            discussion:
                "Words are read as the checker reads them: as written and lower-cased, with enclitic pronouns "
                + "(tomándolo: the verb's analyses), al and del. Exit status 1 if a word is unknown.")

        @Argument(help: "The words to analyse.") var words: [String]

        func run() throws {
            let morphology = SpanishMorphology(lexicon: try LexiconCommand.required())
            var unknown = false
            for word in words {
                let analyses = morphology.analyses(of: word)
                if analyses.isEmpty { unknown = true }
                try Terminal.standardOutput.write(Self.line(word, analyses) + "\n")
            }
            if unknown { throw ExitCode.findings }
        }

        /// `word⇥lemma<tags> / lemma<tags>`, or `*word` without analyses; the word shown
        /// safe for a terminal.
        static func line(_ word: String, _ analyses: [WordAnalysis]) -> String {
            let shown = TerminalText.escaped(word)
            return analyses.isEmpty
                ? "*" + shown
                : shown + "\t" + analyses.map { TerminalText.escaped($0.description) }.joined(separator: " / ")
        }
    }
}
