import Enmienda
import Foundation

/// The Spanish lexicon of this process: loaded once, the first time a command needs it
/// (commands that do not align never pay for it), its notices written once on standard
/// error as `enmienda: …` lines.
enum SharedLexicon {
    /// The lexicon, or `nil` when it is disabled (`ENMIENDA_LEXICON=off`) or unavailable.
    static var lexicon: SpanishLexicon? { loaded?.lexicon }

    /// The lexicon as loaded, with the cache file it was mapped from.
    private static let loaded: LexiconCache.Loaded? = load().loaded

    /// What names the morphology in a glossary cache key: the lexicon's cache file (its
    /// name hashes the analyser and Enmienda's version) and which file it was (a file
    /// compiled again, after damage say, is another: what the old one gave is not
    /// reused), or `rules` without a lexicon; `nil` for a lexicon compiled in memory,
    /// which no name identifies.
    static var identity: String? {
        guard let loaded, loaded.lexicon != nil else { return "rules" }
        guard let path = loaded.cachePath, let file = loaded.cacheFile else { return nil }
        return path + " " + file.identity
    }

    /// The morphology that aligners use: the lexicon's, with the rules as fallback.
    static var morphology: SpanishMorphology { SpanishMorphology(lexicon: lexicon) }

    /// The morphology to run the examples of `entries` with: the lexicon's when any entry
    /// has examples (only then is the lexicon loaded), else the rules.
    static func morphology(forExamplesOf entries: [GlossaryEntry]) -> any EnmiendaCore.Morphology {
        entries.contains { !$0.examples.isEmpty } ? morphology : SpanishRules()
    }

    /// The English words the untranslated-word check flags, or `nil` when the check is
    /// off (`ENMIENDA_UNTRANSLATED=off`, no Spanish lexicon) or `wamerican` is missing.
    static let englishLexicon: EnglishLexicon? = {
        guard let lexicon, let cache = EnglishLexiconCache(environment: ProcessInfo.processInfo.environment) else {
            return nil
        }
        return cache.load(spanish: lexicon) { notice in Terminal.standardError.note("enmienda: \(notice)\n") }
    }()

    /// The cache the environment sets up, or `nil` when the lexicon is disabled.
    static var cache: LexiconCache? { LexiconCache(environment: ProcessInfo.processInfo.environment) }

    /// Loads the lexicon (compiling it when `rebuild` or when its cache is missing),
    /// writing the notices on standard error; also how long it took, in milliseconds.
    static func load(rebuild: Bool = false) -> (loaded: LexiconCache.Loaded?, milliseconds: Double) {
        guard let cache else { return (nil, 0) }
        let start = DispatchTime.now().uptimeNanoseconds
        let loaded = cache.load(rebuild: rebuild) { notice in
            Terminal.standardError.note("enmienda: \(notice)\n")
        }
        return (loaded, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
}
