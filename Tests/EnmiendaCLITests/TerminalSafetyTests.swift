import Foundation
import Testing

/// Text from articles, glossaries and file names never reaches the terminal raw
/// (issue 13; ../shared/cases/integrity/12-terminal-escapes-from-article.sh).
@Suite struct TerminalSafetyTests {
    private func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E }
    }

    @Test func theTextReportShowsAnArticlesEscapesEscaped() throws {
        let article = "Las demandas como no talleres \u{1B}]0;PWNED-TITLE\u{7} \u{1B}[2J fin.\n"
        let result = try CLIRunner.run(["check", "--color", "never", "-"], input: Array(article.utf8))
        #expect(result.status == 1)
        #expect(!hasControl(result.standardOutput))
        #expect(result.standardOutput.contains("\\u{1B}]0;PWNED-TITLE\\u{7}"))
    }

    @Test func glossaryListingsAndMessagesShowAGlossarysEscapesEscaped() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let csv = directory.appendingPathComponent("g.csv")
        try Data("wrong,suggestion,id\nmala\u{1B}[2J cosa,buena\u{202E} cosa,e1\n".utf8).write(to: csv)
        for arguments in [["glossary", "list"], ["glossary", "search", "buena"], ["glossary", "show", "e1"]] {
            let result = try CLIRunner.run(arguments + ["--glossary", csv.path])
            #expect(result.status == 0, "\(arguments)")
            #expect(!hasControl(result.standardOutput + result.standardError), "\(arguments)")
        }
        let article = directory.appendingPathComponent("a\u{1B}[31m.txt")
        try Data("una mala\u{1B}[2J cosa".utf8).write(to: article)
        let fixed = try CLIRunner.run(["fix", article.path, "-o", "-", "--glossary", csv.path])
        #expect(!hasControl(fixed.standardError))
        #expect(fixed.standardError.contains("a\\u{1B}[31m.txt"))
        let counted = try CLIRunner.run(["check", "--format", "count", directory.path])
        #expect(!hasControl(counted.standardOutput + counted.standardError))
    }
}
