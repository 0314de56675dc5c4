import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Entries come from CSV, TSV, TBX or another glossary, told apart by their bytes.
@Suite struct GlossaryInterchangeTests {
    @Test func eachFormatIsToldByItsBytes() throws {
        let calques = try Glossary(contentsOfFile: Fixtures.path("glossaries/calques.xml"))
        let files: [(String, [UInt8])] = [
            ("csv", Array(GlossaryCSV.text(of: calques, separator: ",").utf8)),
            ("tsv", Array(GlossaryCSV.text(of: calques, separator: "\t").utf8)),
            ("tbx", Array(GlossaryTBX.text(of: calques, version: .basic).utf8)),
            ("martif", Array(GlossaryTBX.text(of: calques, version: .martif).utf8)),
            ("xml", try FileInput.readBytes(atPath: Fixtures.path("glossaries/calques.xml"))),
        ]
        for (name, bytes) in files {
            let read = try GlossaryInterchange.entries(from: bytes, path: "calques.\(name)")
            #expect(read.entries.map(\.id) == calques.entries.map(\.id), "\(name)")
            #expect(read.skipped.isEmpty)
        }
        // TBX and rows carry less than the glossary: an update takes what they carry and
        // keeps the rest (here, the examples); another glossary replaces the entry.
        let csv = try GlossaryInterchange.entries(from: files[0].1, path: "calques.csv")
        var incoming = try #require(csv.entries.first)
        incoming.severity = .critical
        let updated = csv.updating(calques.entries[0], with: incoming)
        #expect(updated.severity == .critical && updated.examples == calques.entries[0].examples)
        #expect(!updated.examples.isEmpty && incoming.examples.isEmpty)
        let xml = try GlossaryInterchange.entries(from: files[4].1, path: "calques.xml")
        #expect(xml.updating(calques.entries[0], with: incoming) == incoming)
    }

    /// Found by the hostile-input review: an empty `g.xml` was told it was a table whose
    /// first row names no column (so was one holding a byte-order mark alone).
    @Test(arguments: ["", "\n", " \t\r\n ", "\u{FEFF}", "\u{FEFF} \n"])
    func anEmptyFileIsSaidToBeEmpty(content: String) throws {
        let error = #expect(throws: InputError.self) {
            try GlossaryInterchange.loading(from: Array(content.utf8), path: "g.xml")
        }
        #expect(
            error?.description.hasPrefix("g.xml:1:1: error: the file is empty") == true, "\(String(describing: error))")
    }

    @Test func aTermbaseIsAGlossaryOfItsDeprecatedTerms() throws {
        let calques = try Glossary(contentsOfFile: Fixtures.path("glossaries/calques.xml"))
        let tbx = Array(GlossaryTBX.text(of: calques, version: .martif).utf8)
        let glossary = try GlossaryInterchange.glossary(from: tbx, path: "calques.tbx")
        #expect(glossary.entries.count == calques.entries.count)
        // A blacklist's rows check as they are; a header alone is no glossary.
        let rows = try GlossaryInterchange.glossary(
            from: Array("wrong,suggestion\nno talleres,inviables\n".utf8), path: "rows.csv")
        let finding = try #require(
            Aligner(glossary: rows).align(TextDocument("Son no talleres.")).findings.first)
        #expect(finding.suggestions == ["inviables"])
        #expect(throws: InputError.self) {
            try GlossaryInterchange.glossary(from: Array("wrong,suggestion\n".utf8), path: "rows.csv")
        }
    }
}
