import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Glossaries as spreadsheets, QA tools and terminology tools really write them (field
/// cases 01 to 06 in `Tests/Fixtures/field/`): each loads for `check --glossary`, and what
/// cannot be checked is named in a located warning, never dropped unseen.
@Suite struct TermbaseDialectTests {
    private func bytes(_ name: String) throws -> [UInt8] {
        try FileInput.readBytes(atPath: Fixtures.path("Tests/Fixtures/field/\(name)"))
    }

    /// The findings of `text` checked with the glossary in `bytes`, as `(matched, top suggestion)`.
    private func findings(_ bytes: [UInt8], path: String, in text: String) throws -> (
        found: [String], warnings: [Diagnostic]
    ) {
        let loaded = try GlossaryInterchange.loading(from: bytes, path: path)
        let alignment = Aligner(glossary: loaded.glossary).align(TextDocument(text))
        let found = alignment.findings.map { "\($0.matchedText)→\($0.suggestions.first ?? "")" }
        return (found, loaded.warnings)
    }

    // MARK: - Rows

    @Test func anOkapiBlacklistWithoutAHeaderLoadsAndARowWithoutASuggestionIsWarnedAbout() throws {
        let result = try findings(
            try bytes("01-okapi-blacklist-headerless.tsv"), path: "01.tsv",
            in: "La librería abrió y eventualmente cerró.")
        #expect(result.found == ["librería→biblioteca", "eventualmente→finalmente"])
        let warning = try #require(result.warnings.first)
        #expect(result.warnings.count == 1)
        #expect(warning.location.line == 3 && warning.location.path == "01.tsv")
        #expect(warning.message.contains("'salita' has no suggestion"))
        // No English column: the message never calls the Spanish its own source.
        let loaded = try GlossaryInterchange.loading(
            from: try bytes("01-okapi-blacklist-headerless.tsv"), path: "01.tsv")
        let message = try #require(
            Fixtures.aligner(loaded.glossary.entries).align(TextDocument("La librería abrió.")).findings.first?.message)
        #expect(message == "“librería” is a known mistranslation (the glossary gives no English source)")
    }

    @Test(arguments: ["02a-csv-utf8-bom.csv", "02b-csv-semicolon.csv"])
    func spreadsheetExportsLoad(_ name: String) throws {
        let result = try findings(try bytes(name), path: name, in: "La librería abrió.")
        #expect(result.found == ["librería→biblioteca"])
        #expect(result.warnings.isEmpty)
    }

    /// Excel's “Unicode text”: UTF-16 little-endian after its byte-order mark, tab-separated.
    @Test func utf16TextExportsLoad() throws {
        let text = "wrong\tsuggestion\tsource\r\nlibrería\tbiblioteca\tlibrary\r\n"
        for (mark, units) in [
            ([UInt8(0xFF), 0xFE], text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            ([UInt8(0xFE), 0xFF], text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
        ] {
            let entries = try GlossaryInterchange.entries(from: mark + units, path: "unicode.txt").entries
            #expect(entries.map(\.wrongForms) == [["librería"]])
            #expect(entries.map(\.sources) == [["library"]])
        }
        // Without its byte-order mark, UTF-16 is named rather than read as controls.
        let unmarked = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect {
            _ = try GlossaryInterchange.entries(from: unmarked, path: "unicode.txt")
        } throws: { error in
            (error as? InputError)?.diagnostics.first?.message.contains("UTF-16 without a byte-order mark") == true
        }
    }

    @Test func aHeaderThatNamesNoColumnListsWhatItFound() {
        #expect {
            _ = try GlossaryInterchange.entries(
                from: Array("term,replacement\nno talleres,inviables\n".utf8), path: "t.csv")
        } throws: { error in
            let message = (error as? InputError)?.diagnostics.first?.message ?? ""
            return message.contains("'term', 'replacement'") && message.contains("separated by ','")
                && message.contains("wrong and suggestion")
        }
        // A header that names some columns says which of the two it lacks.
        #expect {
            _ = try GlossaryInterchange.entries(
                from: Array("wrong;target\nno talleres;inviables\n".utf8), path: "t.csv")
        } throws: { error in
            (error as? InputError)?.diagnostics.first?.message.contains("it has no 'suggestion'") == true
        }
    }

    @Test func quotedCellsHoldSeparatorsQuotesAndLineBreaks() throws {
        let text = "wrong;suggestion;note\n\"a; b\";\"c \"\"d\"\"\";\"one\ntwo\"\nno talleres;inviables;\n"
        let read = try GlossaryInterchange.entries(from: Array(text.utf8), path: "q.csv")
        #expect(read.entries.map(\.wrongForms) == [["a; b"], ["no talleres"]])
        #expect(read.entries.first?.suggestions == ["c \"d\""])
        #expect(read.entries.first?.note == "one\ntwo")
        // The row after a cell with a line break is located on its own line.
        let bad = "wrong,suggestion,category\n\"a\nb\",c,mistranslation\nd,e,nonsense\n"
        #expect {
            _ = try GlossaryCSV.entries(from: bad, path: "b.csv")
        } throws: { error in
            (error as? InputError)?.diagnostics.first?.location.line == 4
        }
    }

    // MARK: - TBX

    @Test(arguments: ["03-tbx-ntig-termgrp.tbx", "04-tbx-weblate-forbidden.tbx", "05-tbx-min.tbx"])
    func termbaseDialectsLoad(_ name: String) throws {
        let result = try findings(try bytes(name), path: name, in: "La librería pública abre los lunes.")
        #expect(result.found == ["librería→biblioteca"])
        #expect(result.warnings.isEmpty)
    }

    @Test func everyConceptOfAMixedTermbaseIsChecked() throws {
        let result = try findings(
            try bytes("06-tbx-mixed-silent-drop.tbx"), path: "06.tbx",
            in: "La librería abrió y eventualmente cerró; llegaron las tropas.")
        #expect(result.found == ["librería→biblioteca", "eventualmente→finalmente", "las tropas→los soldados"])
        #expect(result.warnings.isEmpty)
    }

    @Test(arguments: [
        "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "deprecated", "superseded", "forbidden", "obsolete",
        "notRecommended", "Deprecated", "deprecatedTerm",
    ])
    func everyDoNotUseStatusIsWrong(_ status: String) {
        #expect(GlossaryTBX.Status(reading: status) == .deprecated)
    }

    @Test func preferredAndAdmittedStatusesAreToUse() {
        #expect(GlossaryTBX.Status(reading: "preferredTerm-admn-sts") == .preferred)
        #expect(GlossaryTBX.Status(reading: "preferred") == .preferred)
        #expect(GlossaryTBX.Status(reading: "admitted") == .admitted)
        #expect(GlossaryTBX.Status(reading: "legalTerm-admn-sts") == .admitted)
    }

    @Test(arguments: [("es", "en"), ("ES", "EN"), ("es-ES", "en-US"), ("es_MX", "en_GB"), ("spa", "eng")])
    func languageCodesInAnyCaseAndRegion(_ spanish: String, _ english: String) throws {
        let tbx = """
            <martif type="TBX"><text><body><termEntry id="c">
            <langSet xml:lang="\(english)"><tig><term>library</term></tig></langSet>
            <langSet xml:lang="\(spanish)"><tig><term>biblioteca</term></tig>
            <tig><term>librería</term><termNote type="administrativeStatus">forbidden</termNote></tig></langSet>
            </termEntry></body></text></martif>
            """
        let entries = try GlossaryInterchange.entries(from: Array(tbx.utf8), path: "c.tbx").entries
        #expect(entries.map(\.sources) == [["library"]])
        #expect(entries.map(\.wrongForms) == [["librería"]])
        #expect(GlossaryTBX.code("de-DE", names: "es") == false)
    }

    /// A preferred term that contains the deprecated one (as in LTAC's own TBX-Basic
    /// sample) leaves that concept out with a warning; the others are checked.
    @Test func aConceptTheChecksRefuseIsLeftOutWithAWarning() throws {
        let tbx = """
            <martif type="TBX"><text><body>
            <termEntry id="c1"><langSet xml:lang="en"><tig><term>free trade</term></tig></langSet>
            <langSet xml:lang="es"><tig><term>libre comercio</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
            <tig><term>comercio</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>
            <termEntry id="c2"><langSet xml:lang="en"><tig><term>library</term></tig></langSet>
            <langSet xml:lang="es"><tig><term>biblioteca</term></tig>
            <tig><term>librería</term><termNote type="administrativeStatus">deprecated</termNote></tig></langSet></termEntry>
            </body></text></martif>
            """
        let loaded = try GlossaryInterchange.loading(from: Array(tbx.utf8), path: "ltac.tbx")
        #expect(loaded.glossary.entries.map(\.id) == ["c2"])
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings.first?.message.contains("contains its wrong form") == true)
        #expect(loaded.warnings.first?.location.path == "ltac.tbx")
    }

    /// A status Enmienda does not know (a typo, a tool's own word) is never taken for a
    /// term to use: the concept is left out with a warning that names the status.
    @Test func anUnknownStatusLeavesTheConceptOutWithAWarning() throws {
        #expect(GlossaryTBX.Status(reading: "deprecatedTerm-admin-sts") == .unknown)
        #expect(GlossaryTBX.Status(reading: "weirdTerm-admn-sts") == .unknown)
        let tbx = """
            <martif type="TBX"><text><body>
            <termEntry id="c1"><langSet xml:lang="en"><tig><term>non-starters</term></tig></langSet>
            <langSet xml:lang="es"><tig><term>inviables</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
            <tig><term>no talleres</term><termNote type="administrativeStatus">deprecatedTerm-admin-sts</termNote></tig></langSet></termEntry>
            <termEntry id="c2"><langSet xml:lang="en"><tig><term>library</term></tig></langSet>
            <langSet xml:lang="es"><tig><term>biblioteca</term></tig>
            <tig><term>librería</term><termNote type="administrativeStatus">deprecated</termNote></tig></langSet></termEntry>
            </body></text></martif>
            """
        let loaded = try GlossaryInterchange.loading(from: Array(tbx.utf8), path: "typo.tbx")
        #expect(loaded.glossary.entries.map(\.id) == ["c2"])
        #expect(loaded.glossary.entries.allSatisfy { !$0.approvedRenderings.contains("no talleres") })
        #expect(loaded.warnings.map(\.message).contains { $0.contains("has the status 'deprecatedTerm-admin-sts'") })
    }
}
