import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Glossary text is refused where it holds a control character (C0 other than tab, LF and
/// CR, DEL, C1), however the entry is made; CSV and TSV files are read as UTF-8 with or
/// without a byte-order mark, invalid UTF-8 located; malformed CSV is refused at its place.
@Suite struct GlossaryTextTests {
    private func entry(source: String = "non-starters", wrong: String = "no talleres", note: String? = nil)
        -> GlossaryEntry
    {
        GlossaryEntry(
            id: "x", sources: [source], wrongForms: [wrong], suggestions: ["inviables"], category: .mistranslation,
            severity: .minor, note: note, location: SourceLocation(path: "g.xml", line: 3, column: 3))
    }

    private func csvError(_ bytes: [UInt8]) -> InputError? {
        do {
            _ = try GlossaryInterchange.glossary(from: bytes, path: "t.csv")
            return nil
        } catch {
            return error
        }
    }

    private func csvError(_ text: String) -> InputError? { csvError(Array(text.utf8)) }

    @Test(arguments: ["\u{1B}", "\u{00}", "\u{07}", "\u{7F}", "\u{85}", "\u{9B}"])
    func entriesWithControlCharactersAreRefused(_ control: String) throws {
        let name = String(format: "U+%04X", control.unicodeScalars.first!.value)
        for bad in [entry(source: "a\(control)b"), entry(wrong: "no\(control) talleres"), entry(note: "n\(control)")] {
            #expect(throws: InputError.self) { try Glossary(entries: [bad]) }
            do {
                _ = try Glossary(entries: [bad])
            } catch {
                #expect(error.diagnostics[0].location.description == "g.xml:3:3")
                #expect(error.diagnostics[0].message.contains(name), "\(error)")
            }
        }
        #expect(throws: Never.self) { try Glossary(entries: [entry(note: "tab\tand\r\nline breaks")]) }
    }

    @Test func csvCellsWithControlCharactersAreLocated() {
        for separator in [",", "\t"] {
            let text = "wrong\(separator)suggestion\nno talleres\(separator)inv\u{1B}[31mables\n"
            let error = csvError(text)
            #expect(error?.description.hasPrefix("t.csv:2:16: error: ") == true, "\(String(describing: error))")
            #expect(error?.description.contains("U+001B") == true)
        }
        #expect(csvError("wrong,suggestion\n\"a\u{85}b\",c\n")?.diagnostics[0].location.column == 3)
    }

    @Test func controlCharactersInXMLGlossariesAndTBXAreRefused() {
        // XML 1.0 allows C1 controls and DEL as characters.
        let xml = Fixtures.glossaryXML(Fixtures.entryXML(id: "x", wrong: "no\u{9B}talleres"))
        #expect(Fixtures.loadError(xml)?.description.contains("U+009B") == true)
        let tbx = """
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
            <conceptEntry id="c"><langSec xml:lang="en"><termSec><term>non-starter</term></termSec></langSec>
            <langSec xml:lang="es"><termSec><term>inviable&#x9B;</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
            <termSec><term>no talleres</term>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
            </conceptEntry></body></text></tbx>
            """
        #expect(throws: InputError.self) { try GlossaryInterchange.glossary(from: Array(tbx.utf8), path: "t.tbx") }
    }

    @Test func importAndAddRefuseControlCharactersAndWriteNothing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("enmienda-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("g.xml").path
        var bad = entry(wrong: "no\u{1B}talleres")
        bad.location = SourceLocation(path: "rows.csv", line: 2, column: 1)
        #expect(throws: InputError.self) { try GlossaryEditor.add([bad], to: path, creating: .empty) }
        #expect(throws: InputError.self) { try GlossaryEditor.merge([bad], into: path, creating: .empty) }
        #expect(!FileManager.default.fileExists(atPath: path))
        try GlossaryEditor.add([entry()], to: path, creating: .empty)
        #expect(throws: InputError.self) { try GlossaryEditor.set("x", field: "note", to: ["a\u{7F}"], in: path) }
    }

    @Test func invalidUTF8InCSVIsLocated() {
        let bytes = Array("wrong,suggestion\nno talleres,inv".utf8) + [0xE1, 0x28] + Array("ables\n".utf8)
        let error = csvError(bytes)
        #expect(
            error?.description.hasPrefix("t.csv:2:16: error: invalid UTF-8 (byte 0xE1)") == true,
            "\(String(describing: error))")
    }

    @Test(arguments: [",", "\t"])
    func csvWithAByteOrderMarkIsRead(_ separator: String) throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("wrong\(separator)suggestion\nno talleres\(separator)inviables\n".utf8)
        #expect(
            try GlossaryInterchange.glossary(from: bytes, path: "t.csv").entries.map(\.wrongForms) == [["no talleres"]])
        #expect(try GlossaryInterchange.entries(from: bytes, path: "t.csv").entries.count == 1)
    }

    @Test func malformedCSVIsRefusedWhereItIs() {
        for (text, location, message) in [
            ("wrong,suggestion,wrong\na,b,c\n", "1:18", "the column 'wrong' is named twice"),
            ("wrong,suggestion,Note,note\na,b,c,d\n", "1:23", "the column 'note' is named twice"),
            ("wrong,suggestion\nno talleres,inviables,extra\n", "2:23", "a row has more cells"),
            ("wrong,suggestion\n\"a\"b,c\n", "2:4", "a quoted cell must end"),
            ("wrong,suggestion\n\"no talleres\"x,inviables\n", "2:14", "a quoted cell must end"),
            ("wrong,suggestion\nx,\"inviables\" \n", "2:14", "a quoted cell must end"),
            // Tab-separated cells are quoted as Excel's "Unicode text" quotes them.
            ("wrong\tsuggestion\n\"no talleres\"x\tinviables\n", "2:14", "a quoted cell must end"),
            ("wrong,suggestion\n\"no talleres,inviables\n", "2:1", "a quoted field is not closed"),
        ] {
            let error = csvError(text)
            #expect(
                error?.description.hasPrefix("t.csv:\(location): error: \(message)") == true,
                "\(String(describing: error))")
        }
        // What loads today still loads: padding cells, quotes inside unquoted cells, CRLF.
        for text in [
            "wrong,suggestion,,\r\nno talleres,inviables,,\r\n",
            "wrong,suggestion\nno talleres,\"inviables\"\r\n",
            "wrong,suggestion\nno \"talleres\",inviables\n",
            "wrong\tsuggestion\n\"no \"\"talleres\"\"\"\tinviables\n",
        ] {
            #expect(csvError(text) == nil, "\(text.debugDescription)")
        }
    }
}
