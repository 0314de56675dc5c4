import Foundation
import Testing

/// Pins the text and XML reports of the example article. After an intended change,
/// re-record with `ENMIENDA_RECORD=1 swift test --filter GoldenOutputTests` and review
/// the diff.
@Suite struct GoldenOutputTests {
    static let golden = CLIRunner.packageRoot.appendingPathComponent("Tests/EnmiendaCLITests/Golden")

    private func check(_ arguments: [String], against name: String) throws -> String {
        let result = try CLIRunner.run(arguments)
        let url = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ENMIENDA_RECORD"] != nil {
            try Data(result.standardOutput.utf8).write(to: url)
        }
        // Bytes, not strings: String equality would take a decomposed accent for a composed one.
        let expected = try Data(contentsOf: url)
        #expect(Data(result.standardOutput.utf8) == expected, "\(name) changed; re-record if intended")
        return result.standardOutput
    }

    @Test func textReportOfTheExample() throws {
        let output = try check(["check", "--color", "never", "examples/kim-lavrov.es.txt"], against: "kim-lavrov.txt")
        // The sample output in README.md must be real output.
        let readme = try String(
            contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let sample = readme.components(separatedBy: "```text\n")[1].components(separatedBy: "```")[0]
        let lines = Set(output.components(separatedBy: "\n"))
        for line in sample.components(separatedBy: "\n") where !line.isEmpty && line != "    …" {
            let isReal = lines.contains(line)
            #expect(isReal, "README sample line is not in the real output: \(line)")
        }
    }

    @Test func xmlReportOfTheExample() throws {
        _ = try check(["check", "--format", "xml", "examples/kim-lavrov.es.txt"], against: "kim-lavrov.xml")
    }
}
