import EnmiendaTestSupport
import Testing

@testable import Enmienda
@testable import EnmiendaCore

@Suite struct GlossaryLoadingTests {
    private func loadError(_ bytes: [UInt8]) -> InputError? {
        Fixtures.loadError(bytes)
    }

    @Test func builtInGlossaryLoadsEveryShippedEntry() throws {
        let glossary = try Glossary.builtIn
        #expect(glossary.entries.count >= 8)
        #expect(glossary.entry(withID: "non-starters")?.suggestions.first == "inviables")
    }

    @Test func validGlossaryKeepsOrderAndCollapsesWhitespace() throws {
        let xml = Fixtures.glossaryXML(
            Fixtures.entryXML(id: "b", wrong: "no\n      talleres") + Fixtures.entryXML(id: "a", wrong: "rondas"))
        let glossary = try Glossary(xml: xml, path: "g.xml")
        #expect(glossary.entries.map(\.id) == ["b", "a"])
        #expect(glossary.entries[0].wrongForms == ["no talleres"])
        #expect(glossary.entries[0].location == SourceLocation(path: "g.xml", line: 3, column: 3))
    }

    @Test func malformedXMLIsLocated() throws {
        let error = try #require(loadError(Fixtures.glossaryXML("  <entry id=\"x\">\n  </entri>")))
        #expect(error.diagnostics.count == 1)
        #expect(error.diagnostics[0].location.path == "g.xml")
        #expect(error.diagnostics[0].location.line == 4)
        #expect(error.description.hasPrefix("g.xml:4:"))
    }

    @Test func schemaViolationPointsAtTheElement() throws {
        let xml = Fixtures.glossaryXML(
            """
              <entry id="x" category="mistranslation">
                <source>a</source><wrong>b</wrong><suggestion>c</suggestion>
              </entry>
            """)
        let error = try #require(loadError(xml))
        #expect(error.diagnostics[0].location == SourceLocation(path: "g.xml", line: 3, column: 3))
        #expect(error.diagnostics[0].message.contains("severity"))
    }

    @Test func unknownCategoryIsRejected() throws {
        let xml = Fixtures.glossaryXML(
            Fixtures.entryXML(id: "x").replacingOccurrences(of: "mistranslation", with: "wrongness"))
        let error = try #require(loadError(xml))
        #expect(error.diagnostics[0].message.contains("wrongness"))
    }

    @Test func duplicateIDsAreReportedWithBothLocations() throws {
        let xml = Fixtures.glossaryXML(
            Fixtures.entryXML(id: "same") + "\n" + Fixtures.entryXML(id: "same", wrong: "otra cosa"))
        let error = try #require(loadError(xml))
        #expect(error.diagnostics.count == 1)
        #expect(
            error.diagnostics[0].description
                == "g.xml:8:3: error: duplicate entry id 'same' (first defined at g.xml:3:3)")
    }

    @Test func entryWithoutWrongFormOrSuggestionReportsBoth() throws {
        let xml = Fixtures.glossaryXML(
            """
              <entry id="empty" category="style" severity="minor">
                <source>x</source>
              </entry>
            """)
        let error = try #require(loadError(xml))
        #expect(
            error.diagnostics.map(\.description) == [
                "g.xml:3:3: error: entry 'empty' has no wrong form (<wrong>)",
                "g.xml:3:3: error: entry 'empty' has no suggestion (<suggestion>)",
            ])
    }

    @Test func theShippedGlossariesMeetTheBarOfEveryEntry() throws {
        let glossary = try Glossary.builtIn
        #expect(glossary.entries.count >= 300)
        #expect(Set(glossary.entries.map(\.location.path)).count >= 6, "grouped in files by kind")
        for entry in glossary.entries {
            #expect(entry.note != nil, "\(entry.id) explains the mistake")
            let incorrect = entry.examples.filter(\.isIncorrect)
            #expect(!incorrect.isEmpty, "\(entry.id) has an incorrect example")
            #expect(incorrect.count < entry.examples.count, "\(entry.id) has a correct example")
            if entry.needsSource {
                let withoutSource = incorrect.filter { $0.source == nil }
                #expect(withoutSource.isEmpty, "\(entry.id) needs the source, so its incorrect examples give it")
            }
        }
    }

    @Test func aWrongFormListedTwiceIsRejected() throws {
        let xml = Fixtures.glossaryXML(
            """
              <entry id="twice" category="mistranslation" severity="major">
                <source>severe</source>
                <wrong>daños severos</wrong>
                <suggestion>daños graves</suggestion>
                <form><wrong>Daños Severos</wrong><suggestion>daños graves</suggestion></form>
              </entry>
            """)
        let error = try #require(loadError(xml))
        #expect(
            error.diagnostics.map(\.message) == [
                "wrong form 'Daños Severos' of entry 'twice' is listed twice; keep it once, in a <form> if it needs its own suggestions"
            ])
    }

    @Test func suggestionThatWouldBeFlaggedAgainIsRejected() throws {
        let xml = Fixtures.glossaryXML(Fixtures.entryXML(id: "loop", wrong: "tropas", suggestion: "las tropas"))
        let error = try #require(loadError(xml))
        #expect(error.diagnostics[0].message.contains("would be flagged again"))
    }

    @Test func blankTextIsRejected() throws {
        let xml = Fixtures.glossaryXML(Fixtures.entryXML(id: "blank", wrong: "   "))
        let error = try #require(loadError(xml))
        #expect(error.diagnostics[0].message == "<wrong> of entry 'blank' is empty")
        #expect(error.diagnostics[0].location.line == 5)
    }

    @Test func documentTypeDeclarationsAreRefusedBeforeEntitiesAreRead() throws {
        let xml = Array(
            """
            <?xml version="1.0"?>
            <!DOCTYPE glossary [
              <!ENTITY secret SYSTEM "file:///etc/passwd">
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            ]>
            <glossary xmlns="urn:enmienda:glossary" version="1">&secret;&b;</glossary>
            """.utf8)
        let error = try #require(loadError(xml))
        #expect(error.diagnostics[0].message.contains("DOCTYPE"))
        #expect(error.diagnostics[0].location.line == 2)
        #expect(!error.description.contains("root:"))
    }

    @Test func wrongNamespaceIsRejected() throws {
        let xml = Fixtures.glossaryXML("", root: #"<glossary xmlns="urn:other" version="1">"#)
        #expect(loadError(xml) != nil)
    }

    @Test func emptyFileIsAnError() throws {
        let error = try #require(loadError([]))
        #expect(error.description == "g.xml:1:1: error: the file is empty")
    }

    @Test func elementsFromOtherNamespacesAreKept() throws {
        let xml = Fixtures.glossaryXML(
            """
              <entry id="x" category="style" severity="minor" xmlns:t="urn:tool" t:reviewed="yes">
                <source>a</source><wrong>b c</wrong><suggestion>d</suggestion>
                <t:context before="2">las</t:context>
              </entry>
            """)
        let entry = try #require(try Glossary(xml: xml, path: "g.xml").entries.first)
        #expect(entry.extensions.count == 1)
        #expect(entry.extensions[0].contains("<t:context"))
        #expect(entry.extensionAttributes["{urn:tool}reviewed"] == "yes")
    }

    @Test func unreadablePathIsReported() throws {
        #expect(throws: InputError.self) { try Glossary(contentsOfFile: "/nonexistent/glossary.xml") }
    }

    @Test func mergingRejectsAnIDDefinedTwice() throws {
        let one = try Glossary(xml: Fixtures.glossaryXML(Fixtures.entryXML(id: "x")), path: "one.xml")
        let two = try Glossary(xml: Fixtures.glossaryXML(Fixtures.entryXML(id: "x", wrong: "otra")), path: "two.xml")
        #expect(throws: InputError.self) { try Glossary(merging: [one, two]) }
    }
}
