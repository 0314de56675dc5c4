import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// Entries that share a wrong form: the first entry in glossary order whose conditions
/// hold is reported, and the later ones are not tested once it is (ten thousand entries
/// with the wrong form *zorro* took minutes and gigabytes on 64 KB of text).
@Suite struct SharedWrongFormTests {
    private func entry(_ id: String, _ wrong: String, _ suggestion: String, _ rules: [ContextRule] = [])
        -> GlossaryEntry
    {
        var entry = Fixtures.entry(id, wrong: [wrong], suggestions: [suggestion])
        entry.inflection = []
        entry.context = rules
        return entry
    }

    @Test func theFirstEntryWhoseConditionsHoldIsReported() throws {
        let glossary = try Glossary(entries: [
            entry("a", "zorro", "lobo", [ContextRule(kind: .forbid, before: 1, phrases: ["el"])]),
            entry("b", "zorro", "perro", [ContextRule(kind: .require, after: 1, phrases: ["salta"])]),
            entry("c", "zorro", "animal"),
            entry("d", "{number} zorros", "{number} lobos", [ContextRule(kind: .forbid, before: 1, phrases: ["los"])]),
            entry("e", "{number} zorros", "{number} animales"),
        ])
        let text =
            "Vi que el zorro salta. Vi que el zorro corre. Vi que un zorro corre. Vi los 3 zorros. Vi unos 3 zorros."
        let alignment = Aligner(glossary: glossary).align(TextDocument(text))
        #expect(alignment.findings.map(\.entryID) == ["b", "c", "a", "e", "d"])
        #expect(
            alignment.correctedText
                == "Vi que el perro salta. Vi que el animal corre. Vi que un lobo corre. Vi los 3 animales. Vi unos 3 lobos."
        )
    }

    @Test(arguments: ["zorro", "{number} zorros"])
    func laterEntriesOverTheSameWordsAreNotTested(_ wrong: String) throws {
        let entries = (0..<1_000).map { entry("z\($0)", wrong, "lobo\($0)") }
        let variants = VariantExpander(morphology: SpanishRules()).variants(of: try Glossary(entries: entries))
        let automaton = PhraseAutomaton(variants: variants)
        let bytes = Array("Un zorro, 2 zorros y 3 zorros; otro zorro.".utf8)
        let text = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
        let slots = SlotMatcher(text: text, bytes: bytes, morphology: SpanishRules())
        let occurrences = 2
        var searched = 0
        var tested = 0
        let found = automaton.occurrences(in: text, slots: slots, searched: &searched) { _ in
            tested += 1
            return true
        }
        #expect(found.count == occurrences && tested == occurrences)
        #expect(found.allSatisfy { $0.entryIndex == 0 })
        // Where the first entry is refused, the next is tested, and no further.
        tested = 0
        let refusingFirst = automaton.occurrences(in: text, slots: slots, searched: &searched) { occurrence in
            tested += 1
            return occurrence.entryIndex > 0
        }
        #expect(refusingFirst.count == occurrences && tested == 2 * occurrences)
        #expect(refusingFirst.allSatisfy { $0.entryIndex == 1 })
    }

    /// More than 256 entries sharing a wrong form (case and accents aside) are refused at
    /// the first one past the limit: each occurrence would test them all where their
    /// conditions fail (20,000 such entries took 10 s on 26 KB).
    @Test func moreThan256EntriesSharingAWrongFormAreRefused() throws {
        func glossary(_ count: Int) throws -> Glossary {
            try Glossary(
                entries: (0..<count).map { index in
                    var entry = entry("c\(index)", index.isMultiple(of: 2) ? "casa roja" : "Casa Rojá", "hogar\(index)")
                    entry.context = [ContextRule(kind: .require, before: 5, phrases: ["zzz\(index)"])]
                    return entry
                })
        }
        #expect(throws: Never.self) { try Aligner(compiling: try glossary(256)) }
        let error = try #require(throws: InputError.self) { try Aligner(compiling: try glossary(257)) }
        #expect(error.kind == .glossary)
        #expect(
            error.diagnostics.map(\.message) == [
                "the form 'casa roja' is a wrong form of 257 entries; at most 256 may share one (where their conditions all fail, each is tested at each occurrence): the limit is passed at entry 'c256'; merge them into entries with <form>s or context rules of their own"
            ])
    }
}
