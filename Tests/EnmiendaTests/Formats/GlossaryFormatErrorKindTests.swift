import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Whatever keeps a glossary from loading, in any format, is a glossary error; the
/// other files the formats read are inputs.
@Suite struct GlossaryFormatErrorKindTests {
    private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func aGlossaryFileThatCannotBeReadIsAGlossaryError() {
        let missing = #expect(throws: InputError.self) { try Glossary(contentsOfFile: "/nonexistent/g.xml") }
        #expect(missing?.kind == .glossary)
        #expect(missing?.description == "/nonexistent/g.xml:1:1: error: no such file")
    }

    @Test(arguments: [
        "<glossary",
        "<other/>",
        #"<glossary xmlns="urn:enmienda:glossary" version="1"><entry id="x"/></glossary>"#,
    ])
    func glossaryXMLThatDoesNotLoadIsAGlossaryError(_ text: String) {
        let error = #expect(throws: InputError.self) { try Glossary(xml: Self.bytes(text), path: "g.xml") }
        #expect(error?.kind == .glossary)
    }

    /// libxml2's message for a byte that is not UTF-8 has a second line (the bytes): it is
    /// said on one line, in words that tell what to do.
    @Test func aByteThatIsNotUTF8IsReportedOnOneLine() {
        let text =
            Self.bytes(#"<glossary xmlns="urn:enmienda:glossary" version="2"><entry id="a"#) + [0xFF]
            + Self.bytes(#"" category="mistranslation" severity="minor"/></glossary>"#)
        let error = #expect(throws: InputError.self) { try Glossary(xml: text, path: "g.xml") }
        let message = error?.diagnostics.first?.message ?? ""
        #expect(message.hasPrefix("not valid UTF-8: save the file as UTF-8, or name its encoding"), "\(message)")
        #expect(message.contains("; Bytes: 0xFF"))
        #expect(!message.contains("\n"))
    }

    @Test func rowsThatMakeNoEntryAreAGlossaryError() {
        let unclosed = #expect(throws: InputError.self) {
            try GlossaryCSV.entries(from: "wrong,suggestion\n\"no talleres,inviables\n", path: "r.csv")
        }
        #expect(unclosed?.kind == .glossary)
        let invalid = #expect(throws: InputError.self) {
            try GlossaryCSV.entries(from: Self.bytes("wrong,suggestion\n") + [0xFF], path: "r.csv")
        }
        #expect(invalid?.kind == .glossary)
        let header = #expect(throws: InputError.self) {
            try GlossaryInterchange.glossary(from: Self.bytes("wrong,suggestion\n"), path: "r.csv")
        }
        #expect(header?.kind == .glossary)
        #expect(header?.description == "r.csv:1:1: error: no rows with a wrong form and a suggestion")
    }

    @Test func aTermbaseThatDoesNotReadIsAGlossaryError() {
        let notTBX = #expect(throws: InputError.self) {
            try GlossaryTBX.entries(from: Self.bytes("<x/>"), path: "t.tbx")
        }
        #expect(notTBX?.kind == .glossary)
        let malformed = #expect(throws: InputError.self) {
            try GlossaryInterchange.entries(from: Self.bytes("<tbx><text>"), path: "t.tbx")
        }
        #expect(malformed?.kind == .glossary)
        let empty = #expect(throws: InputError.self) {
            try GlossaryTBX.glossary(from: Self.bytes("<martif><text><body/></text></martif>"), path: "t.tbx")
        }
        #expect(empty?.kind == .glossary)
    }

    @Test func aReviewThatDoesNotReadIsAnInputError() {
        let error = #expect(throws: InputError.self) { try Review(xml: Self.bytes("<review"), path: "r.xml") }
        #expect(error?.kind == .input)
    }
}
