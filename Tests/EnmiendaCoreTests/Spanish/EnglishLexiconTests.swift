import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// The English lexicon keeps lower-case English words that no Spanish form folds to, with
/// their translations, and reads back its own image.
@Suite struct EnglishLexiconTests {
    private let english = Fixtures.englishLexicon

    @Test func spanishWordsNamesAndAccentlessSpellingsAreLeftOut() {
        #expect(english.contains("crackdown"))
        #expect(english.contains("Crackdown"))
        #expect(english.contains("polish"))  // the list also has it in lower case
        for word in [
            "tren", "red", "once", "sin", "pan", "internet", "software", "marketing", "menu", "boston", "nasa",
        ] {
            #expect(!english.contains(word), "\(word)")
        }
    }

    @Test func nounsAndAdverbsHaveTranslationsPluralsTheirSingulars() {
        #expect(english.translations(of: "bailout") == ["rescate"])
        #expect(english.translations(of: "bailouts") == ["rescate"])
        #expect(english.translations(of: "policies") == ["política"])
        #expect(english.translations(of: "quickly") == ["rápidamente"])
        #expect(english.translations(of: "deal") == [])  // a verb's translation is no suggestion
        #expect(english.translations(of: "crackdown") == [])
        #expect(EnglishLexicon.singulars(of: "taxes") == ["taxe", "tax"])
    }

    @Test func theImageReadsBackTheSameLexicon() throws {
        let copy = try EnglishLexicon(image: english.image())
        #expect(copy.wordCount == english.wordCount)
        #expect(copy.source == "test fixture")
        #expect(copy.translations(of: "bailouts") == ["rescate"])
        #expect(copy.contains("crackdown") && !copy.contains("tren"))
    }

    @Test func aDamagedImageIsRefused() {
        let image = english.image()
        #expect(throws: EnglishLexicon.FormatError.self) { try EnglishLexicon(image: Array(image.dropLast())) }
        #expect(throws: EnglishLexicon.FormatError.self) { try EnglishLexicon(image: Array("ENMLEX01".utf8)) }
        var lying = image
        lying[8] = 3  // a slot count that is no power of two
        #expect(throws: EnglishLexicon.FormatError.self) { try EnglishLexicon(image: lying) }
    }
}
