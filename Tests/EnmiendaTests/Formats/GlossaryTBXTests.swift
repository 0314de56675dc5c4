import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// TBX (ISO 30042:2019 TBX-Basic and TBX 2 `martif`) export and import.
@Suite struct GlossaryTBXTests {
    private static let shipped = [
        "calques", "false-friends", "untranslated", "news-mt", "software-mt", "style-conventions", "numbers-units",
    ]

    /// Everything an entry holds but where it was read from.
    private func canonical(_ entries: [GlossaryEntry]) -> [String] {
        entries.map { GlossaryXMLWriter().xml(for: $0) }
    }

    @Test(arguments: GlossaryTBX.Version.allCases)
    func everyShippedGlossaryRoundTripsWithoutLoss(_ version: GlossaryTBX.Version) throws {
        for name in Self.shipped {
            let glossary = try Glossary(contentsOfFile: Fixtures.path("glossaries/\(name).xml"))
            let text = GlossaryTBX.text(of: glossary, version: version)
            let imported = try GlossaryTBX.entries(from: Array(text.utf8), path: "\(name).tbx")
            #expect(imported.skipped.isEmpty, "\(name)")
            #expect(canonical(imported.entries) == canonical(glossary.entries), "\(name)")
            let again = GlossaryTBX.text(
                of: try Glossary(entries: imported.entries, title: imported.title), version: version)
            #expect(imported.title == glossary.title)
            #expect(again == text, "\(name)")
        }
    }

    @Test func termsCarryTheirAdministrativeStatus() throws {
        let entry = GlossaryEntry(
            id: "12000-troops", sources: ["12,000 troops"], wrongForms: ["12.000 tropas"],
            suggestions: ["12.000 soldados", "12.000 efectivos"], category: .mistranslation, severity: .major,
            note: "“Troops” are soldiers <not> “tropas”.")
        let text = GlossaryTBX.text(of: try Glossary(entries: [entry]), version: .basic, dialect: .basic)
        #expect(text.contains(#"<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">"#))
        // An XML ID may not start with a digit.
        #expect(text.contains(#"<conceptEntry id="_12000-troops">"#))
        for (term, status) in [
            ("12.000 soldados", "preferredTerm-admn-sts"), ("12.000 efectivos", "preferredTerm-admn-sts"),
            ("12.000 tropas", "deprecatedTerm-admn-sts"),
        ] {
            #expect(
                text.contains(
                    "<term>\(term)</term>\n            <termNote type=\"administrativeStatus\">\(status)</termNote>"))
        }
        #expect(text.contains("<note>“Troops” are soldiers &lt;not&gt; “tropas”.</note>"))
        let back = try GlossaryTBX.entries(from: Array(text.utf8), path: "t.tbx").entries
        #expect(back.map(\.id) == ["12000-troops"])
    }

    @Test func anUpdateFromATerminologyToolKeepsWhatTBXDoesNotCarry() throws {
        var entry = GlossaryEntry(
            id: "war-effort", sources: ["war effort"], wrongForms: ["esfuerzo de guerra"],
            suggestions: ["esfuerzo bélico"], category: .terminology, severity: .critical, note: "A calque.")
        entry.context = [ContextRule(kind: .forbid, after: 1, phrases: ["civil"])]
        entry.isCaseSensitive = true
        let text = GlossaryTBX.text(of: try Glossary(entries: [entry]), version: .martif)
        let stripped = text.split(separator: "\n").filter { !$0.contains("x-enmienda-") }.joined(separator: "\n")
            .replacingOccurrences(of: "<term>esfuerzo bélico</term>", with: "<term>esfuerzo militar</term>")
            .replacingOccurrences(of: "<note>A calque.</note>", with: "")
        let imported = try GlossaryTBX.entries(from: Array(stripped.utf8), path: "tool.tbx")
        let updated = imported.updating(entry, with: try #require(imported.entries.first))
        #expect(updated.suggestions == ["esfuerzo militar"])
        #expect(updated.severity == .critical && updated.isCaseSensitive && updated.context == entry.context)
        #expect(updated.category == .terminology, "the subject field is there")
        #expect(updated.note == "A calque.", "a note the tool did not write is kept")
        // A file of Enmienda's own replaces the entry whole.
        let own = try GlossaryTBX.entries(from: Array(text.utf8), path: "own.tbx")
        var changed = try #require(own.entries.first)
        changed.severity = .minor
        #expect(own.updating(entry, with: changed).severity == .minor)
    }

    @Test func conceptsFromOtherToolsImport() throws {
        // As a terminology tool writes it: TBX 2 with its DTD named, no Enmienda data.
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
            <martif type="TBX-Basic" xml:lang="en-US">
              <martifHeader><fileDesc><sourceDesc><p>From a CAT tool</p></sourceDesc></fileDesc></martifHeader>
              <text><body>
                <termEntry id="C17">
                  <descrip type="subjectField">Defence</descrip>
                  <note>Military usage.</note>
                  <langSet xml:lang="en-US"><tig><term>rounds of ammunition</term></tig></langSet>
                  <langSet xml:lang="es-ES">
                    <tig><term>rondas de municiones</term>
                      <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
                    <tig><term>proyectiles</term></tig>
                    <tig><term>cartuchos</term>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                  </langSet>
                  <langSet xml:lang="fr"><tig><term>munitions</term></tig></langSet>
                </termEntry>
                <termEntry id="c18">
                  <langSet xml:lang="en"><tig><term>troops</term></tig></langSet>
                  <langSet xml:lang="es"><tig><term>tropas</term></tig></langSet>
                </termEntry>
                <termEntry><langSet xml:lang="en"><tig><term>non-starters</term></tig></langSet>
                  <langSet xml:lang="es"><tig><term>no talleres</term>
                    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
                </termEntry>
              </body></text>
            </martif>
            """
        let imported = try GlossaryTBX.entries(from: Array(text.utf8), path: "cat.tbx")
        let entry = try #require(imported.entries.first)
        #expect(imported.entries.count == 1)
        #expect(entry.id == "rounds-of-ammunition", "C17 is no entry id: one is made from the source")
        #expect(entry.sources == ["rounds of ammunition"])
        #expect(entry.wrongForms == ["rondas de municiones"])
        #expect(entry.suggestions == ["cartuchos", "proyectiles"], "the preferred term first")
        #expect(entry.category == .mistranslation, "a subject field that is no category")
        #expect(entry.note == "Military usage.")
        #expect(entry.location.line == 6)
        #expect(
            imported.skipped.map(\.message) == [
                "concept 'c18' has no deprecated or admitted Spanish term: nothing to flag",
                "the concept of 'non-starters' has no preferred or admitted Spanish term to suggest",
            ])
        #expect(imported.skipped.map(\.location.line) == [19, 23])
    }

    @Test func tbxIsToldFromOtherXMLByItsRootElement() {
        for (text, isTBX) in [
            ("<?xml version=\"1.0\"?>\n<!-- a termbase -->\n<tbx type=\"TBX-Basic\">", true),
            ("\u{FEFF}<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">\n<martif type=\"TBX\">", true),
            ("<t:tbx xmlns:t=\"urn:iso:std:iso:30042:ed-2\"/>", true),
            ("<!DOCTYPE martif [<!ENTITY a \"<x>\">]>\n<martif type=\"TBX\">", true),
            ("<?xml version=\"1.0\"?><glossary xmlns=\"urn:enmienda:glossary\" version=\"1\">", false),
            ("<tbxHeader>", false), ("wrong,suggestion\n", false), ("", false),
        ] {
            #expect(GlossaryTBX.isTBX(Array(text.utf8)) == isTBX, "\(text)")
        }
    }

    @Test func aDocumentTypeWithDeclarationsIsStillRefused() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>
            <martif type="TBX" xml:lang="en"><text><body/></text></martif>
            """
        #expect(throws: InputError.self) { try GlossaryTBX.entries(from: Array(text.utf8), path: "bomb.tbx") }
        do {
            _ = try GlossaryTBX.entries(from: Array(text.utf8), path: "bomb.tbx")
        } catch {
            #expect(error.diagnostics.first?.location.line == 2)
            #expect(error.diagnostics.first?.message.contains("DOCTYPE") == true)
        }
    }

    @Test func theDTDADocumentTypeNamesIsNeverRead() {
        // Were the DTD fetched (from the network) or read, it could declare `ext`.
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE martif SYSTEM "http://127.0.0.1:9/evil.dtd">
            <martif type="TBX" xml:lang="en"><text><body><termEntry>
            <langSet xml:lang="es"><tig><term>&ext;</term></tig></langSet></termEntry></body></text></martif>
            """
        do {
            _ = try GlossaryTBX.entries(from: Array(text.utf8), path: "ext.tbx")
            Issue.record("an undeclared entity must be an error")
        } catch {
            #expect(error.diagnostics.first?.location.line == 4)
            #expect(error.diagnostics.first?.message == "Entity 'ext' not defined")
        }
    }

    @Test func otherDocumentsAndBadValuesAreLocated() {
        for (text, line, message) in [
            (
                #"<glossary xmlns="urn:enmienda:glossary" version="1"/>"#, 1,
                "not a TBX file: the root element is <glossary>, not <tbx> or <martif>"
            ),
            (
                """
                <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><text><body>
                <conceptEntry id="a">
                  <admin type="x-enmienda-severity">fatal</admin>
                </conceptEntry></body></text></tbx>
                """, 3, "unknown severity 'fatal'"
            ),
        ] {
            do {
                _ = try GlossaryTBX.entries(from: Array(text.utf8), path: "t.tbx")
                Issue.record("\(message) must be an error")
            } catch {
                #expect(error.diagnostics.first?.location.line == line)
                #expect(error.diagnostics.first?.message == message)
            }
        }
    }
}
