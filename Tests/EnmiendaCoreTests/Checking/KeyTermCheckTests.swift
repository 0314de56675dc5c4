import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// Issue 17, item 3: a key term (an entry with approved renderings) that a source segment
/// says must be rendered in its target, as Xbench's and CheckMate's key-term checks have it.
@Suite struct KeyTermCheckTests {
    /// A key term with nothing to flag: *ceasefire* is rendered *alto el fuego* or *tregua*.
    private static func ceasefire(wrong: [String] = [], suggestions: [String] = []) -> GlossaryEntry {
        var entry = GlossaryEntry(
            id: "ceasefire", sources: ["ceasefire"], wrongForms: wrong, suggestions: suggestions,
            category: .untranslated, severity: .major, note: "Fundéu: alto el fuego.")
        entry.approvedRenderings = ["alto el fuego", "tregua"]
        return entry
    }

    /// The findings of `spanish` paired line by line with `english`.
    private func findings(_ spanish: String, _ english: String, _ entries: [GlossaryEntry]) throws -> [Finding] {
        let segmented = SegmentedDocument(
            bitext: TextDocument(spanish, path: "es.txt"), source: TextDocument(english, path: "en.txt"))
        return try Fixtures.aligner(entries).align(segmented).findings
    }

    /// The matched text of each finding of ``findings(_:_:_:)``.
    private func flagged(_ spanish: String, _ english: String, _ entries: [GlossaryEntry]) throws -> [String] {
        try findings(spanish, english, entries).map(\.matchedText)
    }

    @Test func aTermTheSourceSaysAndTheTargetLeavesOutIsReported() throws {
        let spanish = "La OTAN respalda la paz.\nEl alto el fuego se mantiene.\n"
        let found = try findings(spanish, "NATO backs the ceasefire.\nThe ceasefire holds.\n", [Self.ceasefire()])
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.entryID == "ceasefire")
        #expect(finding.category == .terminology, "whatever the entry's category")
        #expect(finding.severity == .major)
        #expect(finding.message == "“ceasefire” is not rendered with an approved term (alto el fuego, tregua)")
        #expect(finding.suggestions == ["alto el fuego", "tregua"])
        #expect(finding.note == "Fundéu: alto el fuego.")
        #expect(finding.manualCheck != nil, "the term's place is unknown: no automatic fix")
        // On the segment's first word, in the file.
        #expect(finding.matchedText == "La" && finding.byteRange == 0..<2)
        #expect(finding.location.line == 1 && finding.location.column == 1)
        #expect(finding.segment?.id == "line 1" && finding.segment?.source == "NATO backs the ceasefire.")
        #expect(finding.sentence == "La OTAN respalda la paz.")
        let alignment = try Fixtures.aligner([Self.ceasefire()]).align(
            SegmentedDocument(
                bitext: TextDocument(spanish, path: "es.txt"),
                source: TextDocument("NATO backs the ceasefire.\nThe ceasefire holds.\n", path: "en.txt")))
        #expect(alignment.correctedText == spanish, "fix leaves it to a person")
    }

    @Test func suggestionsComeFirstAndAlsoCountAsRenderings() throws {
        let entry = Self.ceasefire(wrong: ["ceasefire"], suggestions: ["cese del fuego"])
        let found = try findings(
            "Piden una pausa.\nPiden el cese del fuego.\n", "They want a ceasefire.\nThey want a ceasefire.\n", [entry])
        #expect(found.map(\.segment?.id) == ["line 1"])
        #expect(found.first?.suggestions == ["cese del fuego", "alto el fuego", "tregua"])
    }

    @Test(arguments: [
        "Las treguas se mantienen.", "EL ALTO EL FUEGO SE MANTIENE.", "La Tregua se mantiene.",
        "El alto  el\u{A0}fuego se mantiene.", "El álto el fuego se mantiene.",
    ])
    func aRenderingInAnyFormCaseOrSpacingIsEnough(_ spanish: String) throws {
        #expect(try flagged(spanish + "\n", "The ceasefire holds.\n", [Self.ceasefire()]) == [])
    }

    @Test func aVerbRenderingMatchesInEveryFormOfTheVerb() throws {
        var entry = GlossaryEntry(
            id: "take-place", sources: ["take place"], wrongForms: [], suggestions: [], category: .terminology,
            severity: .minor)
        entry.approvedRenderings = ["celebrar"]
        let aligner = try Fixtures.lexicalAligner([entry])
        func flagged(_ spanish: String) -> Int {
            aligner.align(
                SegmentedDocument(
                    bitext: TextDocument(spanish, path: "es.txt"),
                    source: TextDocument("The summit will take place in Madrid.\n", path: "en.txt"))
            ).findings.count
        }
        #expect(flagged("La cumbre se celebró en Madrid.\n") == 0)
        #expect(flagged("Habían celebrado la cumbre en Madrid.\n") == 0)
        #expect(flagged("La cumbre fue en Madrid.\n") == 1)
    }

    @Test(arguments: [
        ("The ceasefires hold.", true), ("A CEASEFIRE holds.", true), ("The ceasefire's terms hold.", true),
        ("The fire ceased.", false), ("The ceasefirex holds.", false),
    ])
    func theSourceSaysTheTermInAnyEnglishInflection(_ english: String, _ says: Bool) throws {
        let flagged = try flagged("La paz se mantiene.\n", english + "\n", [Self.ceasefire()])
        #expect(flagged == (says ? ["La"] : []), "\(english)")
    }

    @Test func aMultiWordTermTakesAnInflectionOnEachWord() throws {
        var entry = GlossaryEntry(
            id: "peace-talks", sources: ["hold peace talks"], wrongForms: [], suggestions: [],
            category: .terminology, severity: .minor)
        entry.approvedRenderings = ["negociaciones de paz"]
        #expect(try flagged("Hubo charlas.\n", "They hold peace talks.\n", [entry]) == ["Hubo"])
        #expect(try flagged("Hubo charlas.\n", "They hold talks on peace.\n", [entry]) == [])
        #expect(try flagged("Hubo charlas.\n", "They are holding peace talks.\n", [entry]) == ["Hubo"])
        #expect(try flagged("Hubo negociación de paz.\n", "They are holding peace talks.\n", [entry]) == [])
    }

    @Test func withoutASourceTheCheckIsSilent() throws {
        let aligner = try Fixtures.aligner([Self.ceasefire()])
        let spanish = "La paz se mantiene."
        // A whole text, with or without its English: no pairing of segments.
        #expect(aligner.align(TextDocument(spanish)).findings.isEmpty)
        #expect(aligner.align(TextDocument(spanish), source: SourceText("The ceasefire holds.")).findings.isEmpty)
        // A segment that has no source.
        let document = TextDocument(spanish, path: "es.txt")
        let segment = TextSegment(id: "1", literal: 0..<document.bytes.count, of: document.bytes, source: nil)
        let segmented = SegmentedDocument(document: document, format: "test", segments: [segment])
        #expect(aligner.align(segmented).findings.isEmpty)
        // A source segment that does not say the term.
        #expect(try flagged(spanish + "\n", "Peace holds.\n", [Self.ceasefire()]) == [])
    }

    @Test func aWrongFormOfTheSameEntryIsEnough() throws {
        let entry = Self.ceasefire(wrong: ["ceasefire"], suggestions: ["alto el fuego"])
        let found = try findings("El ceasefire se mantiene.\n", "The ceasefire holds.\n", [entry])
        #expect(found.map(\.matchedText) == ["ceasefire"])
        #expect(found.first?.manualCheck == nil, "the wrong form's correction applies")
    }

    @Test func eachTermLeftOutTakesTheNextWordNoOtherFindingCovers() throws {
        let nonStarters = Fixtures.entry("non-starters", wrong: ["no talleres"], suggestions: ["inviables"])
        var talks = GlossaryEntry(
            id: "talks", sources: ["talks"], wrongForms: [], suggestions: [], category: .terminology,
            severity: .minor)
        talks.approvedRenderings = ["negociaciones"]
        let found = try findings(
            "No talleres, dicen las charlas.\n", "Ceasefire talks are non-starters.\n",
            [nonStarters, Self.ceasefire(), talks])
        #expect(found.map(\.matchedText) == ["No talleres", "dicen", "las"])
        #expect(found.map(\.entryID) == ["non-starters", "ceasefire", "talks"])
        // A segment whose every word is taken has no room for a key term.
        #expect(
            try flagged("No talleres.\n", "Ceasefire non-starters.\n", [nonStarters, Self.ceasefire()])
                == ["No talleres"])
    }

    @Test func aKeyTermNeedsNoWrongFormButItsTextsAreChecked() throws {
        _ = try Glossary(entries: [Self.ceasefire()])
        var bare = Self.ceasefire()
        bare.approvedRenderings = []
        #expect(throws: InputError.self) { try Glossary(entries: [bare]) }
        var contradicting = Self.ceasefire(wrong: ["tregua"], suggestions: ["alto el fuego"])
        contradicting.approvedRenderings = ["una tregua"]
        do {
            _ = try Glossary(entries: [contradicting])
            Issue.record("an approved rendering that its entry flags is refused")
        } catch {
            #expect(
                error.diagnostics.map(\.message) == [
                    "approved rendering 'una tregua' of entry 'ceasefire' contains its wrong form 'tregua' and would be flagged"
                ])
        }
    }

    /// A key term's examples that give their English run as segments: an incorrect one is
    /// flagged for leaving the term out, and its `corrected` text, written by a person, is not.
    @Test func examplesWithASourceRunTheKeyTermCheck() throws {
        let here = SourceLocation(path: "t.xml", line: 1, column: 1)
        var entry = Self.ceasefire()
        entry.examples = [
            GlossaryExample(
                text: "Piden una pausa.", corrected: "Piden un alto el fuego.", location: here,
                expectedSuggestions: ["alto el fuego", "tregua"], source: "They want a ceasefire."),
            GlossaryExample(
                text: "Piden una tregua.", corrected: nil, location: here, source: "They want a ceasefire."),
            GlossaryExample(text: "Piden una pausa.", corrected: nil, location: here, source: "They want a pause."),
        ]
        #expect(ExampleCheck.failures(in: try Glossary(entries: [entry])).isEmpty)
        entry.examples = [
            GlossaryExample(
                text: "Piden una pausa.", corrected: "Piden un respiro.", location: here,
                source: "They want a ceasefire."),
            GlossaryExample(text: "Piden una pausa.", corrected: nil, location: here, source: "They want a ceasefire."),
        ]
        #expect(
            ExampleCheck.failures(in: try Glossary(entries: [entry])).map(\.message) == [
                "is flagged again once corrected",
                "must not be flagged, but [ceasefire] flags “Piden”",
            ])
    }
}
