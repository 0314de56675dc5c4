import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

@Suite struct FoldedSentencesTests {
    private static func foldedDirectly(_ sentence: String) -> [UInt8] {
        Array(PhrasePattern.folded(sentence).joined(separator: " ").utf8)
    }

    /// Sentences of equal length share a slot, and canonically equivalent sentences
    /// (precomposed and decomposed accents) have different bytes: each is still folded as
    /// itself, in any order, from several threads at once.
    @Test func eachSentenceFoldsAsItselfWhateverWasFoldedBefore() async {
        let sentences = [
            "«Las demandas» son no talleres.", "Las demandas son NO TALLERES…", "Él llegó ¿tarde?",
            "E\u{301}l llego\u{301} ¿tarde?", "Él llegó ¿tarde!", "", "a", "b", "Año nuevo", "Ano nuevo",
        ]
        let memo = FoldedSentences()
        var generator = SeededGenerator(state: 11)
        let order = (0..<2_000).map { _ in sentences[Int.random(in: sentences.indices, using: &generator)] }
        for sentence in order { #expect(memo.folded(sentence) == Self.foldedDirectly(sentence), "\(sentence)") }
        await withTaskGroup(of: Bool.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    order.indices.allSatisfy { index in
                        let sentence = order[(index * (worker + 1)) % order.count]
                        return memo.folded(sentence) == Self.foldedDirectly(sentence)
                    }
                }
            }
            for await allEqual in group { #expect(allEqual) }
        }
    }
}
