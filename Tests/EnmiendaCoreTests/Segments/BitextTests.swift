import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// A plain translation pairs with its English line by line when both have as many lines,
/// else sentence by sentence (Gale–Church): an entry that needs the source fires only
/// where the paired English says the term, never "anywhere in the file" (field case 11).
@Suite struct BitextTests {
    private func aligner() throws -> Aligner {
        var entry = Fixtures.entry("actually", wrong: ["actualmente"], suggestions: ["en realidad"])
        entry.sources = ["actually"]
        entry.needsSource = true
        return try Fixtures.aligner([entry])
    }

    private func flagged(_ spanish: String, _ english: String) throws -> [String] {
        let document = TextDocument(spanish, path: "es.txt")
        return try aligner().align(SegmentedDocument(bitext: document, source: TextDocument(english, path: "en.txt")))
            .findings.map { "\($0.segment?.id ?? "?"): \($0.matchedText)" }
    }

    @Test func sameLineCountsPairLineByLine() throws {
        let spanish = "En realidad, el plan fracasó.\nEl museo está actualmente cerrado.\n"
        #expect(try flagged(spanish, "Actually, the plan failed.\nThe museum is currently closed.\n") == [])
        #expect(
            try flagged(spanish, "In truth, the plan failed.\nThe museum is actually closed.\n")
                == ["line 2: actualmente"])
    }

    @Test func otherwiseSentencesArePairedByLengthAndAnchors() throws {
        // One paragraph each, split differently into lines; the Spanish merges nothing.
        let spanish = """
            El ministro llegó a Bruselas el martes 12 de marzo. Actualmente, la reunión sigue \
            abierta. Los 27 países votarán mañana.

            """
        let withCurrently = """
            The minister arrived in Brussels on Tuesday, March 12.
            The meeting is currently still open.
            The 27 countries will vote tomorrow.

            """
        let segmented = SegmentedDocument(
            bitext: TextDocument(spanish, path: "es.txt"), source: TextDocument(withCurrently, path: "en.txt"))
        #expect(segmented.segments.map(\.id) == ["sentence 1", "sentence 2", "sentence 3"])
        #expect(segmented.segments.map(\.source) == withCurrently.split(separator: "\n").map(String.init))
        #expect(try flagged(spanish, withCurrently) == [])
        let withActually = withCurrently.replacingOccurrences(of: "currently", with: "actually")
        #expect(try flagged(spanish, withActually) == ["sentence 2: Actualmente"])
        // "Actually" elsewhere in the English is not this sentence's source.
        let elsewhere = withCurrently.replacingOccurrences(of: "Tuesday", with: "Tuesday, actually")
        #expect(try flagged(spanish, elsewhere) == [])
    }

    @Test func galeChurchPairsOneToTwoAndLeavesOutWhatHasNoCounterpart() {
        let target = ["Llegó el martes y se fue el miércoles sin decir nada a nadie.", "Hubo 3 votos."]
        let source = [
            "He arrived on Tuesday.", "He left on Wednesday without a word to anyone.", "There were 3 votes.",
        ]
        let beads = SentenceAlignment.align(target: target, source: source)
        #expect(beads.map(\.target) == [0..<1, 1..<2])
        #expect(beads.map(\.source) == [0..<2, 2..<3])
        #expect(SentenceAlignment.align(target: [], source: []) == [])
        #expect(SentenceAlignment.align(target: ["Hola."], source: []).map(\.source) == [0..<0])
    }

    @Test func longTextsStayInABand() {
        // 5,000 sentences a side: the band keeps the table small and the answer diagonal.
        let target = (0..<5_000).map { "Frase número \($0) del texto." }
        let source = (0..<5_000).map { "Sentence number \($0) of the text." }
        let beads = SentenceAlignment.align(target: target, source: source)
        #expect(beads.count == 5_000)
        #expect(beads.allSatisfy { $0.target == $0.source })
    }
}
