import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Pins ``HTMLReporter``'s page for the example article and the tricky documents (see
/// ``ReportCases``), and checks that it stays well-formed, marks each finding once, shows
/// each article whole, and hands the page's script a finding per mark.
@Suite struct HTMLReporterGoldenTests {
    /// The page read as XML (it is HTML5 written as well-formed XML), the doctype set aside.
    private func parse(_ html: String) throws -> ParsedElement {
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        return try SecureXMLReader.read(Array(html.utf8.dropFirst("<!DOCTYPE html>\n".utf8.count)), path: "review.html")
    }

    private func all(_ element: ParsedElement, named name: String) -> [ParsedElement] {
        (element.localName == name ? [element] : []) + element.elements.flatMap { all($0, named: name) }
    }

    /// The findings of each document, as the page's script reads them.
    private func pageData(_ root: ParsedElement) throws -> [[[String: Any]]] {
        let script = try #require(all(root, named: "script").first { $0.attributes["id"] == "enmienda-data" })
        let data = try #require(JSONSerialization.jsonObject(with: Data(script.text.utf8)) as? [String: Any])
        let documents = try #require(data["documents"] as? [[String: Any]])
        return documents.map { $0["findings"] as? [[String: Any]] ?? [] }
    }

    @Test func exampleArticle() throws {
        let alignments = try ReportCases.example()
        let html = HTMLReporter(workingDirectory: "/reviews").report(alignments)
        try GoldenFile.check(html, against: "html-kim-lavrov.html")

        let root = try parse(html)
        #expect(all(root, named: "mark").count == 22)
        #expect(html.components(separatedBy: "<mark class=\"finding ").count - 1 == 22)
        #expect(try pageData(root).map(\.count) == [22])
        let article = try #require(all(root, named: "div").first { $0.attributes["class"] == "article" })
        #expect(article.text == alignments[0].document.text)
    }

    @Test func trickyDocuments() throws {
        let alignments = try ReportCases.tricky()
        let html = HTMLReporter(workingDirectory: "/reviews").report(alignments)
        try GoldenFile.check(html, against: "html-tricky.html")

        let root = try parse(html)
        let marks = all(root, named: "mark")
        let spans = ReportCases.trickySpans.flatMap { $0 }
        try #require(marks.count == 6 && spans.count == 6)
        #expect(marks.map(\.text) == spans.map(\.matchedText))
        #expect(marks.map { $0.attributes["id"] } == ["f-0-0", "f-0-1", "f-0-2", "f-0-3", "f-0-4", "f-1-0"])
        #expect(marks.map { $0.attributes["its-loc-quality-issue-severity"] } == ["25", "60", "25", "100", "60", "60"])
        #expect(
            marks[1].attributes["its-loc-quality-issue-comment"]
                == "“no talleres” mistranslates “non-starters”. Say \"inviables\" & never <no talleres>: “non-starter” is an idiom."
        )
        // Each article is shown whole, from after the byte-order mark, CRLFs included.
        let articles = all(root, named: "div").filter { $0.attributes["class"] == "article" }
        let shown = ReportCases.trickyTexts.map {
            String(String.UnicodeScalarView($0.text.text.unicodeScalars.drop { $0 == "\u{FEFF}" }))
        }
        #expect(articles.map(\.text) == shown)
        let findings = try pageData(root)
        #expect(findings.map(\.count) == [5, 1])
        #expect(
            findings.first?.compactMap { $0["charOffset"] as? Int } == ReportCases.trickySpans[0].map(\.scalarOffset))
        #expect(findings.first?.compactMap { $0["column"] as? Int } == ReportCases.trickySpans[0].map(\.column))
    }
}

/// The page's stylesheet and script are the files of `Sources/Enmienda/Reports/HTML/Resources`,
/// embedded byte for byte at build time, and cannot close the element that holds them.
@Suite struct HTMLPageAssetsTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Sources/Enmienda/Reports/HTML/Resources")

    @Test func everyResourceIsEmbeddedExactly() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { !$0.hasPrefix(".") }.sorted()
        #expect(names == ["review-page.css", "review-page.js"])
        #expect(EmbeddedPageFiles.files.map(\.name) == names)
        for file in EmbeddedPageFiles.files {
            let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(file.name))
            #expect(Array(file.text.utf8) == Array(bytes), "\(file.name) is embedded as it is")
        }
    }

    @Test func thePageHoldsEachFileLessItsLastLineBreak() throws {
        let files = Dictionary(uniqueKeysWithValues: EmbeddedPageFiles.files.map { ($0.name, $0.text) })
        #expect(files["review-page.css"] == HTMLPageAssets.style + "\n")
        #expect(files["review-page.js"] == HTMLPageAssets.script + "\n")
        let html = HTMLReporter().report(try ReportCases.example())
        #expect(html.contains("<style>\(HTMLPageAssets.style)</style>\n"))
        #expect(html.contains("<script>//<![CDATA[\n\(HTMLPageAssets.script)\n//]]></script>\n"))
    }

    /// An HTML parser ends `<style>` and `<script>` at the first `</style` or `</script`,
    /// whatever the case, and an XML reader ends the script's CDATA section at `]]>`.
    @Test func neitherFileCanEndItsElement() {
        #expect(!HTMLPageAssets.style.isEmpty && !HTMLPageAssets.script.isEmpty)
        #expect(!HTMLPageAssets.style.lowercased().contains("</style"))
        #expect(!HTMLPageAssets.script.lowercased().contains("</script"))
        #expect(!HTMLPageAssets.script.lowercased().contains("<!--"))
        #expect(!HTMLPageAssets.script.contains("]]>"))
    }
}
