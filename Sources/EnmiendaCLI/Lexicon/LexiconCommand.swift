import ArgumentParser
import Enmienda

/// `enmienda lexicon …`: the Spanish lexicon compiled from Apertium (``LexiconCache``):
/// where it is, rebuilding it, and looking words up. One file per subcommand.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract:
            "Look into the Spanish lexicon compiled from apertium-spa-cat: info, build, analyse, paradigm, coverage.",
        discussion: """
            The lexicon is compiled once from the installed Debian package apertium-spa-cat \
            (with lt-print, from lttoolbox-dev) into $XDG_CACHE_HOME/enmienda (else \
            ~/.cache/enmienda). ENMIENDA_APERTIUM_SPA names another analyser .bin; \
            ENMIENDA_LEXICON=off disables the lexicon.
            """,
        subcommands: [
            LexiconInfo.self, LexiconBuild.self, LexiconAnalyse.self, LexiconParadigm.self, LexiconCoverageCommand.self,
        ]
    )

    /// The lexicon, or an input error (status 2) that says why there is none.
    static func required() throws(InputError) -> SpanishLexicon {
        guard SharedLexicon.cache != nil else {
            throw InputError(
                SourceLocation(path: "ENMIENDA_LEXICON", line: 1, column: 1), "the lexicon is disabled (off)")
        }
        guard let lexicon = SharedLexicon.lexicon else {
            throw InputError(SourceLocation(path: LexiconCache.defaultAnalyserPath, line: 1, column: 1), "no lexicon")
        }
        return lexicon
    }
}
