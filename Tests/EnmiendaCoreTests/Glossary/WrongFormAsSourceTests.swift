import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// A blacklist without an English column gives the wrong form as the source: its
/// findings say the glossary gives no English source, whether the glossary is in memory
/// or read back from a compiled image (which has the answer worked out).
@Suite struct WrongFormAsSourceTests {
    static let entries = [
        GlossaryEntry(
            id: "libreria", sources: ["Librería"], wrongForms: ["librería"], suggestions: ["biblioteca"],
            category: .mistranslation, severity: .major),
        GlossaryEntry(
            id: "actual", sources: ["actualmente "], wrongForms: ["por el momento", "ACTUALMENTE"],
            suggestions: ["en realidad"], category: .mistranslation, severity: .minor),
        GlossaryEntry(
            id: "ceasefire", sources: ["ceasefire"], wrongForms: ["ceasefire"], suggestions: ["alto el fuego"],
            category: .terminology, severity: .minor),
        Fixtures.entry("non-starters", wrong: ["no talleres"], suggestions: ["inviables"]),
    ]
    static let text = "La librería abrió. Actualmente no hay ceasefire: son no talleres."

    @Test func theEntriesThatGiveAWrongFormAsSource() {
        #expect(Self.entries.map(\.givesWrongFormAsSource) == [true, true, true, false])
    }

    @Test func aCompiledImageCarriesItAndTheMessagesAgree() throws {
        let aligner = try Fixtures.aligner(Self.entries)
        let compiled = CompiledGlossary(aligner: aligner, warnings: [])
        let decoded = try CompiledGlossary(image: try #require(compiled.image()))
        let glossary = decoded.glossary
        #expect(
            (0..<glossary.entryCount).map(glossary.compiledGivesWrongFormAsSource(at:)) == [true, true, true, false])
        #expect(
            (0..<glossary.entryCount).map(aligner.glossary.compiledGivesWrongFormAsSource(at:)) == [nil, nil, nil, nil])
        #expect((0..<glossary.entryCount).map(glossary.givesWrongFormAsSource(at:)) == [true, true, true, false])
        #expect(
            (0..<aligner.glossary.entryCount).map(aligner.glossary.givesWrongFormAsSource(at:))
                == [true, true, true, false])

        let expected = [
            "“librería” is a known mistranslation (the glossary gives no English source)",
            "“Actualmente” is a known mistranslation (the glossary gives no English source)",
            "“ceasefire” is not the established term for “ceasefire”",
            "“no talleres” mistranslates “source of non-starters”",
        ]
        let document = TextDocument(Self.text)
        #expect(aligner.align(document).findings.map(\.message) == expected)
        #expect(decoded.aligner(options: AlignmentOptions()).align(document).findings.map(\.message) == expected)
    }
}
