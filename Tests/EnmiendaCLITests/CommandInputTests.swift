import Foundation
import Testing

/// What each command takes as input, and what it does with what it does not take.
@Suite struct CommandInputTests {
    @Test func fixRefusesADirectoryInsteadOfCorrectingItsFirstFile() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let articles = directory.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for name in ["a.txt", "b.txt"] {
            try Data("son no talleres".utf8).write(to: articles.appendingPathComponent(name))
        }
        let output = directory.appendingPathComponent("out.txt").path
        let result = try CLIRunner.run(["fix", articles.path, "-o", output])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("\(articles.path):1:1: error: fix corrects one article"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let inPlace = try CLIRunner.run(["fix", articles.path, "--in-place"])
        #expect(inPlace.status == 2)
        #expect(try String(contentsOf: articles.appendingPathComponent("a.txt"), encoding: .utf8) == "son no talleres")
    }

    @Test func aFileNamedTwiceIsCheckedOnce() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try Data("son no talleres".utf8).write(to: directory.appendingPathComponent("a.txt"))
        let result = try CLIRunner.run(["check", "--summary", "a.txt", "./a.txt", "."], in: directory)
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("1 finding (1 major) in 1 file, 3 words checked"))
    }

    @Test func glossaryAddCreatesAGlossaryThatDoesNotExist() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(
            [
                "glossary", "add", "--glossary", "mine.xml", "--source", "war effort", "--wrong", "esfuerzo de guerra",
                "--suggest", "esfuerzo bélico",
            ], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        // The made-up id is a built-in entry's too: the user is told it replaces it.
        #expect(result.standardError.contains("note: the built-in glossary has an entry 'war-effort' too"))
        let check = try CLIRunner.run(
            ["check", "--no-builtin", "--glossary", "mine.xml", "-"], in: directory,
            input: Array("el esfuerzo de guerra".utf8))
        #expect(check.status == 1)
        #expect(check.standardOutput.contains("[war-effort]"))
    }

    @Test func aMatchAcrossALineBreakHasAOneLineMessageInEveryFormat() throws {
        let article = Array("Las demandas como no\ntalleres, dijo.\n".utf8)
        for format in ["json", "sarif", "xml"] {
            let result = try CLIRunner.run(["check", "--format", format, "-"], input: article)
            #expect(result.standardOutput.contains("“no talleres” mistranslates"), "\(format)")
        }
    }
}
