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
        // A control character is refused (named, not printed), and so is a bidirectional
        // override: written into an article, it reorders what a reader sees.
        try Data("wrong,suggestion,id\nmala\u{1B}[2J cosa,buena\u{202E} cosa,e1\n".utf8).write(to: csv)
        let refused = try CLIRunner.run(["glossary", "list", "--no-builtin", "--glossary", csv.path])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("g.csv:2:5: error: ") && refused.standardError.contains("U+001B"))
        #expect(!hasControl(refused.standardOutput + refused.standardError))
        try Data("wrong,suggestion,id\nmala cosa,buena\u{202E} cosa,e1\n".utf8).write(to: csv)
        for arguments in [["glossary", "list"], ["glossary", "search", "buena"], ["glossary", "show", "e1"]] {
            let result = try CLIRunner.run(arguments + ["--no-builtin", "--glossary", csv.path])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.standardError.contains("U+202E"), "\(arguments)")
            #expect(!hasControl(result.standardOutput + result.standardError), "\(arguments)")
        }
        try Data("wrong,suggestion,id\nmala cosa,buena cosa,e1\n".utf8).write(to: csv)
        let article = directory.appendingPathComponent("a\u{1B}[31m.txt")
        try Data("una mala cosa".utf8).write(to: article)
        let fixed = try CLIRunner.run(["fix", article.path, "-o", "-", "--no-builtin", "--glossary", csv.path])
        #expect(!hasControl(fixed.standardError))
        #expect(fixed.standardError.contains("a\\u{1B}[31m.txt"))
        let counted = try CLIRunner.run(["check", "--format", "count", directory.path])
        #expect(!hasControl(counted.standardOutput + counted.standardError))
    }

    /// `glossary add` and `glossary import` refuse text with control characters, naming
    /// them, and write nothing; a CSV with a byte-order mark imports.
    @Test func glossaryEditsRefuseControlCharacters() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let glossary = directory.appendingPathComponent("g.xml")
        let added = try CLIRunner.run([
            "glossary", "add", "--glossary", glossary.path, "--source", "a\u{1B}b", "--wrong", "no talleres",
            "--suggest", "inviables",
        ])
        #expect(added.status == 2)
        #expect(
            added.standardError.hasPrefix(
                "\(glossary.path):1:1: error: source of entry 'a-b' holds the control character U+001B"))
        #expect(!hasControl(added.standardError))
        #expect(!FileManager.default.fileExists(atPath: glossary.path))
        let rows = directory.appendingPathComponent("rows.csv")
        try Data("wrong,suggestion\nno talleres,inviables\u{9B}\n".utf8).write(to: rows)
        let imported = try CLIRunner.run(["glossary", "import", rows.path, "--glossary", glossary.path])
        #expect(imported.status == 2)
        #expect(imported.standardError.contains("rows.csv:2:22: error: ") && imported.standardError.contains("U+009B"))
        #expect(!FileManager.default.fileExists(atPath: glossary.path))
        try Data([0xEF, 0xBB, 0xBF] + Array("wrong,suggestion\r\nno talleres,inviables\r\n".utf8)).write(to: rows)
        for arguments in [
            ["glossary", "validate", "--no-builtin", "--glossary", rows.path],
            ["check", "--no-builtin", "--glossary", rows.path, "-"],
            ["glossary", "import", rows.path, "--glossary", glossary.path],
        ] {
            let result = try CLIRunner.run(arguments, input: Array("Son no talleres.\n".utf8))
            #expect(result.status == (arguments[0] == "check" ? 1 : 0), "\(arguments): \(result.standardError)")
        }
    }
}
