import Foundation
import Testing

@testable import Enmienda

/// Inputs that crashed a fuzz target once (Fuzz/run.sh), kept so they never do again.
@Suite struct FuzzRegressionTests {
    /// FuzzAligner: a `{words}` slot ran over a line break that the segmenter took for a
    /// sentence end, and the corrected sentence was cut from the first sentence only.
    @Test func matchAcrossASentenceBreakKeepsBothSentences() throws {
        let base64 = """
            cXVlIHZpbyBhIGxhcyB0cmVzIG5hY2lvamUAIGVsaW1pbmUgYWwgcHJlc2lkZW50ZSBaZWxDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDZW5za3lDb24w\
            MAowIHRhc29udHJvcGEKMENDQ0NDQ0NDQ0NDZW5za3kgZGUgc3UgY2FyZ287IGVsbnNh
            """
        let bytes = try #require(Data(base64Encoded: base64))
        let document = try TextDocument(bytes: Array(bytes), path: "crash.txt")
        let alignment = Aligner(glossary: try Glossary.builtIn).align(document)
        let finding = try #require(alignment.findings.first { $0.entryID == "remove-from-office" })
        #expect(finding.sentence.contains(finding.matchedText))
        #expect(finding.correctedSentence.contains(finding.topSuggestion))
        #expect(!finding.correctedSentence.contains(finding.matchedText))
    }

    /// FuzzGlossary: an example's `suggestions="a|b| "` kept a blank suggestion, which the
    /// glossary writer wrote as `a|b|` and TBX read back as two: blanks are dropped at load.
    @Test func blankExpectedSuggestionsAreDroppedSoEveryExportReadsBackTheSame() throws {
        let entry = """
            <entry id="non-starters" category="mistranslation" severity="major">
              <source>non-starters</source><wrong>no taller</wrong><suggestion>inviable</suggestion>
              <suggestion>inaceptable</suggestion>
              <incorrect corrected="Calificó el plan de inviable." suggestions="inviable|inaceptable| ">\
            Calificó el plan de <marker>no taller</marker>.</incorrect>
            </entry>
            """
        let glossary = try Glossary(xml: Fixtures.glossaryXML(entry), path: "g.xml")
        let loaded = try #require(glossary.entries.first)
        #expect(loaded.examples[0].expectedSuggestions == ["inviable", "inaceptable"])
        let writer = GlossaryXMLWriter()
        let rewritten = try Glossary(xml: Array(writer.xml(for: glossary).utf8), path: "again.xml")
        #expect(rewritten.entries.map(writer.xml(for:)) == [writer.xml(for: loaded)])
        for version in GlossaryTBX.Version.allCases {
            let text = GlossaryTBX.text(of: glossary, version: version)
            let back = try GlossaryTBX.entries(from: Array(text.utf8), path: "again.tbx").entries
            #expect(back.map(writer.xml(for:)) == [writer.xml(for: loaded)], "\(version)")
        }
    }

    @Test func phraseAcrossALineBreakIsCorrectedInItsSentences() throws {
        let entry = Fixtures.entry("e", wrong: ["no talleres"], suggestions: ["inviables"])
        let alignment = try Fixtures.aligner([entry]).align(TextDocument("Eran NO\nTALLERES hoy."))
        let finding = try #require(alignment.findings.first)
        #expect(finding.sentence == "Eran NO\nTALLERES hoy.")
        #expect(finding.correctedSentence == "Eran INVIABLES hoy.")
    }
}

@Suite struct AgreementRegressionTests {
    /// FuzzAligner: an adjective-looking word after a match belonged to the next finding,
    /// and agreement took it over: two corrections overlapped.
    @Test func agreementNeverTakesAWordOfAnotherFinding() throws {
        let troops = Fixtures.entry("troops", wrong: ["{number} tropas"], suggestions: ["{number} soldados"])
        let rounds = Fixtures.entry("rounds", wrong: ["rondas de munición"], suggestions: ["proyectiles"])
        let alignment = try Fixtures.aligner([troops, rounds]).align(TextDocument("01 tropas rondas de munición."))
        #expect(alignment.correctedText == "01 soldados proyectiles.")
    }

    /// FuzzAligner: a verb-headed entry ("elimine al …") took the determiner before it
    /// and "agreed" it with the suggestion's verb.
    @Test func entriesThatDoNotInflectGovernNoAgreement() throws {
        var remove = Fixtures.entry(
            "remove", wrong: ["elimine al {words} de su cargo"], suggestions: ["destituya al {words}"])
        remove.inflection = []
        let alignment = try Fixtures.aligner([remove]).align(TextDocument("el elimine al jefe de su cargo"))
        #expect(alignment.correctedText == "el destituya al jefe")
    }
}
