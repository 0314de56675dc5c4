import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// A mistyped slot or transform is not silently taken as text.
@Suite struct SlotSpellingTests {
    @Test func anUnknownTransformIsRefusedAtLoading() throws {
        let entry = Fixtures.entry(
            "t", wrong: ["el liderazgo {adjective}"], suggestions: ["los dirigentes {adjective:plurall}"])
        let error = try #require(throws: InputError.self) { try Glossary(entries: [entry]) }
        #expect(error.diagnostics.count == 1)
        #expect(
            error.diagnostics[0].message
                == "suggestion 'los dirigentes {adjective:plurall}' of entry 't' has '{adjective:plurall}', whose transform 'plurall' does not exist; the transforms are feminine, masculine, plural, preterite, singular"
        )
    }

    @Test(arguments: ["plural", "singular", "masculine", "feminine"])
    func everyTransformTheRendererKnowsLoads(_ transform: String) throws {
        let entry = Fixtures.entry(
            "t", wrong: ["el liderazgo {adjective}"], suggestions: ["los dirigentes {adjective:\(transform)}"])
        #expect(throws: Never.self) { try Glossary(entries: [entry]) }
    }

    @Test func anUnknownSlotIsReportedByValidation() throws {
        var entry = Fixtures.entry("n", wrong: ["{nope} casa"], suggestions: ["hogar"])
        entry.context = [ContextRule(kind: .require, before: 2, phrases: ["{wrod} de"])]
        // Loading takes it as text, as a software string's placeholder may be meant.
        let glossary = try Glossary(entries: [entry])
        let messages = GlossaryValidation.problems(in: glossary).map(\.message)
        #expect(
            messages.contains {
                $0.hasPrefix("wrong form '{nope} casa' of entry 'n' has '{nope}', which is not a slot")
            })
        #expect(messages.contains { $0.hasPrefix("context phrase '{wrod} de' of entry 'n' has '{wrod}'") })
        #expect(messages.allSatisfy { !$0.contains("{number}, {english-number}") || $0.contains("{words}") })
    }

    @Test func knownSlotsAreNotReported() throws {
        let entry = Fixtures.entry("k", wrong: ["{number} tropas"], suggestions: ["{number} soldados"])
        let messages = GlossaryValidation.problems(in: try Glossary(entries: [entry])).map(\.message)
        #expect(!messages.contains { $0.contains("not a slot") })
    }

    @Test func aSuggestionThatRepeatsItsWrongFormWithSlotsIsRefused() throws {
        let loop = Fixtures.entry("z", wrong: ["{number} zánganos"], suggestions: ["unos {number} zánganos"])
        let error = try #require(throws: InputError.self) { try Glossary(entries: [loop]) }
        #expect(
            error.diagnostics.map(\.message) == [
                "suggestion 'unos {number} zánganos' of entry 'z' contains its wrong form '{number} zanganos' and would be flagged again"
            ])
        // An English number comes out Spanish, which the slot no longer matches; a
        // transform changes the words.
        let numbers = Fixtures.entry("t", wrong: ["{english-number} tropas"], suggestions: ["{english-number} tropas"])
        let plural = Fixtures.entry("p", wrong: ["el {adjective}"], suggestions: ["el {adjective:plural}"])
        #expect(throws: Never.self) { try Glossary(entries: [numbers, plural]) }
    }
}
