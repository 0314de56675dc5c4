import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Issue 13, script 07: XML in UTF-16 or UTF-32 (with a byte-order mark or without) is told
/// apart before any CSV guess; UTF-16 is read, UTF-32 and EBCDIC are refused by name.
@Suite struct EncodingDetectionTests {
    private let glossaryText = """
        <?xml version="1.0" encoding="UTF-16"?>
        <glossary xmlns="urn:enmienda:glossary" version="1">
        \(Fixtures.entryXML(id: "x", wrong: "palabra mala", suggestion: "palabra buena"))
        </glossary>

        """

    private func encoded(_ text: String, width: Int, bigEndian: Bool, byteOrderMark: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = []
        func append(_ value: UInt32) {
            let units = (0..<width).map { UInt8((value >> (8 * UInt32($0))) & 0xFF) }
            bytes += bigEndian ? units.reversed() : units
        }
        if byteOrderMark { append(0xFEFF) }
        if width == 2 {
            text.utf16.forEach { append(UInt32($0)) }
        } else {
            text.unicodeScalars.forEach { append($0.value) }
        }
        return bytes
    }

    @Test(arguments: [false, true])
    func utf16GlossariesWithAByteOrderMarkAreXML(_ bigEndian: Bool) throws {
        let bytes = encoded(glossaryText, width: 2, bigEndian: bigEndian)
        #expect(XMLRootName.looksLikeXML(bytes))
        #expect(try GlossaryInterchange.glossary(from: bytes, path: "g.xml").entries.map(\.id) == ["x"])
        #expect(try GlossaryInterchange.entries(from: bytes, path: "g.xml").entries.map(\.id) == ["x"])
        let withoutMark = encoded(glossaryText, width: 2, bigEndian: bigEndian, byteOrderMark: false)
        #expect(try GlossaryInterchange.glossary(from: withoutMark, path: "g.xml").entries.map(\.id) == ["x"])
    }

    @Test(arguments: [false, true])
    func utf32IsRefusedByName(_ bigEndian: Bool) throws {
        let bytes = encoded(glossaryText, width: 4, bigEndian: bigEndian)
        let failure = try #require(throws: InputError.self) {
            try GlossaryInterchange.glossary(from: bytes, path: "g.xml")
        }
        #expect(
            failure.description
                == "g.xml:1:1: error: the file is UTF-32\(bigEndian ? "BE" : "LE"): Enmienda reads XML in UTF-8 or UTF-16 only"
        )
        #expect(throws: InputError.self) { try GlossaryInterchange.entries(from: bytes, path: "g.xml") }
        #expect(throws: InputError.self) { try Review(xml: bytes, path: "r.xml") }
    }

    @Test func ebcdicIsRefusedByName() throws {
        let bytes: [UInt8] = [0x4C, 0x6F, 0xA7, 0x94, 0x93, 0x40]
        let failure = try #require(throws: InputError.self) {
            try GlossaryInterchange.glossary(from: bytes, path: "g.xml")
        }
        #expect(failure.description.contains("EBCDIC"))
    }

    @Test func aUTF16TermbaseIsToldFromItsRoot() throws {
        let tbx = #"<?xml version="1.0" encoding="UTF-16"?><martif type="TBX"><text><body/></text></martif>"#
        #expect(GlossaryTBX.isTBX(encoded(tbx, width: 2, bigEndian: false)))
        #expect(GlossaryTBX.isTBX(encoded(tbx, width: 2, bigEndian: true)))
    }

    /// UTF-16 without a byte-order mark and without a declaration, opening with `<` or with
    /// blanks before it, is read as XML (libxml2 alone tells such a file only by `<?`).
    @Test(arguments: [false, true])
    func utf16WithoutAMarkOrADeclarationIsXML(_ bigEndian: Bool) throws {
        let body = glossaryText.split(separator: "\n", maxSplits: 1)[1]
        for text in [String(body), "\n" + body, " \r\n\t" + body] {
            let bytes = encoded(text, width: 2, bigEndian: bigEndian, byteOrderMark: false)
            #expect(XMLRootName.looksLikeXML(bytes))
            #expect(XMLRootName.of(bytes) == "glossary")
            #expect(try GlossaryInterchange.glossary(from: bytes, path: "g.xml").entries.map(\.id) == ["x"])
            #expect(try GlossaryInterchange.entries(from: bytes, path: "g.xml").entries.map(\.id) == ["x"])
        }
        let tbx = #"<martif type="TBX"><text><body/></text></martif>"#
        #expect(GlossaryTBX.isTBX(encoded("\n" + tbx, width: 2, bigEndian: bigEndian, byteOrderMark: false)))
        let utf32 = encoded("\n" + body, width: 4, bigEndian: bigEndian, byteOrderMark: false)
        let failure = try #require(throws: InputError.self) {
            try GlossaryInterchange.glossary(from: utf32, path: "g.xml")
        }
        #expect(failure.description.contains("UTF-32"))
    }
}
