import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Issue 13: CSV and TSV exports protect cells a spreadsheet would evaluate (OWASP's advice
/// on CSV injection), and import undoes exactly that protection.
@Suite struct CSVProtectionTests {
    @Test func cellsASpreadsheetWouldEvaluateAreProtected() {
        for dangerous in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=\u{301}x"] {
            #expect(GlossaryCSV.protected(dangerous) == "'" + dangerous)
            #expect(GlossaryCSV.unprotected(GlossaryCSV.protected(dangerous)) == dangerous)
        }
        #expect(GlossaryCSV.protected("'quoted") == "''quoted")
        #expect(GlossaryCSV.protected("a=b") == "a=b")
        // A quote a person typed before ordinary text stays.
        #expect(GlossaryCSV.unprotected("'tis") == "'tis")
    }

    @Test func exportedNotesCannotRunAsFormulas() throws {
        var entry = try #require(
            try Glossary(xml: Fixtures.glossaryXML(Fixtures.entryXML(id: "x")), path: "g.xml").entries.first)
        entry.note = #"=HYPERLINK("http://evil.example","click")"#
        let csv = GlossaryCSV.text(of: try Glossary(entries: [entry]))
        #expect(csv.contains(#","'=HYPERLINK(""http://evil.example"",""click"")","#))
        #expect(try GlossaryCSV.entries(from: csv, path: "g.csv").first?.note == entry.note)
    }

    @Test(arguments: [",", "\t"])
    func seededRandomCellsRoundTripExactly(_ separator: String) throws {
        var generator = SeededGenerator(state: 13)
        let starts: [Character] = ["=", "+", "-", "@", "'", "\t", "\r", "\n", "\"", ",", "|", " ", "a", "ñ", "€"]
        let rest: [Character] = starts + ["b", "z", "á", "\r\n", "'", "'"]
        let template = try #require(
            try Glossary(xml: Fixtures.glossaryXML(Fixtures.entryXML(id: "x")), path: "g.xml").entries.first)
        for round in 0..<300 {
            var note = String(starts[Int(generator.next() % UInt64(starts.count))])
            for _ in 0..<Int(generator.next() % 8) { note.append(rest[Int(generator.next() % UInt64(rest.count))]) }
            if separator == "\t" {
                note = String(note.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" && $0 != "\r\n" })
            }
            let lead = ["=", "+", "-", "@", "'", ""][Int(generator.next() % 6)]
            var entry = template
            entry.id = "e\(round)"
            entry.note = note.isEmpty ? nil : note
            entry.wrongForms = [lead + "palabra mala"]
            let text = GlossaryCSV.text(of: try Glossary(entries: [entry]), separator: Character(separator))
            let back = try #require(try GlossaryCSV.entries(from: text, path: "g.csv").first)
            #expect(back.note == entry.note, "round \(round): \(text.debugDescription)")
            #expect(back.wrongForms == entry.wrongForms, "round \(round)")
            if let first = note.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) {
                #expect(text.contains("'" + String(first)), "round \(round): \(text.debugDescription)")
            }
        }
    }
}
