import ArgumentParser
import Enmienda

extension LexiconCommand {
    /// `enmienda lexicon build`: compiles the lexicon again, replacing its cache file.
    struct LexiconBuild: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Compile the lexicon again from the installed analyser, replacing its cache file.")

        func run() throws {
            guard let cache = SharedLexicon.cache else {
                throw InputError(
                    SourceLocation(path: "ENMIENDA_LEXICON", line: 1, column: 1), "the lexicon is disabled (off)")
            }
            let (loaded, milliseconds) = SharedLexicon.load(rebuild: true)
            guard let lexicon = loaded?.lexicon else {
                throw InputError(SourceLocation(path: cache.analyserPath, line: 1, column: 1), "no lexicon")
            }
            try Terminal.standardOutput.write(
                LexiconInfo.report(
                    lexicon, cachePath: loaded?.cachePath, milliseconds: milliseconds, analyser: cache.analyserPath))
        }
    }
}
