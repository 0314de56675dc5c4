import Foundation
import Testing

/// `check -o FILE` says on standard error where the report went, as `fix` does; the
/// report itself is only in the file.
@Suite struct CheckOutputTests {
    @Test(arguments: ["text", "json", "sarif", "xml", "jsonl", "html", "count"])
    func theReportFileIsNamedOnStandardError(_ format: String) throws {
        let directory = try CLIRunner.temporaryDirectory()
        let report = directory.appendingPathComponent("report.out").path
        let result = try CLIRunner.run(["check", "--format", format, "-o", report, "examples/kim-lavrov.es.txt"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("22 findings in 1 file: \(format) report written to \(report)"))
        #expect(FileManager.default.fileExists(atPath: report))
    }

    @Test func withoutFindingsTheFileIsNamedToo() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try Data("Nada que corregir.\n".utf8).write(to: directory.appendingPathComponent("a.txt"))
        let result = try CLIRunner.run(["check", "-o", "r.txt", "a.txt"], in: directory)
        #expect(result.status == 0)
        #expect(result.standardError.contains("0 findings in 1 file: text report written to r.txt"))
    }

    @Test func quietWritesNothingAndSaysNothing() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let report = directory.appendingPathComponent("r.txt").path
        let result = try CLIRunner.run(["check", "--quiet", "-o", report, "examples/kim-lavrov.es.txt"])
        #expect(result.status == 1)
        #expect(result.standardError.isEmpty)
    }
}
