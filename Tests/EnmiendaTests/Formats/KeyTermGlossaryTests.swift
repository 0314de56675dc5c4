import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Glossary format version 2: `<approved>` renderings make an entry a key term. Version 1
/// files load as they did, and may not use `<approved>`; writers, editors, TBX and CSV
/// carry the renderings.
@Suite struct KeyTermGlossaryTests {
    private static let version2 = #"<glossary xmlns="urn:enmienda:glossary" version="2">"#

    /// A key term with nothing to flag.
    private static let keyTermXML = """
          <entry id="ceasefire" category="terminology" severity="major">
            <source>ceasefire</source>
            <approved>alto el fuego</approved>
            <approved>tregua</approved>
          </entry>
        """

    private static var keyTerm: GlossaryEntry {
        var entry = GlossaryEntry(
            id: "ceasefire", sources: ["ceasefire"], wrongForms: [], suggestions: [], category: .terminology,
            severity: .major)
        entry.approvedRenderings = ["alto el fuego", "tregua"]
        return entry
    }

    // MARK: - Loading and writing

    @Test func aVersion2GlossaryLoadsItsApprovedRenderings() throws {
        let xml = Fixtures.glossaryXML(Self.keyTermXML + "\n" + Fixtures.entryXML(id: "x"), root: Self.version2)
        let glossary = try Glossary(xml: xml, path: "g.xml")
        #expect(glossary.entries[0].approvedRenderings == ["alto el fuego", "tregua"])
        #expect(glossary.entries[0].isKeyTerm && glossary.entries[0].wrongForms.isEmpty)
        #expect(!glossary.entries[1].isKeyTerm)
    }

    @Test func aVersion1GlossaryStillLoads() throws {
        let glossary = try Glossary(xml: Fixtures.glossaryXML(Fixtures.entryXML(id: "x")), path: "g.xml")
        #expect(glossary.entries.map(\.id) == ["x"])
        #expect(try Glossary.builtIn.entries.allSatisfy { !$0.isKeyTerm })
    }

    @Test func approvedInAVersion1GlossaryIsRefusedWhereItIs() throws {
        let error = try #require(Fixtures.loadError(Fixtures.glossaryXML(Self.keyTermXML)))
        #expect(
            error.diagnostics.map(\.description) == [
                #"g.xml:5:5: error: <approved> of entry 'ceasefire' needs glossary format version 2: write version="2" on <glossary>"#
            ])
        let unknown = try #require(
            Fixtures.loadError(
                Fixtures.glossaryXML(
                    Fixtures.entryXML(id: "x"), root: #"<glossary xmlns="urn:enmienda:glossary" version="3">"#)))
        #expect(unknown.diagnostics.first?.location.line == 2, "the schema knows versions 1 and 2")
    }

    @Test func aKeyTermNeedsASource() throws {
        let xml = Fixtures.glossaryXML(
            Self.keyTermXML.replacingOccurrences(of: "<source>ceasefire</source>", with: ""), root: Self.version2)
        let error = try #require(Fixtures.loadError(xml))
        #expect(error.diagnostics.map(\.message) == ["entry 'ceasefire' has no English source (<source>)"])
    }

    @Test func theWriterSaysTheLowestVersionThatHoldsTheEntries() throws {
        let plain = try Glossary(entries: [Fixtures.entry("x", wrong: ["no talleres"], suggestions: ["inviables"])])
        #expect(GlossaryXMLWriter().xml(for: plain).contains(#"version="1">"#))
        let withKeyTerm = try Glossary(entries: plain.entries + [Self.keyTerm])
        let xml = GlossaryXMLWriter().xml(for: withKeyTerm)
        #expect(xml.contains(#"version="2">"#))
        #expect(
            xml.contains(
                """
                    <source>ceasefire</source>
                    <approved>alto el fuego</approved>
                    <approved>tregua</approved>
                """))
        #expect(GlossaryXMLWriter().xml(for: try Glossary(xml: Array(xml.utf8), path: "g.xml")) == xml)
    }

    /// The key term of `glossaries/README.md` loads and its examples behave as documented.
    @Test func theDocumentedKeyTermPassesItsExamples() throws {
        let readme = try String(contentsOfFile: Fixtures.path("glossaries/README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "### Key terms (version 2)").last)
        let block = try #require(section.components(separatedBy: "```xml\n").dropFirst().first)
        let xml = try #require(block.components(separatedBy: "```").first)
        let glossary = try Glossary(xml: Array(xml.utf8), path: "README.md")
        #expect(glossary.entries.first?.approvedRenderings == ["tregua"])
        #expect(ExampleCheck.failures(in: glossary).isEmpty)
        #expect(ExampleCheck.count(in: glossary) == 2)
    }

    // MARK: - Editing

    @Test func addingAKeyTermToAVersion1FileMakesItVersion2AndKeepsTheRest() throws {
        let directory = try TemporaryDirectory()
        let original = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Terms of the newsroom. -->
            <glossary xmlns="urn:enmienda:glossary"
                      version='1'>
            \(Fixtures.entryXML(id: "x"))
            </glossary>

            """
        let path = try directory.write(original, to: "terms.xml")
        try GlossaryEditor.add(Self.keyTerm, to: path)
        let edited = try String(contentsOfFile: path, encoding: .utf8)
        // Only the version changed before the new entry, quotes and line breaks kept.
        let kept = original.replacingOccurrences(of: "version='1'", with: "version='2'")
        #expect(edited.hasPrefix(try #require(kept.components(separatedBy: "</glossary>").first)))
        #expect(try Glossary(contentsOfFile: path).entries.map(\.id) == ["x", "ceasefire"])
        // Formatting and setting work on the version 2 file, and keep its comments.
        try GlossaryEditor.set("ceasefire", field: "approved", to: ["tregua"], in: path)
        try GlossaryEditor.format(path)
        let formatted = try String(contentsOfFile: path, encoding: .utf8)
        #expect(formatted.contains("<!-- Terms of the newsroom. -->"))
        #expect(try Glossary(contentsOfFile: path).entry(withID: "ceasefire")?.approvedRenderings == ["tregua"])
    }

    @Test func settingApprovedRenderingsInAVersion1FileMakesItVersion2() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(
            String(decoding: Fixtures.glossaryXML(Fixtures.entryXML(id: "x")), as: UTF8.self), to: "terms.xml")
        try GlossaryEditor.set("x", field: "approved", to: ["descartadas", "inaceptables"], in: path)
        let edited = try String(contentsOfFile: path, encoding: .utf8)
        #expect(edited.contains(#"<glossary xmlns="urn:enmienda:glossary" version="2">"#))
        #expect(edited.contains("<suggestion>inviables</suggestion>\n    <approved>descartadas</approved>\n"))
        let entry = try #require(try Glossary(contentsOfFile: path).entry(withID: "x"))
        #expect(entry.approvedRenderings == ["descartadas", "inaceptables"] && entry.wrongForms == ["no talleres"])
    }

    // MARK: - Interchange

    @Test(arguments: GlossaryTBX.Version.allCases)
    func approvedRenderingsRoundTripThroughTBXAsAdmittedTerms(_ version: GlossaryTBX.Version) throws {
        var withWrongForms = Fixtures.entry(
            "non-starters", wrong: ["no talleres"], suggestions: ["inviables", "nulas"])
        withWrongForms.approvedRenderings = ["inaceptables"]
        var formsOnly = GlossaryEntry(
            id: "take-place", sources: ["take place"], wrongForms: [], suggestions: [], category: .mistranslation,
            severity: .minor)
        formsOnly.forms = [GlossaryForm(wrongForms: ["tomó lugar"], suggestions: ["tuvo lugar"])]
        formsOnly.approvedRenderings = ["celebrarse"]
        let glossary = try Glossary(entries: [Self.keyTerm, withWrongForms, formsOnly])
        let text = GlossaryTBX.text(of: glossary, version: version)
        for (term, status) in [
            ("alto el fuego", "admittedTerm-admn-sts"), ("inviables", "preferredTerm-admn-sts"),
            ("nulas", "preferredTerm-admn-sts"), ("inaceptables", "admittedTerm-admn-sts"),
            ("no talleres", "deprecatedTerm-admn-sts"),
        ] {
            #expect(
                text.contains("<term>\(term)</term>\n            <termNote type=\"administrativeStatus\">\(status)<"),
                "\(term)")
        }
        let imported = try GlossaryTBX.entries(from: Array(text.utf8), path: "t.tbx")
        #expect(imported.skipped.isEmpty)
        #expect(
            imported.entries.map { GlossaryXMLWriter().xml(for: $0) }
                == glossary.entries.map {
                    GlossaryXMLWriter().xml(for: $0)
                })
        #expect(GlossaryTBX.text(of: try Glossary(entries: imported.entries), version: version) == text)
    }

    @Test func admittedTermsOfOtherToolsAreApprovedRenderings() throws {
        func concept(_ id: String, _ terms: [(String, String?)]) -> String {
            let spanish = terms.map { term, status in
                "<termSec><term>\(term)</term>"
                    + (status.map { "<termNote type=\"administrativeStatus\">\($0)</termNote>" } ?? "") + "</termSec>"
            }.joined()
            return """
                <conceptEntry id="\(id)"><langSec xml:lang="en"><termSec><term>\(id)</term></termSec></langSec>
                <langSec xml:lang="es">\(spanish)</langSec></conceptEntry>
                """
        }
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader><fileDesc><sourceDesc><p>memoQ</p></sourceDesc></fileDesc></tbxHeader>
              <text><body>
            \(concept("ceasefire", [("alto el fuego", "preferredTerm-admn-sts"), ("tregua", "admittedTerm-admn-sts")]))
            \(concept("lockdown", [("confinamiento", "admittedTerm-admn-sts"), ("lockdown", "supersededTerm-admn-sts")]))
            \(concept("airstrike", [("ataque aéreo", "admittedTerm-admn-sts"), ("bombardeo", "legalTerm-admn-sts")]))
            \(concept("troops", [("tropas", nil)]))
              </body></text>
            </tbx>
            """
        let imported = try GlossaryTBX.entries(from: Array(text.utf8), path: "memoq.tbx")
        let byID = Dictionary(uniqueKeysWithValues: imported.entries.map { ($0.id, $0) })
        // A concept without a deprecated term: a key term, its preferred term a suggestion.
        #expect(byID["ceasefire"]?.suggestions == ["alto el fuego"])
        #expect(byID["ceasefire"]?.approvedRenderings == ["tregua"] && byID["ceasefire"]?.wrongForms == [])
        // Wrong forms and only admitted terms: they are the suggestions.
        #expect(byID["lockdown"]?.wrongForms == ["lockdown"] && byID["lockdown"]?.suggestions == ["confinamiento"])
        #expect(byID["lockdown"]?.approvedRenderings == [])
        // Other statuses of terms to use count as admitted.
        #expect(byID["airstrike"]?.approvedRenderings == ["ataque aéreo", "bombardeo"])
        #expect(imported.entries.count == 3)
        #expect(
            imported.skipped.map(\.message) == [
                "concept 'troops' has no deprecated or admitted Spanish term: nothing to flag"
            ])
        _ = try Glossary(entries: imported.entries)
    }

    @Test(arguments: [",", "\t"])
    func aKeyTermWithoutWrongFormsIsOneRowWithAnEmptyWrongCell(_ separator: String) throws {
        var withWrongForms = Fixtures.entry("non-starters", wrong: ["no talleres"], suggestions: ["inviables"])
        withWrongForms.approvedRenderings = ["inaceptables", "descartadas"]
        let glossary = try Glossary(entries: [Self.keyTerm, withWrongForms])
        let text = GlossaryCSV.text(of: glossary, separator: Character(separator))
        let lines = text.split(separator: "\n").map {
            $0.split(separator: Character(separator), omittingEmptySubsequences: false)
        }
        #expect(lines[0].last == "approved")
        #expect(lines[1].first == "" && lines[1].last == "alto el fuego|tregua")
        #expect(lines[2].last == "inaceptables|descartadas")
        let entries = try GlossaryCSV.entries(from: text, path: "t.csv")
        #expect(
            entries.map { GlossaryXMLWriter().xml(for: $0) }
                == glossary.entries.map { GlossaryXMLWriter().xml(for: $0) })
        // Rows from before version 2, without the column, still read.
        let old = "wrong,suggestion,source\nno talleres,inviables,non-starters\n"
        #expect(try GlossaryCSV.entries(from: old, path: "t.csv").first?.approvedRenderings == [])
        do {
            _ = try GlossaryCSV.entries(from: "wrong,suggestion,approved\n,inviables,\n", path: "t.csv")
            Issue.record("a row with neither a wrong form nor an approved rendering is refused")
        } catch {
            #expect(
                error.diagnostics.first?.message
                    == "a row needs a wrong form (column 1) and a suggestion (column 2), or approved renderings (column 3)"
            )
        }
    }
}
