import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// ``Baseline``: findings of an earlier corrections export are known, by fingerprint.
@Suite struct BaselineTests {
    private let aligner: Aligner

    init() throws {
        aligner = try Fixtures.aligner([
            Fixtures.entry("non-starters", wrong: ["no talleres"], suggestions: ["inviables", "inaceptables"])
        ])
    }

    private func align(_ text: String, path: String = "nota.txt") -> [Alignment] {
        [aligner.align(TextDocument(text, path: path))]
    }

    /// A baseline read back from the corrections export of `alignments`.
    private func exported(_ alignments: [Alignment], in directory: TemporaryDirectory) throws -> Baseline {
        try Baseline(
            contentsOfFile: directory.write(CorrectionsXMLReporter().report(alignments), to: "baseline.xml"))
    }

    /// The error reading `xml` as a baseline throws, or `nil`.
    private func error(reading xml: String, in directory: TemporaryDirectory) throws -> InputError? {
        let path = try directory.write(xml, to: "baseline.xml")
        do {
            _ = try Baseline(contentsOfFile: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func findingsOfAnEarlierExportAreNotNew() throws {
        let directory = try TemporaryDirectory()
        let alignments = try ReportCases.tricky()
        let baseline = try exported(alignments, in: directory)
        #expect(baseline.counts.values.reduce(0, +) == 6)
        #expect(baseline.counts.count == 6)
        #expect(baseline == Baseline(alignments))
        let (new, known) = baseline.newFindings(in: alignments)
        #expect(known == 6)
        #expect(new.map(\.findings.count) == [0, 0])
        #expect(new.map(\.document) == alignments.map(\.document))
    }

    @Test func aFindingThatMovedLinesStaysKnown() throws {
        let directory = try TemporaryDirectory()
        let before = align("Kiev calificó las demandas como no talleres.\n")
        let after = align("Un párrafo nuevo arriba.\n\nKiev calificó las demandas como no talleres.\n")
        #expect(before[0].findings.map(\.location.line) == [1])
        #expect(after[0].findings.map(\.location.line) == [3])
        let (new, known) = try exported(before, in: directory).newFindings(in: after)
        #expect(known == 1)
        #expect(new[0].findings.isEmpty)
    }

    @Test func aFindingInAChangedSentenceIsNew() throws {
        let directory = try TemporaryDirectory()
        let before = align("Kiev calificó las demandas como no talleres.\n")
        let after = align("Kiev calificó las demandas rusas como no talleres.\n")
        let (new, known) = try exported(before, in: directory).newFindings(in: after)
        #expect(known == 0)
        #expect(new[0].findings.map(\.matchedText) == ["no talleres"])
        #expect(new[0].findings.map(\.location.column) == [39])
    }

    @Test func aRepeatedMistakeIsNewOnlyBeyondTheOldCount() throws {
        let directory = try TemporaryDirectory()
        let before = align("Son no talleres.\n")
        let after = align("Son no talleres.\nSon no talleres.\n")
        let baseline = try exported(before, in: directory)
        #expect(Array(baseline.counts.values) == [1])
        let (new, known) = baseline.newFindings(in: after)
        #expect(known == 1)
        #expect(new[0].findings.map(\.location.line) == [2])
    }

    @Test func malformedXMLIsALocatedError() throws {
        let directory = try TemporaryDirectory()
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <corrections xmlns="urn:enmienda:corrections" version="1">
              <document path="nota.txt" words="3" findings="0">
              </documento>
            </corrections>

            """
        let error = try #require(try error(reading: xml, in: directory))
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location.path == directory.url.appendingPathComponent("baseline.xml").path)
        #expect(diagnostic.location.line == 4)
        #expect(diagnostic.location.column == 15)
        #expect(diagnostic.message == "Opening and ending tag mismatch: document line 3 and documento")
    }

    @Test func anExportWithoutFingerprintsIsALocatedError() throws {
        let directory = try TemporaryDirectory()
        let xml = CorrectionsXMLReporter().report(align("Son no talleres.\n"))
        let fingerprint = #/ fingerprint="[0-9a-f]{16}"/#
        #expect(xml.firstMatch(of: fingerprint) != nil)
        let error = try #require(try error(reading: xml.replacing(fingerprint, with: ""), in: directory))
        #expect(error.diagnostics.count == 1)
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location.line == 4)
        #expect(diagnostic.location.column == 5)
        #expect(diagnostic.message == "this finding has no fingerprint: export the baseline again with this version")
    }

    @Test func aFileThatIsNotACorrectionsExportIsALocatedError() throws {
        let directory = try TemporaryDirectory()
        let glossary = String(decoding: Fixtures.glossaryXML(Fixtures.entryXML(id: "x")), as: UTF8.self)
        let error = try #require(try error(reading: glossary, in: directory))
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.message.contains("Element 'glossary': No matching global declaration"))
    }
}
