import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Inputs that crashed a fuzz target once (Fuzz/run.sh), kept so they never do again.
@Suite struct FuzzRegressionTests {
    /// FuzzAligner: a `{words}` slot ran over line breaks that the segmenter takes for
    /// sentence ends (lines that start with a number), and the corrected sentence was cut
    /// from the first sentence only. Matches no longer cross a sentence boundary (issue
    /// 13), so the slot finds nothing there; what is found keeps its sentence.
    @Test func matchAcrossASentenceBreakKeepsBothSentences() throws {
        let base64 = """
            cXVlIHZpbyBhIGxhcyB0cmVzIG5hY2lvamUAIGVsaW1pbmUgYWwgcHJlc2lkZW50ZSBaZWxDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDZW5za3lDb24w\
            MAowIHRhc29udHJvcGEKMENDQ0NDQ0NDQ0NDZW5za3kgZGUgc3UgY2FyZ287IGVsbnNh
            """
        let bytes = try #require(Data(base64Encoded: base64))
        let document = try TextDocument(bytes: Array(bytes), path: "crash.txt")
        let alignment = Aligner(glossary: try Glossary.builtIn).align(document)
        #expect(!alignment.findings.contains { $0.entryID == "remove-from-office" })
        for finding in alignment.findings {
            #expect(finding.sentence.contains(finding.matchedText))
            #expect(finding.correctedSentence.contains(finding.topSuggestion))
        }
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

    /// A match may cross a line break that starts a capitalized line only where the
    /// glossary capitalizes that word (a name); its sentence is then both sentences.
    @Test func phraseAcrossALineBreakIsCorrectedInItsSentences() throws {
        let entry = Fixtures.entry("e", wrong: ["no Talleres"], suggestions: ["inviables"])
        let alignment = try Fixtures.aligner([entry]).align(TextDocument("Eran NO\nTALLERES hoy."))
        let finding = try #require(alignment.findings.first)
        #expect(finding.sentence == "Eran NO\nTALLERES hoy.")
        #expect(finding.correctedSentence == "Eran INVIABLES\nhoy.")
        #expect(alignment.correctedText == "Eran INVIABLES\nhoy.")
    }
}
