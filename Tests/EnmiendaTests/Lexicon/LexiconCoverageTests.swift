import Testing

@testable import Enmienda

/// Words are split as the checker splits them.
@Suite struct LexiconCoverageTests {
    @Test func wordsAreRunsOfLettersDigitsAndMarksWithALetter() {
        #expect(
            LexiconCoverage.words(in: "¿Tal\u{AD}leres? 12,000 tropas, G7 y e\u{301}l.")
                == ["Talleres", "tropas", "G7", "y", "él"])
    }
}
