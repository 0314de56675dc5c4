import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Pins ``TextReporter``'s output for the example article and the tricky documents (see
/// ``ReportCases``), and checks what a wrong re-recording would break: one diagnostic per
/// finding at its line and column, the underline under the match, the summary at the end.
@Suite struct TextReporterGoldenTests {
    /// A diagnostic of a text report: its first line and the indented lines under it.
    struct Block {
        var header: String
        var details: [String]
    }

    /// The diagnostics of `report`, in order (the summary lines are not indented).
    private func diagnostics(_ report: String) -> [Block] {
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [Block] = []
        for (index, line) in lines.enumerated() where !line.hasPrefix(" ") {
            guard index + 1 < lines.count, lines[index + 1].hasPrefix("    ") else { continue }
            let details = lines[(index + 1)...].prefix { $0.hasPrefix("    ") }.map { String($0.dropFirst(4)) }
            result.append(Block(header: line, details: details))
        }
        return result
    }

    @Test func exampleArticle() throws {
        let alignments = try ReportCases.example()
        let report = TextReporter().report(alignments)
        try GoldenFile.check(report, against: "text-kim-lavrov.txt")

        let found = diagnostics(report)
        #expect(found.count == 22)
        #expect(found.allSatisfy { $0.header.hasPrefix("examples/kim-lavrov.es.txt:") })
        #expect(
            found.contains {
                $0.header
                    == "examples/kim-lavrov.es.txt:5:40: major: “no talleres” mistranslates “non-starters” [non-starters]"
            })
        #expect(
            report.hasSuffix(
                "\n22 findings (11 major, 11 minor) in 1 file, 456 words checked\n"
                    + "quality: MQM score -44.7 (penalty 144.7 per 1,000 words)\n"))
    }

    @Test func trickyDocuments() throws {
        let alignments = try ReportCases.tricky()
        let spans = ReportCases.trickySpans
        #expect(alignments.map { $0.findings.map(\.byteRange.lowerBound) } == spans.map { $0.map(\.byteOffset) })
        let report = TextReporter().report(alignments)
        try GoldenFile.check(report, against: "text-tricky.txt")

        let found = diagnostics(report)
        let expected = zip(ReportCases.trickyTexts, spans).flatMap { document, spans in
            spans.map { (path: document.path, span: $0) }
        }
        try #require(found.count == 6 && expected.count == 6)
        for (diagnostic, (path, span)) in zip(found, expected) {
            #expect(diagnostic.header.hasPrefix("\(path):\(span.line):\(span.column): "))
            // The caret stands under the match's first code point in the excerpt.
            try #require(diagnostic.details.count >= 2)
            let excerpt = Array(diagnostic.details[0].unicodeScalars)
            let caret = try #require(Array(diagnostic.details[1].unicodeScalars).firstIndex(of: "^"))
            try #require(caret < excerpt.count)
            let firstWord = span.matchedText.unicodeScalars.prefix { !$0.properties.isWhitespace }
            #expect(Array(excerpt[caret...].prefix(firstWord.count)) == Array(firstWord), "\(diagnostic.header)")
        }
        #expect(
            found.map { $0.header.components(separatedBy: ": ")[1] } == [
                "minor", "major", "minor", "critical", "major", "major",
            ])
        let nonStarters = found[1].details
        #expect(nonStarters.contains("suggestion: inviables (also: inaceptables)"))
        #expect(nonStarters.contains { $0.hasPrefix("note: Say \"inviables\" & never <no talleres>") })
        let manual = found.filter { $0.details.contains { $0.hasPrefix("fix: left for a manual edit") } }
        #expect(manual.map(\.header) == [found[4].header])
        #expect(found[4].details.contains("suggestion: Inviables (also: Inaceptables)"))
        #expect(
            report.hasSuffix(
                "\n6 findings (1 critical, 3 major, 2 minor) in 2 files, 53 words checked\n"
                    + "quality: MQM score -692.5 (penalty 792.5 per 1,000 words)\n"))
    }
}
