import EnmiendaTestSupport
import Testing

@testable import Enmienda
@testable import EnmiendaCore

@Suite struct CorrectionsXMLReporterTests {
    private func validate(_ xml: String) throws -> ParsedElement {
        try SecureXMLReader.read(Array(xml.utf8), path: "report.xml", schema: try EmbeddedSchemas.corrections())
    }

    private func exampleAlignment() throws -> Alignment {
        let document = try TextDocument(contentsOfFile: Fixtures.path("examples/kim-lavrov.es.txt"))
        return Aligner(glossary: try Glossary.builtIn).align(document)
    }

    @Test func exampleReportValidatesAgainstTheShippedSchema() throws {
        let alignment = try exampleAlignment()
        let root = try validate(CorrectionsXMLReporter().report([alignment]))
        let findings = root.elements[0].elements
        #expect(findings.count == alignment.findings.count)
        #expect(findings.count >= 8)
    }

    @Test func everyFindingCarriesLocationTextAndSentences() throws {
        let alignment = try exampleAlignment()
        let root = try validate(CorrectionsXMLReporter().report([alignment]))
        let element = try #require(root.elements.first?.elements.first { $0.attributes["entry"] == "non-starters" })
        let finding = try #require(alignment.findings.first { $0.entryID == "non-starters" })
        #expect(element.attributes["line"] == "5")
        #expect(element.attributes["column"] == "40")
        #expect(element.attributes["byte-offset"] == String(finding.byteRange.lowerBound))
        #expect(element.attributes["byte-length"] == "11")
        #expect(element.attributes["char-offset"] == String(finding.scalarOffset))
        #expect(element.attributes["char-length"] == "11")
        let children = Dictionary(
            element.elements.map { ($0.localName, $0.text) }, uniquingKeysWith: { first, _ in first })
        #expect(children["matched"] == "no talleres")
        #expect(children["suggestion"] == "inviables")
        #expect(children["corrected-sentence"]?.contains("como inviables, acusando") == true)
        let bytes = alignment.document.bytes
        #expect(String(decoding: bytes[finding.byteRange], as: UTF8.self) == "no talleres")
    }

    @Test func markupAndControlCharactersInTextAreEscaped() throws {
        let entry = Fixtures.entry("x", wrong: ["no talleres"], suggestions: ["a & <b>"])
        let document = try TextDocument(
            bytes: Array("Dijo \"<no talleres>\" & \u{1}se fue.\r\n".utf8), path: "a&b\".txt")
        let alignment = try Fixtures.aligner([entry]).align(document)
        let root = try validate(CorrectionsXMLReporter().report([alignment]))
        #expect(root.elements[0].attributes["path"] == "a&b\".txt")
        let finding = root.elements[0].elements[0]
        #expect(finding.elements.first { $0.localName == "suggestion" }?.text == "a & <b>")
        #expect(finding.elements.first { $0.localName == "sentence" }?.text.contains("\u{FFFD}se fue.") == true)
    }

    @Test func documentsWithoutFindingsAreListed() throws {
        let alignment = try Fixtures.aligner([Fixtures.entry("x", wrong: ["zzz"], suggestions: ["y"])])
            .align(TextDocument("nada", path: "clean.txt"))
        let root = try validate(CorrectionsXMLReporter().report([alignment]))
        #expect(root.elements[0].attributes["findings"] == "0")
    }
}

@Suite struct CorrectionsSummaryTests {
    @Test func exportEndsWithCountsAndTheQualityScore() throws {
        let document = try TextDocument(contentsOfFile: Fixtures.path("examples/kim-lavrov.es.txt"))
        let alignment = Aligner(glossary: try Glossary.builtIn).align(document)
        let xml = CorrectionsXMLReporter().report([alignment])
        let root = try SecureXMLReader.read(Array(xml.utf8), path: "r.xml", schema: try EmbeddedSchemas.corrections())
        let summary = try #require(root.elements.last)
        #expect(summary.localName == "summary")
        #expect(summary.attributes["words"] == "456")
        #expect(summary.attributes["findings"] == "22")
        #expect(summary.attributes["mqm-score"] == "-44.7")
        #expect(summary.elements.contains { $0.attributes["severity"] == "major" && $0.attributes["findings"] == "11" })
        #expect(summary.elements.contains { $0.attributes["category"] == "mistranslation" })
    }
}

/// Pins ``CorrectionsXMLReporter``'s output for the example article and the tricky
/// documents (see ``ReportCases``); the goldens must stay valid against the shipped schema,
/// carry every finding at the offsets the text gives, and read back as a review.
@Suite struct CorrectionsXMLReporterGoldenTests {
    private func validate(_ xml: String) throws -> ParsedElement {
        try SecureXMLReader.read(Array(xml.utf8), path: "report.xml", schema: try EmbeddedSchemas.corrections())
    }

    @Test func exampleArticle() throws {
        let alignments = try ReportCases.example()
        let xml = CorrectionsXMLReporter().report(alignments)
        try GoldenFile.check(xml, against: "corrections-kim-lavrov.xml")

        let root = try validate(xml)
        let documents = root.elements.filter { $0.localName == "document" }
        #expect(documents.map { $0.attributes["path"] } == ["examples/kim-lavrov.es.txt"])
        #expect(documents.first?.elements.count == 22)
        #expect(documents.first?.attributes["findings"] == "22")
        #expect(root.elements.last?.attributes["findings"] == "22")
    }

    @Test func trickyDocuments() throws {
        let alignments = try ReportCases.tricky()
        let xml = CorrectionsXMLReporter().report(alignments)
        try GoldenFile.check(xml, against: "corrections-tricky.xml")

        let root = try validate(xml)
        let documents = root.elements.filter { $0.localName == "document" }
        #expect(documents.map { $0.attributes["path"] } == ReportCases.trickyTexts.map(\.path))
        try #require(documents.count == 2)
        for (document, spans) in zip(documents, ReportCases.trickySpans) {
            try #require(document.elements.count == spans.count)
            for (finding, span) in zip(document.elements, spans) {
                let attributes = finding.attributes
                #expect(attributes["line"] == String(span.line))
                #expect(attributes["column"] == String(span.column))
                #expect(attributes["byte-offset"] == String(span.byteOffset))
                #expect(attributes["byte-length"] == String(span.byteLength))
                #expect(attributes["char-offset"] == String(span.scalarOffset))
                #expect(attributes["char-length"] == String(span.scalarLength))
                // The CRLF inside a match and its sentence survives the parser's line-end normalization.
                #expect(finding.elements.first { $0.localName == "matched" }?.text == span.matchedText)
            }
        }
        let nonStarters = documents[0].elements[1].elements
        #expect(nonStarters.filter { $0.localName == "suggestion" }.map(\.text) == ["inviables", "inaceptables"])
        #expect(
            nonStarters.first { $0.localName == "note" }?.text
                == "Say \"inviables\" & never <no talleres>: “non-starter” is an idiom.")
        #expect(root.elements.last?.attributes["findings"] == "6")

        // What `enmienda apply` reads back is where the findings are.
        let review = try Review(xml: Array(xml.utf8), path: "report.xml")
        #expect(
            review.documents.map { $0.items.map(\.byteRange.lowerBound) }
                == ReportCases.trickySpans.map {
                    $0.map(\.byteOffset)
                })
        #expect(review.documents.map(\.contentHash) == alignments.map { $0.document.contentHash })
    }
}
