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
        let result = try CLIRunner.run(["check", "--no-builtin", "--glossary", glossary, "examples/kim-lavrov.es.txt"])
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
        ["check", "--no-builtin", "--glossary", "/nonexistent/g.xml", "examples/kim-lavrov.es.txt"],
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

@Suite struct HostileInputCLITests {
    private func directory() throws -> URL { try CLIRunner.temporaryDirectory() }

    @Test func hostileGlossaryWritesNothing() throws {
        let folder = try directory()
        let glossary = folder.appendingPathComponent("evil.xml")
        try Data(
            """
            <?xml version="1.0"?>
            <!DOCTYPE glossary [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <glossary xmlns="urn:enmienda:glossary" version="1"><title>&x;</title></glossary>
            """.utf8
        ).write(to: glossary)
        let output = folder.appendingPathComponent("report.xml")
        let result = try CLIRunner.run(
            ["check", "--no-builtin", "--glossary", glossary.path, "--format", "xml", "-o", output.path, "examples"])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("\(glossary.path):2:1: error: DOCTYPE declarations are not allowed"))
        #expect(!result.standardError.contains("root:"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let fixed = folder.appendingPathComponent("fixed.txt")
        #expect(
            try CLIRunner.run([
                "fix", "--no-builtin", "--glossary", glossary.path, "examples/kim-lavrov.es.txt", "-o", fixed.path,
            ])
            .status == 2)
        #expect(!FileManager.default.fileExists(atPath: fixed.path))
    }

    @Test func lossyReadsInvalidUTF8WithAWarning() throws {
        let article = try directory().appendingPathComponent("bad.txt")
        try Data(Array("son ".utf8) + [0xC3] + Array(" no talleres".utf8)).write(to: article)
        #expect(try CLIRunner.run(["check", article.path]).status == 2)
        let result = try CLIRunner.run(["check", "--lossy", article.path])
        #expect(result.status == 1)
        #expect(
            result.standardError.hasPrefix(
                "\(article.path):1:5: warning: invalid UTF-8 at byte offset 4 read as U+FFFD"))
        #expect(result.standardOutput.contains("[non-starters]"))
    }

    @Test func emptyFileHasNoFindings() throws {
        let article = try directory().appendingPathComponent("empty.txt")
        try Data().write(to: article)
        let result = try CLIRunner.run(["check", article.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("no findings in 1 file, 0 words checked"))
    }

    @Test func directoryWithoutArticlesIsAnError() throws {
        let folder = try directory()
        let result = try CLIRunner.run(["check", folder.path])
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "\(folder.path):1:1: error: directory has no file Enmienda reads (.txt, .md, .xlf, .xliff, .tmx, .po, .srt, .vtt, .html)\n"
        )
    }

    @Test func aFifoIsReadLikeAFile() throws {
        let fifo = try directory().appendingPathComponent("pipe.txt")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo.path) {
                handle.write(Data("son no talleres".utf8))
                try? handle.close()
            }
        }
        writer.start()
        let result = try CLIRunner.run(["check", fifo.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("[non-starters]"))
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file")) func unreadableFileIsAnError() throws {
        let article = try directory().appendingPathComponent("secret.txt")
        try Data("no talleres".utf8).write(to: article)
        chmod(article.path, 0)
        let result = try CLIRunner.run(["check", article.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("cannot be read"))
    }
}
