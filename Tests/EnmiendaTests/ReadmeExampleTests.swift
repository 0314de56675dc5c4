import Enmienda
import EnmiendaTestSupport
import Foundation
import Testing

/// The Swift example in README.md, run as a test. The code between the markers is
/// copied verbatim into the README; the second test keeps the two in step.
@Suite struct ReadmeExampleTests {
    @Test func libraryExampleWorks() throws {
        // README-EXAMPLE-BEGIN
        let glossary = try Glossary.builtIn
        let aligner = Aligner(glossary: glossary)  // compile once, reuse for every article
        let article = TextDocument("Ucrania calificó las demandas como no talleres.", path: "nota.txt")
        let alignment = aligner.align(article)
        for finding in alignment.findings {
            print("\(finding.location): \(finding.message) → \(finding.topSuggestion)")
        }
        print(alignment.correctedText)  // Ucrania calificó las demandas como inviables.
        let xml = CorrectionsXMLReporter().report([alignment])
        // README-EXAMPLE-END
        #expect(alignment.findings.map(\.entryID) == ["non-starters"])
        #expect(alignment.correctedText == "Ucrania calificó las demandas como inviables.")
        #expect(xml.contains("<matched>no talleres</matched>"))
    }

    @Test func readmeShowsTheExampleVerbatim() throws {
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        guard let begin = lines.firstIndex(where: { $0.hasSuffix("// README-EXAMPLE-BEGIN") }),
            let end = lines.firstIndex(where: { $0.hasSuffix("// README-EXAMPLE-END") })
        else {
            Issue.record("markers not found")
            return
        }
        let indent = lines[begin].prefix { $0 == " " }.count
        let snippet = lines[(begin + 1)..<end].map { String($0.dropFirst(indent)) }.joined(separator: "\n")
        let readme = try String(contentsOfFile: Fixtures.path("README.md"), encoding: .utf8)
        #expect(readme.contains(snippet), "README.md must contain the example of \(#fileID) verbatim")
    }
}
