import ArgumentParser
import Enmienda

extension LexiconCommand {
    /// `enmienda lexicon info`: where the lexicon comes from, its cache file, its counts
    /// and how long opening it took.
    struct LexiconInfo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "info",
            abstract: "Show the lexicon's source, cache file, counts and open time.")

        func run() throws {
            guard let cache = SharedLexicon.cache else {
                try Terminal.standardOutput.write("lexicon: off (ENMIENDA_LEXICON=off)\n")
                return
            }
            let (loaded, milliseconds) = SharedLexicon.load()
            guard let lexicon = loaded?.lexicon else {
                throw InputError(SourceLocation(path: cache.analyserPath, line: 1, column: 1), "no lexicon")
            }
            try Terminal.standardOutput.write(
                Self.report(
                    lexicon, cachePath: loaded?.cachePath, milliseconds: milliseconds, analyser: cache.analyserPath))
        }

        /// The lines `info` and `build` print.
        static func report(_ lexicon: SpanishLexicon, cachePath: String?, milliseconds: Double, analyser: String)
            -> String
        {
            let time = (milliseconds * 10).rounded() / 10
            return """
                source: \(TerminalText.escaped(lexicon.source))
                analyser: \(TerminalText.escaped(analyser))
                cache: \(cachePath.map(TerminalText.escaped) ?? "(in memory)")
                forms: \(lexicon.formCount)
                lemmas: \(lexicon.lemmaCount)
                analyses: \(lexicon.analysisCount)
                time: \(time) ms

                """
        }
    }
}
