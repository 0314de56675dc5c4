import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

@Suite struct SpanishArticlesTests {
    @Test func theArticleBeforeAStressedAIsMasculine() {
        let rules = SpanishRules()
        #expect(SpanishArticles.determiner("una", before: "arma", morphology: rules) == "un")
        #expect(SpanishArticles.determiner("La", before: "alza", morphology: rules) == "El")
        #expect(SpanishArticles.determiner("la", before: "casa", morphology: rules) == "la")
        #expect(SpanishArticles.determiner("las", before: "armas", morphology: rules) == "las")
    }

    /// The byte-level test that lets a suggestion skip the determiner rule never skips a
    /// phrase the rule would change: on seeded random phrases of determiners in any case,
    /// look-alikes and nouns with and without a stressed *a*.
    @Test func phrasesSkippedByTheByteTestKeepTheirDeterminers() {
        let rules = SpanishRules()
        let words = [
            "la", "La", "LA", "una", "Una", "UNA", "alguna", "ALGUNA", "ninguna", "Ninguna", "las", "unas", "lá",
            "lo", "un", "el", "arma", "alza", "aula", "casa", "ñandú", "a", "de", "algunas", "ningún", "l", "",
        ]
        var generator = SeededGenerator(state: 11)
        var skipped = 0
        for _ in 0..<3_000 {
            let phrase = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                words[Int.random(in: words.indices, using: &generator)]
            }.joined(separator: " ")
            guard !SpanishArticles.mayChangeDeterminers(in: phrase) else { continue }
            skipped += 1
            let parts = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            for index in parts.indices.dropLast() {
                for noun in ["arma", "alza", parts[index + 1]] {
                    #expect(
                        SpanishArticles.determiner(parts[index], before: noun, morphology: rules) == parts[index],
                        "\(phrase)")
                }
            }
        }
        #expect(skipped > 500)
        #expect(SpanishArticles.mayChangeDeterminers(in: "reunir UNA arma"))
        #expect(!SpanishArticles.mayChangeDeterminers(in: "arma la"))
    }
}
