import Foundation
import Testing

@Suite struct FixCommandTests {
    @Test func writesTheCorrectedArticleAndLeavesTheInputAlone() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let output = directory.appendingPathComponent("corregido.txt").path
        let input = CLIRunner.packageRoot.appendingPathComponent("examples/kim-lavrov.es.txt")
        let before = try Data(contentsOf: input)
        let result = try CLIRunner.run(["fix", "examples/kim-lavrov.es.txt", "-o", output])
        #expect(result.status == 0)
        #expect(try Data(contentsOf: input) == before)
        let expected = CLIRunner.packageRoot.appendingPathComponent("examples/kim-lavrov.corrected.es.txt")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == (try Data(contentsOf: expected)))
        #expect(result.standardError.contains("22 corrections applied"))
    }

    @Test func keepsLineEndsByteOrderMarkAndSpacing() throws {
        let text = "\u{FEFF}Son no talleres.\r\nY\u{A0}esfuerzo de guerra"
        let result = try CLIRunner.run(["fix", "-", "-o", "-"], input: Array(text.utf8))
        #expect(result.status == 0)
        #expect(result.standardOutput == "\u{FEFF}Son inviables.\r\nY\u{A0}esfuerzo bélico")
    }

    @Test func refusesToOverwriteItsInputWithoutInPlace() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let article = directory.appendingPathComponent("a.txt")
        try Data("son no talleres".utf8).write(to: article)
        let result = try CLIRunner.run(["fix", article.path, "-o", article.path])
        #expect(result.status == 2)
        #expect(try String(contentsOf: article, encoding: .utf8) == "son no talleres")
    }

    @Test func inPlaceReplacesTheFileAtomically() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let article = directory.appendingPathComponent("a.txt")
        try Data("son no talleres".utf8).write(to: article)
        let result = try CLIRunner.run(["fix", "--in-place", article.path])
        #expect(result.status == 0)
        #expect(try String(contentsOf: article, encoding: .utf8) == "son inviables")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["a.txt"])
    }
}

@Suite struct ThousandsSeparatorTests {
    @Test(arguments: [("period", "12.000"), ("space", "12\u{A0}000"), ("narrow-space", "12\u{202F}000")])
    func correctedNumbersUseTheChosenSeparator(_ choice: String, _ expected: String) throws {
        let result = try CLIRunner.run(
            ["fix", "--thousands-separator", choice, "-", "-o", "-"], input: Array("más de 12,000 tropas".utf8))
        #expect(result.standardOutput == "más de \(expected) soldados")
    }
}
