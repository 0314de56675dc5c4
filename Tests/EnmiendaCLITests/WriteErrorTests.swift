import Foundation
import Testing

/// A write that fails gives one line and exit status 2; a reader that stops early (a
/// broken pipe) ends the command quietly; a failed glossary edit leaves no new file.
@Suite struct WriteErrorTests {
    /// A directory with an article, a review of it and a glossary, for every command.
    private static func workspace() throws -> URL {
        let directory = try CLIRunner.temporaryDirectory()
        try Data("Las demandas como no talleres.\n".utf8).write(to: directory.appendingPathComponent("in.txt"))
        let glossary = CLIRunner.packageRoot.appendingPathComponent("glossaries/news-mt.xml")
        try FileManager.default.copyItem(at: glossary, to: directory.appendingPathComponent("g.xml"))
        let review = try CLIRunner.run(["check", "--format", "xml", "-o", "review.xml", "in.txt"], in: directory)
        #expect(review.status == 1)
        return directory
    }

    /// Every command that writes to standard output, with its arguments.
    static let printing: [[String]] =
        ["text", "xml", "json", "sarif", "html", "count"].map { ["check", "--format", $0, "in.txt"] } + [
            ["fix", "in.txt", "-o", "-"], ["apply", "review.xml", "-o", "-"],
            ["glossary", "export"], ["glossary", "export", "--format", "tbx"], ["glossary", "list"],
            ["glossary", "show", "non-starters"], ["glossary", "search", "talleres"], ["glossary", "validate"],
            ["glossary", "test"], ["schema", "glossary"], ["schema", "corrections"], ["--help"],
        ]

    /// Runs `enmienda arguments…` in `directory` with standard output on `/dev/full`;
    /// its status and what it printed on standard error.
    private static func runIntoFullDevice(_ arguments: [String], in directory: URL) throws -> (Int32, String) {
        try CLIRunner.shell("exec \(CLIRunner.commandLine(arguments)) </dev/null >/dev/full", in: directory)
    }

    @Test(arguments: printing)
    func aFullDiskOnStandardOutputIsOneLineAndStatus2(_ arguments: [String]) throws {
        let directory = try Self.workspace()
        let (status, errors) = try Self.runIntoFullDevice(arguments, in: directory)
        #expect(status == 2, "\(arguments)")
        let lines = errors.split(separator: "\n").filter { $0.contains("error") }
        #expect(lines == ["standard output: error: cannot write: No space left on device"], "\(arguments): \(errors)")
    }

    /// Runs a pipeline in bash from `directory`: `enmienda arguments… | head -c 10`, with
    /// SIGPIPE ignored or at its default; the status of enmienda and what it printed on
    /// standard error.
    private static func pipeIntoHead(_ arguments: [String], ignoringSIGPIPE: Bool, in directory: URL) throws -> (
        Int32, String
    ) {
        let script =
            (ignoringSIGPIPE ? "trap '' PIPE; " : "")
            + "\(CLIRunner.commandLine(arguments)) 2>err.txt | head -c 10 >/dev/null; status=${PIPESTATUS[0]}; cat err.txt; exit $status"
        return try CLIRunner.shell(script, in: directory, defaultSIGPIPE: !ignoringSIGPIPE)
    }

    @Test(arguments: [true, false])
    func aReaderThatStopsEarlyEndsTheCommandQuietly(_ ignoringSIGPIPE: Bool) throws {
        let directory = try Self.workspace()
        // More than a pipe holds (64 KB), so that enmienda is still writing when head exits.
        var article = ""
        for _ in 0..<5_000 { article += "Las demandas como no talleres.\n" }
        try Data(article.utf8).write(to: directory.appendingPathComponent("big.txt"))
        for arguments in [
            ["glossary", "export"], ["glossary", "export", "--format", "tbx"], ["check", "big.txt"],
            ["check", "--format", "json", "big.txt"], ["fix", "big.txt", "-o", "-"],
        ] {
            let (status, errors) = try Self.pipeIntoHead(arguments, ignoringSIGPIPE: ignoringSIGPIPE, in: directory)
            #expect(status == 0, "\(arguments), SIGPIPE ignored: \(ignoringSIGPIPE)")
            #expect(errors.isEmpty, "\(arguments), SIGPIPE ignored: \(ignoringSIGPIPE): \(errors)")
        }
    }

    /// Runs `enmienda arguments…` in bash with files limited to 1 KB (`ulimit -f 1`,
    /// SIGXFSZ ignored), so that writing a bigger file fails with EFBIG.
    private static func runWithSmallFiles(_ arguments: [String], in directory: URL) throws -> (Int32, String) {
        try CLIRunner.shell(
            "trap '' XFSZ; ulimit -f 1; exec \(CLIRunner.commandLine(arguments)) >/dev/null", in: directory)
    }

    @Test func aFailedWriteToAFileIsOneLineAndLeavesNothing() throws {
        let directory = try Self.workspace()
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
        for (arguments, output) in [
            (["check", "--format", "html", "-o", "report.html", "in.txt"], "report.html"),
            (["fix", "in.txt", "-o", "out.txt", "--no-builtin", "--glossary", "g.xml"], "out.txt"),
            (["glossary", "export", "-o", "all.csv"], "all.csv"),
        ] {
            if arguments[0] == "fix" {
                // A corrected article bigger than 1 KB.
                try Data(String(repeating: "Las demandas como no talleres.\n", count: 100).utf8)
                    .write(to: directory.appendingPathComponent("in.txt"))
            }
            let (status, errors) = try Self.runWithSmallFiles(arguments, in: directory)
            #expect(status == 2, "\(arguments)")
            #expect(errors == "\(output):1:1: error: cannot write: File too large\n", "\(arguments)")
        }
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: directory.path)) == before)
    }

    @Test func aFailedImportIntoANewGlossaryLeavesNoGlossary() throws {
        let directory = try CLIRunner.temporaryDirectory()
        var rows = "wrong,suggestion,id\n"
        for index in 0..<200 { rows += "mal\(index)zz cosa,bien\(index)zz,e\(index)\n" }
        try Data(rows.utf8).write(to: directory.appendingPathComponent("rows.csv"))
        try Data("wrong,suggestion,id\nno talleres,inviables,a\nno talleres,inútiles,b\n".utf8)
            .write(to: directory.appendingPathComponent("shadow.csv"))
        // A write error (the glossary would be bigger than files may be), and an edit refused.
        let (status, errors) = try Self.runWithSmallFiles(
            ["glossary", "import", "rows.csv", "--glossary", "new.xml"], in: directory)
        #expect(status == 2)
        #expect(errors == "new.xml:1:1: error: cannot write: File too large\n")
        let refused = try CLIRunner.run(["glossary", "import", "shadow.csv", "--glossary", "other.xml"], in: directory)
        #expect(refused.status == 2)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
        #expect(left == ["rows.csv", "shadow.csv", ".new.xml.lock", ".other.xml.lock"])
    }
}
