import EnmiendaTestSupport
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Entries marked `needs-source` fire only where the English original says their term.
@Suite struct SourceTextTests {
    private func aligner() throws -> Aligner {
        var actually = Fixtures.entry("actually", wrong: ["actualmente"], suggestions: ["en realidad"])
        actually.sources = ["actually"]
        actually.needsSource = true
        actually.inflection = []
        var support = Fixtures.entry("support", wrong: ["soporta"], suggestions: ["apoya"])
        support.sources = ["to support"]
        support.needsSource = true
        support.inflection = []
        let always = Fixtures.entry("always", wrong: ["no talleres"], suggestions: ["inviables"])
        return try Fixtures.aligner([actually, support, always])
    }

    private func entries(_ spanish: String, source: String?) throws -> [String] {
        try aligner().align(TextDocument(spanish), source: source.map(SourceText.init)).findings.map(\.entryID)
    }

    @Test func silentWithoutTheSourceButOtherEntriesStillFire() throws {
        #expect(try entries("Actualmente son no talleres.", source: nil) == ["always"])
    }

    @Test func firesWhereTheSourceSaysTheTerm() throws {
        #expect(try entries("Actualmente votó a favor.", source: "He actually voted for it.") == ["actually"])
        #expect(try entries("Actualmente vive en Kiev.", source: "He currently lives in Kyiv.") == [])
    }

    @Test(arguments: ["supports", "supported", "supporting", "SUPPORT"])
    func termsMatchInAnyEnglishInflection(_ word: String) throws {
        #expect(try entries("El partido soporta la ley.", source: "The party \(word) the bill.") == ["support"])
    }

    @Test func termsMatchWholeWordsOnly() throws {
        #expect(try entries("El partido soporta la ley.", source: "The party's supporters met.") == [])
    }

    @Test func paragraphsPairByPositionWhenBothTextsHaveAsMany() throws {
        let source = "The minister spoke.\n\nShe actually resigned.\n"
        #expect(try entries("El ministro habló.\n\nActualmente dimitió.\n", source: source) == ["actually"])
        #expect(try entries("Actualmente habló.\n\nDimitió.\n", source: source) == [])
    }

    @Test func theWholeSourceCountsWhenParagraphsDoNotPair() throws {
        let source = "The minister spoke.\n\nShe actually resigned.\n\nThe end.\n"
        #expect(try entries("Actualmente habló.\n\nDimitió.\n", source: source) == ["actually"])
    }

    @Test func termWordsDropTheInfinitiveAndPlaceholders() {
        #expect(SourceText.termWords("to support") == ["support"])
        #expect(SourceText.termWords("argument (a quarrel)") == ["argument"])
        #expect(SourceText.termWords("the (nationality) leadership") == ["the", "leadership"])
        #expect(SourceText.termWords("to") == ["to"])
    }

    @Test func inflectionsCoverRegularEnglishEndings() {
        #expect(SourceText.inflections(of: "introduce").isSuperset(of: ["introduced", "introduces", "introducing"]))
        #expect(SourceText.inflections(of: "apply").isSuperset(of: ["applies", "applied"]))
        #expect(SourceText.inflections(of: "admit").isSuperset(of: ["admitted", "admitting"]))
    }

    @Test func paragraphStartsSkipBlankLinesWithSpacesAndCRLF() {
        let bytes = Array("  one\r\n \t\r\ntwo\nstill two\n\n\n\nthree".utf8)
        #expect(SourceText.paragraphStarts(in: bytes).count == 3)
    }

    @Test func needsSourceSurvivesTheLoaderAndTheWriter() throws {
        let xml = Fixtures.glossaryXML(
            """
              <entry id="actually" category="mistranslation" severity="major" inflect="none" needs-source="true">
                <source>actually</source>
                <wrong>actualmente</wrong>
                <suggestion>en realidad</suggestion>
                <incorrect source="He actually left." corrected="En realidad se fue."><marker>Actualmente</marker> se fue.</incorrect>
                <correct source="He now lives there.">Actualmente vive allí.</correct>
              </entry>
            """)
        let glossary = try Glossary(xml: xml, path: "g.xml")
        let entry = try #require(glossary.entries.first)
        #expect(entry.needsSource)
        #expect(entry.examples.map(\.source) == ["He actually left.", "He now lives there."])
        #expect(ExampleCheck.failures(in: glossary).isEmpty)
        let rewritten = try Glossary(xml: Array(GlossaryXMLWriter().xml(for: glossary).utf8), path: "again.xml")
        #expect(rewritten.entries.first?.needsSource == true)
        #expect(rewritten.entries.first?.examples.map(\.source) == entry.examples.map(\.source))
    }

    @Test func anIncorrectExampleWithoutItsSourceFails() throws {
        let xml = Fixtures.glossaryXML(
            """
              <entry id="actually" category="mistranslation" severity="major" inflect="none" needs-source="true">
                <source>actually</source>
                <wrong>actualmente</wrong>
                <suggestion>en realidad</suggestion>
                <incorrect corrected="En realidad se fue.">Actualmente se fue.</incorrect>
              </entry>
            """)
        let failures = ExampleCheck.failures(in: try Glossary(xml: xml, path: "g.xml"))
        #expect(failures.map(\.message) == ["must be flagged once by its entry, but is flagged 0 times"])
    }
}
