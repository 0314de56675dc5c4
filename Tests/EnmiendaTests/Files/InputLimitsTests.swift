import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// The limits on untrusted glossaries, termbases and review files (issue 13's hostile
/// files): each construct is refused by the pre-scan, before libxml2 does quadratic or
/// unbounded work, at the construct's location. Bounded work is tested by refusal, not by
/// timing.
@Suite struct InputLimitsTests {
    private let root = #"<glossary xmlns="urn:enmienda:glossary" version="1""#

    private func attributes(_ count: Int) -> String {
        (0..<count).map { " a\($0)=\"v\"" }.joined()
    }

    private func violation(_ text: String) -> InputError? {
        do {
            try MarkupLimits.check(Array(text.utf8), path: "h.xml")
            return nil
        } catch {
            return error
        }
    }

    @Test func manyAttributesAreRefusedInEveryKindOfFile() throws {
        // Script 08: 200,000 attributes took libxml2 2.9 over 100 s.
        let many = attributes(200_000)
        let glossary = Array("<?xml version=\"1.0\"?>\n\(root)\(many)>\n</glossary>\n".utf8)
        let failure = try #require(Fixtures.loadError(glossary, path: "h.xml"))
        #expect(failure.description == "h.xml:2:1: error: too many attributes: an element has more than 1000")

        let review = Array(#"<corrections xmlns="urn:enmienda:corrections" version="1"\#(many)/>"#.utf8)
        #expect(throws: InputError.self) { try Review(xml: review, path: "r.xml") }
        let tbx = Array(#"<tbx type="TBX-Basic" style="dca" xml:lang="en"\#(many)/>"#.utf8)
        #expect(GlossaryTBX.isTBX(tbx))
        #expect(throws: InputError.self) { try GlossaryInterchange.entries(from: tbx, path: "t.tbx") }
    }

    @Test func theAttributeLimitIsExact() {
        #expect(violation("<a\(attributes(MarkupLimits.maximumAttributes))/>") == nil)
        #expect(violation("<a\(attributes(MarkupLimits.maximumAttributes + 1))/>") != nil)
        // Quoted `>` and quotes of the other kind inside values are not markup.
        #expect(violation(#"<a x="1>2" y='say "hi"'\#(attributes(998))/>"#) == nil)
    }

    @Test func theTextLimitCountsTextAndCDATABetweenTwoTags() throws {
        let limit = MarkupLimits.maximumTextLength
        #expect(violation("<a>" + String(repeating: "n", count: limit) + "</a>") == nil)
        let over = try #require(violation("<a>\n <b>" + String(repeating: "n", count: limit + 1) + "</b></a>"))
        #expect(over.description == "h.xml:2:5: error: text too long: more than 10000000 bytes between two tags")
        let half = String(repeating: "n", count: limit / 2)
        #expect(violation("<a>\(half)<![CDATA[\(half)<]]>\(half)</a>") != nil)
        #expect(violation("<a>\(half)<b/>\(half)<b/>\(half)</a>") == nil)
        #expect(
            violation("<a><!--" + String(repeating: "c", count: limit) + "--></a>")?.description.contains("comment")
                == true)
    }

    @Test func aFiftyMegabyteNoteIsRefused() throws {
        // Script 14: a 50 MB note loaded, against the README's 10 MB limit.
        let entry = Fixtures.entryXML(id: "x").replacingOccurrences(
            of: "</suggestion>",
            with: "</suggestion>\n    <note>" + String(repeating: "N", count: 50_000_000) + "</note>")
        let failure = try #require(Fixtures.loadError(Fixtures.glossaryXML(entry), path: "h.xml"))
        #expect(failure.description.hasPrefix("h.xml:7:11: error: text too long"))
    }

    @Test func aFiftyMegabyteReplacementInAReviewIsRefused() throws {
        let xml = """
            <corrections xmlns="urn:enmienda:corrections" version="1"><document path="a.txt">
            <finding><replacement>\(String(repeating: "R", count: 50_000_000))</replacement></finding>
            </document></corrections>
            """
        let failure = try #require(throws: InputError.self) { try Review(xml: Array(xml.utf8), path: "r.xml") }
        #expect(failure.description.hasPrefix("r.xml:2:23: error: text too long"))
    }

    @Test func utf16MarkupIsScannedByCodeUnit() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n\(root)\(attributes(5_000))>\n</glossary>\n"
        for bigEndian in [false, true] {
            var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
            for unit in text.utf16 {
                bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            }
            let failure = try #require(Fixtures.loadError(bytes, path: "h.xml"))
            #expect(failure.description.hasPrefix("h.xml:2:1: error: too many attributes"))
        }
    }

    @Test func aFileOverTheSizeLimitIsRefusedUnread() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("limit-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(repeating: 0x20, count: 1_001).write(to: file)
        #expect(try FileInput.readBytes(atPath: file.path, maximumSize: 1_001).count == 1_001)
        let failure = try #require(throws: InputError.self) {
            try FileInput.readBytes(atPath: file.path, maximumSize: 1_000)
        }
        #expect(
            failure.description.hasPrefix("\(file.path):1:1: error: the file is 1001 bytes, more than the 1000 bytes"))
        #expect(throws: InputError.self) { try Glossary(contentsOfFile: file.path, maximumSize: 1_000) }
        #expect(throws: InputError.self) { try Review(contentsOfFile: file.path, maximumSize: 1_000) }
        #expect(InputLimits.defaultMaximumFileSize >= 100_000_000)
    }

    /// Element-dense files well under the size limit took gigabytes (3,000,000 `<x:e/>`,
    /// 18 MB: 1.15 GB); the totals are limited per file, at the first element past them.
    @Test func elementsAndAttributesAreLimitedPerFile() throws {
        let open = "\(root) xmlns:x=\"urn:x\">\n"
        let elements = String(repeating: "<x:e/>", count: MarkupLimits.maximumElements - 1)
        #expect(violation(open + elements + "\n</glossary>\n") == nil)
        let failure = try #require(violation(open + elements + "\n<x:e/>\n</glossary>\n"))
        #expect(
            failure.description
                == "h.xml:3:1: error: too many elements: the file has more than 2500000 (the element limit)")

        // Elements of 999 attributes each: under the limit per element, not per file.
        let element = "<x:e\(attributes(999))/>\n"
        let wide = String(repeating: element, count: 1_502)
        let tooWide = try #require(violation(open + wide + "</glossary>\n"))
        #expect(
            tooWide.description
                == "h.xml:1503:1: error: too many attributes: the file has more than 1500000 (the attribute limit)")
        #expect(violation(open + String(repeating: element, count: 1_501) + "</glossary>\n") == nil)
        let glossary = Array((#"<?xml version="1.0"?>"# + "\n" + open + wide + "</glossary>\n").utf8)
        #expect(Fixtures.loadError(glossary, path: "h.xml")?.description.contains("the attribute limit") == true)
    }
}
