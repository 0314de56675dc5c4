import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Crafted glossaries and review files, each with its exact expected outcome. None may
/// crash, hang, expand entities, read another file or reach the network.
@Suite struct HostileXMLTests {
    private let root = #"<glossary xmlns="urn:enmienda:glossary" version="1">"#

    private func error(_ xml: String) -> InputError? {
        Fixtures.loadError(Array(xml.utf8), path: "h.xml")
    }

    private func error(_ bytes: [UInt8]) -> InputError? {
        Fixtures.loadError(bytes, path: "h.xml")
    }

    @Test(arguments: [
        #"<!DOCTYPE glossary [<!ENTITY x SYSTEM "file:///etc/passwd">]>"#,
        #"<!DOCTYPE glossary [<!ENTITY x SYSTEM "http://127.0.0.1:9/secret">]>"#,
        #"<!DOCTYPE glossary SYSTEM "file:///etc/passwd">"#,
        #"<!DOCTYPE glossary SYSTEM "http://127.0.0.1:9/glossary.dtd">"#,
        #"<!DOCTYPE glossary [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>"#,
    ])
    func externalEntitiesAndDTDsAreRefusedUnread(_ doctype: String) throws {
        let xml = "<?xml version=\"1.0\"?>\n\(doctype)\n\(root)<title>&x;</title></glossary>"
        let failure = try #require(error(xml))
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics[0].location.line == 2)
        #expect(failure.diagnostics[0].message.contains("DOCTYPE"))
        #expect(!failure.description.contains("root:x:0"))
    }

    @Test func xincludeIsNotProcessedAndNothingIsRead() throws {
        let xml = """
            <glossary xmlns="urn:enmienda:glossary" version="1" xmlns:xi="http://www.w3.org/2001/XInclude">
              <xi:include href="file:///etc/passwd" parse="text"/>
              <entry id="a" category="style" severity="minor">
                <source>s</source><wrong>b c</wrong><suggestion>d</suggestion>
                <xi:include href="/etc/passwd" parse="text"/>
              </entry>
            </glossary>
            """
        let glossary = try Glossary(xml: Array(xml.utf8), path: "h.xml")
        let kept = glossary.entries[0].extensions.joined()
        #expect(kept.contains("xi:include"))
        #expect(!kept.contains("root:x:0"))
    }

    @Test(arguments: [
        // Billion laughs.
        """
        <!DOCTYPE glossary [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
        <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
        <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
        <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
        """,
        // Quadratic blow-up: one large entity referenced many times.
        "<!DOCTYPE glossary [<!ENTITY big \"\(String(repeating: "x", count: 100_000))\">]>",
    ])
    func entityBombsAreRefusedBeforeExpansion(_ doctype: String) throws {
        let references = String(repeating: "&h;&big;", count: 10_000)
        let xml = "<?xml version=\"1.0\"?>\n\(doctype)\n\(root)<title>\(references)</title></glossary>"
        let clock = ContinuousClock()
        var failure: InputError?
        let elapsed = clock.measure { failure = error(xml) }
        #expect(failure?.diagnostics[0].message.contains("DOCTYPE") == true)
        // A hang guard, not a benchmark: expansion would take minutes and gigabytes.
        #expect(elapsed < .seconds(5))
    }

    @Test func deepNestingIsRejectedWithItsLocation() throws {
        let depth = 100_000
        let xml =
            root + String(repeating: "<x:a xmlns:x=\"urn:x\">", count: 1) + String(repeating: "<a>", count: depth)
            + String(repeating: "</a>", count: depth) + "</x:a></glossary>"
        let failure = try #require(error(xml))
        #expect(failure.diagnostics[0].location.line == 1)
        #expect(failure.diagnostics[0].message.lowercased().contains("depth"))
    }

    @Test func hugeAttributeIsRejected() throws {
        // A foreign attribute, which the schema allows: only libxml2's size limit can refuse it.
        let value = String(repeating: "a", count: 50_000_000)
        let xml = #"<glossary xmlns="urn:enmienda:glossary" version="1" xmlns:t="urn:t" t:big=""# + value + #""/>"#
        let failure = try #require(error(xml))
        #expect(failure.diagnostics[0].location == SourceLocation(path: "h.xml", line: 1, column: 75))
        #expect(failure.diagnostics[0].message.contains("too long"))
    }

    @Test(arguments: [10, 60, 200, 400])
    func truncatedFilesAreLocatedErrors(_ length: Int) throws {
        let whole = Array(
            (root + "\n" + Fixtures.entryXML(id: "a") + "\n" + Fixtures.entryXML(id: "b") + "\n</glossary>\n").utf8)
        let truncated = Array(whole.prefix(length))
        let failure = try #require(error(truncated))
        let lines = truncated.count { $0 == 0x0A } + 1
        #expect((1...lines).contains(failure.diagnostics[0].location.line))
    }

    @Test func utf16GlossaryWithAByteOrderMarkLoads() throws {
        let text =
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + root + "\n"
            + Fixtures.entryXML(id: "eñe", wrong: "año viejo", suggestion: "año pasado").replacingOccurrences(
                of: "eñe", with: "ene") + "\n</glossary>\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let glossary = try Glossary(xml: bytes, path: "utf16.xml")
        #expect(glossary.entries.map(\.wrongForms) == [["año viejo"]])
        #expect(glossary.entries[0].location.line == 3)
    }

    @Test func aDeclaredEncodingOtherThanUnicodeIsRefused() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + root + "<title>año</title></glossary>"
        let failure = try #require(error(xml))
        #expect(
            failure.description
                == "h.xml:1:1: error: the file declares the encoding ISO-8859-1: Enmienda reads UTF-8 or UTF-16 only")
    }

    @Test func nulBytesAreLocated() throws {
        let bytes = Array((root + "\n<title>a").utf8) + [0] + Array("b</title></glossary>".utf8)
        let failure = try #require(error(bytes))
        #expect(failure.diagnostics[0].location.line == 2)
    }

    @Test(arguments: [
        #"<glossary xmlns="urn:other" version="1"/>"#,
        #"<entries xmlns="urn:enmienda:glossary" version="1"/>"#,
        #"<glossary version="1"/>"#,
        #"<glossary xmlns="urn:enmienda:glossary" version="3"/>"#,
    ])
    func wrongRootNamespaceOrVersionIsRefused(_ xml: String) throws {
        let failure = try #require(error(xml))
        #expect(failure.diagnostics[0].location == SourceLocation(path: "h.xml", line: 1, column: 1))
    }

    @Test func reviewFilesGetTheSameProtection() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE corrections [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <corrections xmlns="urn:enmienda:corrections" version="1">&x;</corrections>
            """
        #expect(throws: InputError.self) { try Review(xml: Array(xml.utf8), path: "r.xml") }
    }
}
