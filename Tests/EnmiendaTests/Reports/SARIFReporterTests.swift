import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Pins ``SARIFReporter``'s output for the example article and the tricky documents (see
/// ``ReportCases``), and checks that it parses, has a result per finding with the region
/// the text gives, and a fix for every finding but the one left for a manual edit.
@Suite struct SARIFReporterGoldenTests {
    /// The reporter with paths made relative to the current directory, as the CLI does.
    private func reporter(_ glossary: Glossary) -> SARIFReporter {
        SARIFReporter(glossary: glossary, baseDirectory: FileManager.default.currentDirectoryPath)
    }

    private func run(_ sarif: String) throws -> [String: Any] {
        let log = try #require(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        try #require(runs.count == 1)
        return runs[0]
    }

    private func region(_ result: [String: Any]) -> [String: Any] {
        let locations = result["locations"] as? [[String: Any]] ?? []
        let physical = locations.first?["physicalLocation"] as? [String: Any]
        return physical?["region"] as? [String: Any] ?? [:]
    }

    @Test func exampleArticle() throws {
        let glossary = try Glossary.builtIn
        let sarif = reporter(glossary).report(try ReportCases.example())
        try GoldenFile.check(sarif, against: "sarif-kim-lavrov.sarif")

        let run = try run(sarif)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 22)
        let artifacts = try #require(run["artifacts"] as? [[String: Any]])
        #expect(
            artifacts.compactMap { ($0["location"] as? [String: Any])?["uri"] as? String } == [
                "examples/kim-lavrov.es.txt"
            ])
        let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
        let rules = try #require(driver?["rules"] as? [[String: Any]])
        // Only the entries with results are rules, in the glossary's order, each once.
        let used = Set(results.compactMap { $0["ruleId"] as? String })
        #expect(rules.compactMap { $0["id"] as? String } == glossary.entries.map(\.id).filter(used.contains))
        #expect(rules.count < glossary.entries.count)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
    }

    @Test func trickyDocuments() throws {
        let alignments = try ReportCases.tricky()
        let sarif = reporter(try ReportCases.trickyGlossary()).report(alignments)
        try GoldenFile.check(sarif, against: "sarif-tricky.sarif")

        let run = try run(sarif)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let artifacts = try #require(run["artifacts"] as? [[String: Any]])
        #expect(
            artifacts.compactMap { ($0["location"] as? [String: Any])?["uri"] as? String } == [
                "notas/cr%C3%B3nica%201.txt", "notas/b.txt",
            ])
        let results = try #require(run["results"] as? [[String: Any]])
        let spans = ReportCases.trickySpans.flatMap { $0 }
        let findings = alignments.flatMap(\.findings)
        try #require(results.count == 6 && spans.count == 6 && findings.count == 6)
        for (result, (span, finding)) in zip(results, zip(spans, findings)) {
            let region = region(result)
            #expect(region["startLine"] as? Int == span.line)
            #expect(region["startColumn"] as? Int == span.column)
            #expect(region["endLine"] as? Int == span.endLine)
            #expect(region["endColumn"] as? Int == span.endColumn)
            #expect(region["charOffset"] as? Int == span.scalarOffset)
            #expect(region["charLength"] as? Int == span.scalarLength)
            #expect(region["byteOffset"] as? Int == span.byteOffset)
            #expect(region["byteLength"] as? Int == span.byteLength)
            #expect((region["snippet"] as? [String: Any])?["text"] as? String == span.matchedText)
            let fingerprints = result["partialFingerprints"] as? [String: String]
            #expect(fingerprints?["enmiendaFinding/v1"] == finding.fingerprint)
            #expect(fingerprints?["primaryLocationLineHash"]?.contains(":") == true)
        }
        #expect(results.map { $0["level"] as? String } == ["note", "warning", "note", "error", "warning", "warning"])
        // One fix each, except for the headline, whose correction is left for a manual edit.
        #expect(results.map { ($0["fixes"] as? [Any])?.count } == [1, 1, 1, 1, 0, 1])
        let properties = try #require(results[1]["properties"] as? [String: Any])
        #expect(properties["suggestions"] as? [String] == ["inviables", "inaceptables"])
    }
}
