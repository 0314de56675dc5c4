import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Text reports print article and glossary text escaped and on one line (issue 13;
/// ../shared/cases/integrity/12-terminal-escapes-from-article.sh).
@Suite struct TerminalTextTests {
    @Test func controlCharactersAndBidiOverridesAreShownEscaped() {
        #expect(TerminalText.escaped("a\u{1B}]0;T\u{7}b") == "a\\u{1B}]0;T\\u{7}b")
        #expect(TerminalText.escaped("x\u{9B}2J\u{7F}") == "x\\u{9B}2J\\u{7F}")
        #expect(TerminalText.escaped("abc\u{202E}fed\u{2066}") == "abc\\u{202E}fed\\u{2066}")
        #expect(TerminalText.escaped("año «bien» – ñandú\u{A0}5") == "año «bien» – ñandú\u{A0}5")
    }

    @Test func lineBreaksAndTheWhitespaceAroundThemBecomeOneSpace() {
        #expect(TerminalText.escaped("no\r\ntalleres") == "no talleres")
        #expect(TerminalText.escaped("no \n\t talleres\u{2028}hoy\rya") == "no talleres hoy ya")
        #expect(TerminalText.escaped("a\tb  c") == "a b  c")
    }

    private let aligner = Result { Aligner(glossary: try Glossary.builtIn) }

    @Test func theTextReportNeverCarriesARawControlOrLineBreakFromTheArticle() throws {
        let text =
            "Las demandas como no\r\ntalleres \u{1B}]0;PWNED\u{7} \u{1B}[2J fin \u{202E}y.\nOtra: no\rtalleres.\n"
        let alignment = try aligner.get().align(TextDocument(text, path: "esc\u{1B}[31m.txt"))
        #expect(alignment.findings.count == 2)
        let report = TextReporter().report([alignment])
        #expect(!report.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x0D })
        #expect(!report.unicodeScalars.contains { $0.value == 0x202E })
        // Every line is a diagnostic's head (the path), an indented line, or the summary.
        for line in report.split(separator: "\n") {
            #expect(
                line.hasPrefix("esc\\u{1B}[31m.txt:") || line.hasPrefix("    ") || line.contains("finding")
                    || line.hasPrefix("quality:"), "\(line)")
        }
        #expect(report.contains("“no talleres” mistranslates"))
    }

    @Test func theUnderlineStaysUnderTheMatchAfterEscapes() throws {
        let text = "\u{1B}[2J\u{7} son no talleres hoy"
        let alignment = try aligner.get().align(TextDocument(text, path: "u.txt"))
        let finding = try #require(alignment.findings.first)
        let (excerpt, underline) = TextReporter.excerpt(
            of: finding, in: alignment.document, lines: LineIndex(alignment.document.bytes))
        let caret = try #require(underline.firstIndex(of: "^"))
        let column = underline.distance(from: underline.startIndex, to: caret)
        let shown = Array(excerpt.unicodeScalars)
        #expect(String(String.UnicodeScalarView(shown[column..<column + underline.count - column])) == "no talleres")
    }
}
