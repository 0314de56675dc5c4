import Foundation
import Testing

@Suite struct InputErrorTests {
    private func write(_ bytes: [UInt8], named name: String) throws -> String {
        let url = try CLIRunner.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func malformedGlossaryIsLocatedAndExitsTwo() throws {
        let glossary = try write(
            Array("<glossary xmlns=\"urn:enmienda:glossary\" version=\"1\">\n  <entry>\n</glossary>\n".utf8),
            named: "bad.xml")
        let result = try CLIRunner.run(["check", "--glossary", glossary, "examples/kim-lavrov.es.txt"])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("\(glossary):3:"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func invalidUTF8ArticleIsLocatedAndExitsTwo() throws {
        let article = try write(Array("bien\nmal ".utf8) + [0xFF], named: "bad.txt")
        let result = try CLIRunner.run(["check", article])
        #expect(result.status == 2)
        #expect(result.standardError == "\(article):2:5: error: invalid UTF-8 at byte offset 9 (byte 0xFF)\n")
    }

    @Test(arguments: [
        ["check", "/nonexistent/article.txt"],
        ["check"],
        ["check", "--format", "pdf", "x.txt"],
        ["frobnicate"],
        ["fix", "examples/kim-lavrov.es.txt"],
        ["check", "--glossary", "/nonexistent/g.xml", "examples/kim-lavrov.es.txt"],
    ])
    func usageAndInputErrorsExitTwo(_ arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2)
        #expect(!result.standardError.isEmpty)
    }

    @Test func missingFileNamesThePath() throws {
        let result = try CLIRunner.run(["check", "/nonexistent/article.txt"])
        #expect(result.standardError == "/nonexistent/article.txt:1:1: error: no such file or directory\n")
    }

    @Test func helpExitsZero() throws {
        let result = try CLIRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("check"))
    }
}
