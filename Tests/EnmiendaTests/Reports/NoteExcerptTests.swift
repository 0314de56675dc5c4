import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Issue 13, script 14: reports grow with the article plus the glossary, never with their
/// product: long notes are shortened per finding and held whole once per entry.
@Suite struct NoteExcerptTests {
    @Test func longNotesAreShortenedWithAnEllipsis() {
        #expect(NoteExcerpt.of("short note") == "short note")
        let long = String(repeating: "nota ", count: 200_000)
        let excerpt = NoteExcerpt.of(long)
        #expect(excerpt.count <= NoteExcerpt.maximumLength + 1)
        #expect(excerpt.count > NoteExcerpt.maximumLength / 2)
        #expect(excerpt.hasSuffix("nota…"))
        #expect(NoteExcerpt.of(String(repeating: "ñ", count: 600)) == String(repeating: "ñ", count: 500) + "…")
    }

    @Test func reportsGrowWithArticlePlusGlossaryNotTheirProduct() throws {
        var entry = try #require(
            try Glossary(xml: Fixtures.glossaryXML(Fixtures.entryXML(id: "x", wrong: "palabra mala")), path: "g.xml")
                .entries.first)
        entry.note = String(repeating: "nota ", count: 200_000)
        let glossary = try Glossary(entries: [entry])
        let aligner = Aligner(glossary: glossary)
        let article = TextDocument(String(repeating: "Una palabra mala. ", count: 200) + "\n", path: "a.txt")
        let alignments = [aligner.align(article)]
        #expect(alignments[0].findings.count == 200)
        let budget = 2_000_000  // the product would be 200 MB
        let reporters: [any Reporter] = [
            HTMLReporter(), CorrectionsXMLReporter(), JSONReporter(), SARIFReporter(glossary: glossary), TextReporter(),
        ]
        for reporter in reporters {
            let size = reporter.report(alignments).utf8.count
            #expect(size < budget, "\(type(of: reporter)): \(size) bytes")
        }
        #expect(HTMLReporter().report(alignments).utf8.count > 1_000_000)  // the note, once
    }
}
