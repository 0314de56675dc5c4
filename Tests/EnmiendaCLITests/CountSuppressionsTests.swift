import Foundation
import Testing

/// `check --format count` leaves out the findings a reviewer rejected, as every other
/// format does, and says how many.
@Suite struct CountSuppressionsTests {
    /// The `enmiendaFinding/v1` fingerprints of the SARIF report of `path`.
    private func fingerprints(of path: String, in directory: URL) throws -> [String] {
        let sarif = try CLIRunner.run(["check", "--format", "sarif", path], in: directory).standardOutput
        let pattern = try NSRegularExpression(pattern: "\"enmiendaFinding/v1\" : \"([0-9a-f]{16})\"")
        return pattern.matches(in: sarif, range: NSRange(sarif.startIndex..., in: sarif)).compactMap {
            Range($0.range(at: 1), in: sarif).map { String(sarif[$0]) }
        }
    }

    @Test func aRejectedFindingIsLeftOutOfTheCount() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let article = CLIRunner.packageRoot.appendingPathComponent("examples/kim-lavrov.es.txt").path
        let all = try fingerprints(of: article, in: directory)
        try #require(all.count > 2)
        try Data("\(all[1])\tentry\ttext\tpath\n".utf8).write(to: directory.appendingPathComponent("sup.txt"))
        let shown = try CLIRunner.run(
            ["check", "--format", "count", "--suppressions", "sup.txt", "--show-suppressed", article], in: directory)
        #expect(shown.standardOutput.contains(": \(all.count) findings"))
        let counted = try CLIRunner.run(
            ["check", "--format", "count", "--suppressions", "sup.txt", article], in: directory)
        #expect(counted.status == 1)
        #expect(counted.standardOutput.contains(": \(all.count - 1) findings"))
        #expect(counted.standardError == "1 finding rejected in review left out (--show-suppressed shows them)\n")
        let json = try CLIRunner.run(
            ["check", "--format", "json", "--suppressions", "sup.txt", article], in: directory)
        #expect(json.standardOutput.components(separatedBy: "\"rule\"").count - 1 == all.count - 1)
    }

    @Test func rejectedFindingsAreLeftOutInEveryChunkAndInBilingualFiles() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try Data("Son no talleres.\n".utf8).write(to: directory.appendingPathComponent("one.txt"))
        let fingerprint = try #require(try fingerprints(of: "one.txt", in: directory).first)
        try Data("\(fingerprint)\tnon-starters\tno talleres\tone.txt\n".utf8).write(
            to: directory.appendingPathComponent("sup.txt"))
        // 40,000 times the same sentence, 680 KB: several chunks, read by two workers.
        let repeated = String(repeating: "Son no talleres.\nSon no talleres y rondas de municiones.\n", count: 20_000)
        try Data(repeated.utf8).write(to: directory.appendingPathComponent("many.txt"))
        let count = try CLIRunner.run(
            ["check", "--format", "count", "--jobs", "2", "--suppressions", "sup.txt", "many.txt"], in: directory)
        #expect(count.standardOutput.hasPrefix("many.txt: 40000 findings (40000 major)"))
        #expect(count.standardError.hasPrefix("20000 findings rejected in review left out"))
        let po =
            "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"a\"\nmsgstr \"Son no talleres.\"\n"
        try Data(po.utf8).write(to: directory.appendingPathComponent("a.po"))
        let bilingual = try CLIRunner.run(
            ["check", "--format", "count", "--suppressions", "sup.txt", "a.po"], in: directory)
        #expect(bilingual.standardOutput.hasPrefix("a.po: no findings"))
        #expect(bilingual.status == 0)
    }
}
