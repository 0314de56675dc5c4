import EnmiendaTestSupport
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// A glossary cannot make compiling or matching explode: optional words and slots per
/// wrong form are bounded, and a form over the bound is refused where it is written.
@Suite struct PatternLimitTests {
    private func wrong(optional: Int, words: Int = 0) -> String {
        String(repeating: "{word?} ", count: optional) + String(repeating: "{words} ", count: words) + "zzzz"
    }

    @Test func tooManyOptionalWordsAreRefusedAtTheEntry() throws {
        let xml = Fixtures.glossaryXML(Fixtures.entryXML(id: "many", wrong: wrong(optional: 18)))
        let error = try #require(Fixtures.loadError(xml))
        #expect(error.diagnostics.count == 1)
        #expect(error.diagnostics[0].location == SourceLocation(path: "g.xml", line: 3, column: 3))
        #expect(error.diagnostics[0].message.contains("has 18 {word?} slots; at most 4 are allowed"))
    }

    @Test func optionalWordsInAFormAreCountedToo() throws {
        var entry = Fixtures.entry("form", wrong: [], suggestions: [])
        entry.forms = [GlossaryForm(wrongForms: [wrong(optional: 5)], suggestions: ["x"])]
        #expect(throws: InputError.self) { try Glossary(entries: [entry]) }
    }

    @Test func theBoundItselfCompilesEveryVariant() throws {
        let entry = Fixtures.entry("four", wrong: [wrong(optional: 4)], suggestions: ["x"])
        let variants = VariantExpander(morphology: SpanishRules()).variants(of: try Glossary(entries: [entry]))
        // Each optional word is there or not (2^4 ways), in both numbers of `zzzz`.
        let slotCounts = Set(variants.map { $0.wrong.slots.count })
        #expect(slotCounts == [0, 1, 2, 3, 4])
        #expect(variants.count <= 32)
    }

    @Test func tooManySlotsAreRefused() throws {
        let entry = Fixtures.entry("slots", wrong: [wrong(optional: 1, words: 8)], suggestions: ["x"])
        let error = try #require(throws: InputError.self) { try Glossary(entries: [entry]) }
        #expect(error.diagnostics[0].message.contains("has 9 slots; at most 8 are allowed"))
    }

    @Test func phraseSlotsAreSearchedOncePerStateAndToken() throws {
        // Eight `{words}` before `zzzz`, on 30 words: every split of the words into eight
        // runs of one to six reaches the same places, and each place is searched once.
        let variant = PatternVariant(
            entryIndex: 0, wrong: PatternTemplate(wrong(optional: 0, words: 8)), suggestions: [],
            isExplicit: true, governsAgreement: false)
        let automaton = PhraseAutomaton(variants: [variant])
        let words = (1...30).map { "palabra\($0)" }.joined(separator: " ")
        let bytes = Array((words + " zzzz.").utf8)
        let text = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
        var searched = 0
        let found = automaton.occurrences(
            in: text, slots: SlotMatcher(text: text, bytes: bytes, morphology: SpanishRules()), searched: &searched
        ) { _ in true }
        // Every start 8 to 30 words before `zzzz` (23 of them) matches, once.
        #expect(found.count == 23)
        #expect(found.allSatisfy { $0.firstToken + $0.tokenCount == 31 && $0.captures.count == 8 })
        #expect(found.allSatisfy { $0.captures.first?.lowerBound == $0.firstToken })
        // 9 states (the root, one per slot) and 32 tokens, from each of 31 starts.
        #expect(searched <= 31 * 10 * 32)
    }

    @Test func aContextWindowOfAnySizeReachesTheSentenceEnds() throws {
        // The largest Int (it overflowed when added to the match's end) and a number too
        // large for an Int (it was read as 0, no window at all).
        let xml = Fixtures.glossaryXML(
            """
              <entry id="ovf" category="mistranslation" severity="major">
                <source>x</source><wrong>no talleres</wrong><suggestion>inviables</suggestion>
                <require after="9223372036854775807">demandas</require>
                <forbid before="99999999999999999999">ayer</forbid>
              </entry>
            """)
        let glossary = try Glossary(xml: xml, path: "g.xml")
        let rules = try #require(glossary.entries.first?.context)
        #expect(rules.map(\.after) == [Int(Int32.max), 0])
        #expect(rules.map(\.before) == [0, Int(Int32.max)])
        let aligner = Aligner(glossary: glossary)
        #expect(aligner.align(TextDocument("Son no talleres y demandas.")).findings.count == 1)
        #expect(aligner.align(TextDocument("Son no talleres y nada más.")).findings.isEmpty)
        #expect(aligner.align(TextDocument("Ayer eran no talleres y demandas.")).findings.isEmpty)
        // Set in code, past what an image can hold: the same.
        var entry = Fixtures.entry("code", wrong: ["no talleres"], suggestions: ["inviables"])
        entry.context = [ContextRule(kind: .require, before: Int.max, after: Int.max, phrases: ["demandas"])]
        let inCode = Aligner(glossary: try Glossary(entries: [entry]))
        #expect(inCode.align(TextDocument("Las demandas son no talleres.")).findings.count == 1)
    }
}
