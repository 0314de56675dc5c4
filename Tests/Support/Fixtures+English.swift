import EnmiendaCore

extension Fixtures {
    /// A small English lexicon built in code, with no Debian data: a few English words
    /// (some also Spanish, some names), Spanish words that are taken away, and a few
    /// translations.
    package static let englishLexicon = EnglishLexicon(
        englishWords: [
            "shortfall", "crackdown", "bailout", "bailouts", "stake", "holders", "policy", "policies", "quickly",
            "the", "of", "and", "with", "from", "were", "happy", "deal", "example", "report", "title", "files",
            "snake", "case", "camel", "crack", "down", "Boston", "NASA", "polish", "Polish", "tren", "red", "once",
            "sin", "pan", "internet", "software", "marketing", "menu", "able", "variable",
        ],
        spanishWords: ["tren", "red", "once", "sin", "pan", "internet", "software", "marketing", "menú"],
        translations: [
            .init(english: "bailout", partOfSpeech: .noun, spanish: "rescate"),
            .init(english: "shortfall", partOfSpeech: .noun, spanish: "déficit"),
            .init(english: "policy", partOfSpeech: .noun, spanish: "política"),
            .init(english: "quickly", partOfSpeech: .adverb, spanish: "rápidamente"),
            .init(english: "deal", partOfSpeech: .verb, spanish: "repartir"),
        ],
        source: "test fixture")

    /// An aligner over `entries` with the fixture lexicon's morphology and, unless told
    /// otherwise, the fixture English lexicon.
    package static func untranslatedAligner(
        _ entries: [GlossaryEntry] = [], english: EnglishLexicon? = englishLexicon
    ) throws -> Aligner {
        var options = AlignmentOptions(morphology: SpanishMorphology(lexicon: lexicon), concurrency: 1)
        options.englishLexicon = english
        return Aligner(glossary: try Glossary(entries: entries), options: options)
    }
}
