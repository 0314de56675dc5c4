import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

@Suite struct OverlapResolverTests {
    private typealias Occurrence = PhraseAutomaton.Occurrence

    /// The rule as the documentation states it, over all occurrences at once: rank by
    /// length, then entry, then start, then form; take each that overlaps nothing taken.
    private func reference(_ occurrences: [Occurrence], tokenCount: Int) -> [Occurrence] {
        let ranked = occurrences.sorted {
            ($0.tokenCount, -$0.entryIndex, -$0.firstToken, -$0.variantIndex)
                > ($1.tokenCount, -$1.entryIndex, -$1.firstToken, -$1.variantIndex)
        }
        var taken = Set<Int>()
        var chosen: [Occurrence] = []
        for occurrence in ranked where taken.isDisjoint(with: occurrence.tokens) {
            taken.formUnion(occurrence.tokens)
            chosen.append(occurrence)
        }
        return chosen.sorted { $0.firstToken < $1.firstToken }
    }

    /// Resolving each run of overlapping occurrences alone chooses what ranking them all
    /// together chooses, on seeded random occurrences listed by first token (as the
    /// automaton lists them) and in any order. Every occurrence covers a token at least:
    /// a form has a word at least.
    @Test func runsResolvedAloneChooseWhatRankingAllChooses() {
        var generator = SeededGenerator(state: 3)
        for round in 0..<500 {
            let tokenCount = Int.random(in: 1...60, using: &generator)
            var occurrences = (0..<Int.random(in: 0...25, using: &generator)).map { _ in
                let first = Int.random(in: 0..<tokenCount, using: &generator)
                return Occurrence(
                    firstToken: first, tokenCount: Int.random(in: 1...min(4, tokenCount - first), using: &generator),
                    variantIndex: Int.random(in: 0..<6, using: &generator),
                    entryIndex: Int.random(in: 0..<4, using: &generator), captures: [])
            }
            if round % 5 != 0 { occurrences.sort { $0.firstToken < $1.firstToken } }
            let resolved = OverlapResolver.resolve(occurrences, tokenCount: tokenCount)
            #expect(resolved == reference(occurrences, tokenCount: tokenCount), "\(occurrences)")
        }
    }
}
