import Foundation
import Testing

/// Options and paths an attacker or a slip of the keyboard can give (issue 13: found by
/// trying to break the tool): none crashes, loops, writes elsewhere or forges output.
@Suite struct HostileOptionsTests {
    @Test func dashOToDevStdoutWritesWhatTheShellOpened() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try Data("son no talleres\n".utf8).write(to: directory.appendingPathComponent("a.txt"))
        try Data("old log\n".utf8).write(to: directory.appendingPathComponent("log.txt"))
        let appended = try CLIRunner.shell("\"$E\" fix a.txt -o /dev/stdout >> log.txt 2>/dev/null", in: directory)
        #expect(appended.status == 0)
        #expect(
            try String(contentsOf: directory.appendingPathComponent("log.txt"), encoding: .utf8)
                == "old log\nson inviables\n")
        let piped = try CLIRunner.shell("\"$E\" check --format count -o /dev/stdout a.txt | cat", in: directory)
        // The report through the pipe, and on standard error where it went.
        #expect(piped.output.contains("a.txt: 1 finding"))
        #expect(piped.output.contains("1 finding in 1 file: count report written to /dev/stdout"))
        let closed = try CLIRunner.shell(
            "\"$E\" glossary export -o /dev/stdout | head -c 1 >/dev/null; echo \"${PIPESTATUS:-0}\"", in: directory)
        // The reader went away: enmienda ends quietly, status 0.
        #expect(closed.output == "0\n")
    }

    @Test func theBuiltInSuppressionsFileIsNotFollowedThroughALink() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let victim = try CLIRunner.temporaryDirectory().appendingPathComponent("created.conf")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent(".enmienda"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent(".enmienda/suppressions.txt").path,
            withDestinationPath: victim.path)
        try Data("son no talleres\n".utf8).write(to: directory.appendingPathComponent("a.txt"))
        let report = try CLIRunner.run(
            ["check", "--format", "xml", "-o", "r.xml", "a.txt"], in: directory,
            environment: ["ENMIENDA_SUPPRESSIONS": ""])
        #expect(report.status == 2)
        #expect(report.standardError.contains(".enmienda/suppressions.txt:1:1: error: is a symbolic link"))
        #expect(!FileManager.default.fileExists(atPath: victim.path))
        // Named, it is followed like any path.
        let named = try CLIRunner.run(
            ["check", "--suppressions", "./.enmienda/suppressions.txt", "a.txt"], in: directory)
        #expect(named.status == 1)
    }

    @Test func standardOutputRedirectedIntoAnInputIsRefused() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("d"), withIntermediateDirectories: true)
        try Data("son no talleres\n".utf8).write(to: directory.appendingPathComponent("d/a.txt"))
        // Appended to the article it corrects.
        let appended = try CLIRunner.shell("\"$E\" fix d/a.txt -o - >> d/a.txt", in: directory)
        #expect(appended.status == 2)
        #expect(appended.output.contains("d/a.txt:1:1: error: standard output is this input file"))
        #expect(
            try String(contentsOf: directory.appendingPathComponent("d/a.txt"), encoding: .utf8) == "son no talleres\n")
        // A watch whose report lands in the folder it watches read the report at every
        // change, growing it without end.
        let watched = try CLIRunner.shell(
            "timeout 20 \"$E\" check --watch d > d/report.txt 2> err.txt; echo \"status $?\"; cat err.txt",
            in: directory)
        #expect(watched.output.hasPrefix("status 2\n"))
        #expect(watched.output.contains("d/report.txt:1:1: error: standard output is this input file"))
    }

    @Test func theBuiltInSuppressionsFileMustBeARegularFileOfTheUser() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let place = directory.appendingPathComponent(".enmienda")
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        try Data("son no talleres\n".utf8).write(to: directory.appendingPathComponent("a.txt"))
        let file = place.appendingPathComponent("suppressions.txt").path
        // A FIFO blocked the read forever.
        try #require(mkfifo(file, 0o644) == 0)
        let fifo = try CLIRunner.run(["check", "a.txt"], in: directory, environment: ["ENMIENDA_SUPPRESSIONS": ""])
        #expect(fifo.status == 2)
        #expect(fifo.standardError.contains(".enmienda/suppressions.txt:1:1: error: is not a regular file"))
        // One another user owns hid findings without a word (only root can make one here).
        try FileManager.default.removeItem(atPath: file)
        try Data("0123456789abcdef\tx\n".utf8).write(to: URL(fileURLWithPath: file))
        guard geteuid() == 0, chown(file, 65_534, 65_534) == 0 else { return }
        let foreign = try CLIRunner.run(["check", "a.txt"], in: directory, environment: ["ENMIENDA_SUPPRESSIONS": ""])
        #expect(foreign.status == 2)
        #expect(foreign.standardError.contains(".enmienda/suppressions.txt:1:1: error: is owned by another user"))
        let named = try CLIRunner.run(["check", "--suppressions", file, "a.txt"], in: directory)
        #expect(named.status == 1)
    }

    @Test func sourceAndSuppressionsAreReadUnderTheSizeLimit() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try Data("son no talleres\n".utf8).write(to: directory.appendingPathComponent("a.txt"))
        for option in ["--source", "--suppressions"] {
            let result = try CLIRunner.run(
                ["check", "--max-input-size", "1", option, "/dev/zero", "a.txt"], in: directory)
            #expect(result.status == 2, "\(option)")
            #expect(result.standardError.contains("/dev/zero:1:1: error: the file is longer"), "\(option)")
        }
    }

    @Test(arguments: ["text", "json", "jsonl", "xml", "sarif", "html"])
    func anArticleThatNeverEndsIsRefusedPastTheArticleLimit(_ format: String) throws {
        let result = try CLIRunner.run(["check", "--max-article-size", "1", "--format", format, "/dev/zero"])
        #expect(result.status == 2)
        #expect(
            result.standardError.contains(
                "/dev/zero:1:1: error: the article has more than 1000000 bytes, the most an article read whole may have"
            ))
    }

    @Test func standardInputIsReadUnderTheArticleLimitExceptByACount() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let fix = try CLIRunner.shell(
            "head -c 3000000 /dev/zero | \"$E\" fix --max-article-size 2 - -o out.txt", in: directory)
        #expect(fix.status == 2)
        #expect(fix.output.contains("-:1:1: error: standard input has more than 2000000 bytes"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.txt").path))
        let under = try CLIRunner.shell(
            "yes 'Son no talleres.' | head -c 1000000 | \"$E\" check --max-article-size 2 --summary -", in: directory)
        #expect(under.status == 1)
        #expect(under.output.contains("58823 findings"))
        let count = try CLIRunner.shell(
            "yes 'Son no talleres.' | head -c 3000000 | \"$E\" check --max-article-size 1 --format count -",
            in: directory)
        #expect(count.status == 1)
        #expect(count.output.hasPrefix("-: 176470 findings"))
    }

    @Test func outOfRangeNumbersAreUsageErrors() throws {
        let article = Array("son no talleres\n".utf8)
        for arguments in [
            ["check", "--jobs", "9223372036854775807", "-"], ["check", "--jobs", "0", "-"],
            ["fix", "--jobs", "5000", "-", "-o", "-"],
            ["check", "--mqm-weights", "major=inf", "-"], ["check", "--mqm-weights", "major=1e16", "-"],
            ["check", "--mqm-weights", "minor=nan", "-"], ["check", "--max-article-size", "0", "-"],
            ["check", "--mqm-weights", "major=5,major=1", "-"],
            ["fix", "--max-article-size", "-3", "-", "-o", "-"],
        ] {
            let result = try CLIRunner.run(arguments, input: article)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.standardError.contains("Error:") || result.standardError.contains("error:"), "\(arguments)")
        }
    }

    @Test func inPlaceRefusesAFifo() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let fifo = directory.appendingPathComponent("pipe.txt").path
        try #require(mkfifo(fifo, 0o644) == 0)
        let result = try CLIRunner.run(["fix", "--in-place", fifo])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--in-place replaces a regular file"))
    }

    @Test func aLineBreakInAFileNameCannotForgeALineOfOutput() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let name = "a\nforged: 0 corrections applied\n.txt"
        try Data("son no talleres\n".utf8).write(to: directory.appendingPathComponent(name))
        let fixed = try CLIRunner.run(["fix", name, "-o", "out.txt"], in: directory)
        #expect(fixed.status == 0)
        #expect(fixed.standardError.split(separator: "\n").count == 1)
        #expect(fixed.standardError.hasPrefix("a\\u{A}forged"))
        let missing = try CLIRunner.run(["check", "b\nforged.txt"], in: directory)
        #expect(missing.status == 2)
        #expect(missing.standardError.split(separator: "\n").count == 1)
    }

    @Test func aGlossaryGivenTwiceIsReadOnce() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let glossary = CLIRunner.packageRoot.appendingPathComponent("glossaries/calques.xml").path
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("link.xml").path, withDestinationPath: glossary)
        let result = try CLIRunner.run(
            ["check", "--no-builtin", "--glossary", glossary, "--glossary", "link.xml", "-"], in: directory,
            input: Array("La reunión tomará lugar mañana.".utf8))
        #expect(result.status == 1, "\(result.standardError)")
    }
}
