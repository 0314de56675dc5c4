import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Pins ``JSONReporter``'s output for the example article and the tricky documents (see
/// ``ReportCases``), and checks that it parses, has a match per finding, and gives each
/// match in UTF-16 units (as LanguageTool does), code points and bytes as the text has it.
@Suite struct JSONReporterGoldenTests {
    private func parse(_ json: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    private func matches(_ document: [String: Any]) -> [[String: Any]] {
        document["matches"] as? [[String: Any]] ?? []
    }

    @Test func exampleArticle() throws {
        let alignments = try ReportCases.example()
        let json = JSONReporter().report(alignments)
        try GoldenFile.check(json, against: "json-kim-lavrov.json")

        // One document: a LanguageTool response at the top level, our data under "enmienda".
        let root = try parse(json)
        #expect(Set(root.keys) == ["software", "warnings", "language", "matches", "enmienda"])
        #expect(matches(root).count == 22)
        let enmienda = try #require(root["enmienda"] as? [String: Any])
        #expect(enmienda["path"] as? String == "examples/kim-lavrov.es.txt")
        let summary = try #require(enmienda["summary"] as? [String: Any])
        #expect(summary["findings"] as? Int == 22)
        #expect(summary["words"] as? Int == 456)
        // Every match's UTF-16 span is its matched text in the article.
        let text = alignments[0].document.text as NSString
        for match in matches(root) {
            let range = NSRange(location: match["offset"] as? Int ?? -1, length: match["length"] as? Int ?? -1)
            #expect(text.substring(with: range) == match["matchedText"] as? String)
        }
    }

    /// The fields of a match the tricky case checks. Read with `JSONDecoder`: Foundation's
    /// `JSONSerialization` on Linux drops a U+FEFF that starts a string, such as the
    /// context of a finding on a first line after a byte-order mark.
    struct Match: Decodable {
        struct Context: Decodable {
            var text: String
            var offset: Int
            var length: Int
        }

        struct Replacement: Decodable {
            var value: String
        }

        var offset, length, codePointOffset, codePointLength, byteOffset, byteLength, line, column: Int
        var matchedText, message: String
        var context: Context
        var replacements: [Replacement]
    }

    struct Report: Decodable {
        struct Document: Decodable {
            var matches: [Match]
        }

        var documents: [Document]
    }

    @Test func trickyDocuments() throws {
        let alignments = try ReportCases.tricky()
        let json = JSONReporter().report(alignments)
        try GoldenFile.check(json, against: "json-tricky.json")
        // Long lists are written a slice per core; the text must not depend on it.
        #expect(JSONReporter(concurrency: 4).report(alignments) == json)

        let root = try parse(json)
        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(documents.map { $0["path"] as? String } == ReportCases.trickyTexts.map(\.path))
        #expect(documents.map { matches($0).count } == [5, 1])
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["findings"] as? Int == 6)
        #expect(summary["bySeverity"] as? [String: Int] == ["critical": 1, "major": 3, "minor": 2])

        let report = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
        try #require(report.documents.count == 2)
        for (index, (document, spans)) in zip(report.documents, ReportCases.trickySpans).enumerated() {
            let text = ReportCases.trickyTexts[index].text.text as NSString
            try #require(document.matches.count == spans.count)
            for (match, span) in zip(document.matches, spans) {
                #expect(match.offset == span.utf16Offset)
                #expect(match.length == span.utf16Length)
                #expect(match.codePointOffset == span.scalarOffset)
                #expect(match.codePointLength == span.scalarLength)
                #expect(match.byteOffset == span.byteOffset)
                #expect(match.byteLength == span.byteLength)
                #expect(match.line == span.line)
                #expect(match.column == span.column)
                #expect(match.matchedText == span.matchedText)
                #expect(text.substring(with: NSRange(location: match.offset, length: match.length)) == span.matchedText)
                let inContext = NSRange(location: match.context.offset, length: match.context.length)
                #expect((match.context.text as NSString).substring(with: inContext) == span.matchedText)
            }
        }
        let first = report.documents[0].matches
        #expect(first[1].replacements.map(\.value) == ["inviables", "inaceptables"])
        // The wrapped match's replacement keeps its line break; the headline's is as written.
        #expect(first[2].replacements.map(\.value) == ["esfuerzo\r\nbélico"])
        #expect(first[4].replacements.map(\.value) == ["Inviables", "Inaceptables"])
        #expect(
            first[1].message
                == "“no talleres” mistranslates “non-starters”. Say \"inviables\" & never <no talleres>: “non-starter” is an idiom."
        )
    }
}
