import EnmiendaTestSupport
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
            // The caret stands under the match's first code point in the excerpt, counted
            // in columns (a combining mark takes none).
            try #require(diagnostic.details.count >= 2)
            let excerpt = Array(diagnostic.details[0].unicodeScalars)
            let caret = try #require(Array(diagnostic.details[1].unicodeScalars).firstIndex(of: "^"))
            var start = 0
            var column = 0
            while start < excerpt.count && column < caret {
                column += TerminalText.columns(String(excerpt[start]))
                start += 1
            }
            while start < excerpt.count && TerminalText.columns(String(excerpt[start])) == 0 { start += 1 }
            try #require(start < excerpt.count)
            let firstWord = span.matchedText.unicodeScalars.prefix { !$0.properties.isWhitespace }
            #expect(Array(excerpt[start...].prefix(firstWord.count)) == Array(firstWord), "\(diagnostic.header)")
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

    /// A combining accent takes no column on a terminal: the underline counts columns, so
    /// it stands under the match, as long as the match, after a decomposed *decisión* or
    /// in a match spelled with one.
    @Test(arguments: [
        ("La decisio\u{301}n fue no talleres.", "no talleres"),
        ("Son no talleres, dice la decisio\u{301}n.", "no talleres"),
        ("La decisio\u{301}n es un de\u{301}ficit aqui\u{301}.", "un de\u{301}ficit"),
    ])
    func theUnderlineCountsColumnsNotCodePoints(_ text: String, match: String) throws {
        let aligner = try Fixtures.aligner([
            Fixtures.entry("e", wrong: ["no talleres"], suggestions: ["inviables"]),
            Fixtures.entry("d", wrong: ["un déficit"], suggestions: ["una falta"]),
        ])
        let report = TextReporter().report([aligner.align(TextDocument(text, path: "a.txt"))])
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let underline = try #require(lines.firstIndex { $0.contains("^") })
        #expect(lines[underline - 1] == "    " + text)
        let before = text.components(separatedBy: match)[0]
        let columns = { (text: String) in text.unicodeScalars.count { $0.properties.generalCategory != .nonspacingMark }
        }
        #expect(
            lines[underline]
                == "    " + String(repeating: " ", count: columns(before)) + "^"
                + String(repeating: "~", count: columns(match) - 1))
    }
}
