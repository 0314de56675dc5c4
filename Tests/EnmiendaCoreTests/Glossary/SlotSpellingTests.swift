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

    @Test func anUnclosedSlotIsReportedByValidation() throws {
        var entry = Fixtures.entry("u", wrong: ["tomar {word lugar"], suggestions: ["ocurrir"])
        entry.context = [ContextRule(kind: .forbid, after: 1, phrases: ["{number"])]
        let glossary = try Glossary(entries: [entry])
        let messages = GlossaryValidation.problems(in: glossary).map(\.message)
        #expect(
            messages.contains {
                $0.hasPrefix(
                    "wrong form 'tomar {word lugar' of entry 'u' has '{word' with no '}' after it, so it is no slot and is matched as written"
                )
            })
        #expect(messages.contains { $0.hasPrefix("context phrase '{number' of entry 'u' has '{number' with no '}'") })
        let closed = Fixtures.entry("c", wrong: ["{number} tropas"], suggestions: ["{number} soldados"])
        let clean = GlossaryValidation.problems(in: try Glossary(entries: [closed])).map(\.message)
        #expect(!clean.contains { $0.contains("with no '}'") })
    }

    @Test func aMisspeltSlotBehindAnUnfilledSuggestionSlotIsNamed() throws {
        for (wrong, hint) in [
            ("hacer {word diferencia", "(in the wrong form, no '}' closes '{word')"),
            ("hace {nmber} años", "(in the wrong form, '{nmber}' is not a slot)"),
        ] {
            let entry = Fixtures.entry("m", wrong: [wrong], suggestions: ["marcar {word} diferencia {number}"])
            let error = try #require(throws: InputError.self) { try Glossary(entries: [entry]) }
            #expect(error.diagnostics.contains { $0.message.contains(hint) }, "\(error.diagnostics)")
        }
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

    @Test func aSuggestionSlotItsWrongFormHasNothingForIsRefused() throws {
        let entry = Fixtures.entry("l", wrong: ["lanzar {word} producto"], suggestions: ["presentar {number} producto"])
        let error = try #require(throws: InputError.self) { try Glossary(entries: [entry]) }
        #expect(
            error.diagnostics.map(\.message) == [
                "suggestion 'presentar {number} producto' of entry 'l' has 1 {number} slot but its wrong form 'lanzar {word} producto' has none: a suggestion's n-th {number} writes what the wrong form's n-th matched, so the corrected text would lose a word"
            ])
        // Every wrong form the suggestion replaces needs the slot, and as many of them.
        let second = Fixtures.entry("t", wrong: ["{number} tropas", "tropas"], suggestions: ["{number} soldados"])
        let twice = Fixtures.entry("w", wrong: ["el {word} rojo"], suggestions: ["el {word} y el {word}"])
        #expect(throws: InputError.self) { try Glossary(entries: [second]) }
        #expect(throws: InputError.self) { try Glossary(entries: [twice]) }
        // An optional word counts as a word; fewer slots in the suggestion drop words on purpose.
        let optional = Fixtures.entry("o", wrong: ["tomar {word?} decisión"], suggestions: ["adoptar {word} decisión"])
        let fewer = Fixtures.entry("f", wrong: ["{number} {word} tropas"], suggestions: ["{number} soldados"])
        #expect(throws: Never.self) { try Glossary(entries: [optional, fewer]) }
    }
}
