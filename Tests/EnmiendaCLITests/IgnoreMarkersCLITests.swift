import Foundation
import Testing

/// Markers in an article silence entries for `check` and `fix`; the marker lines stay as
/// they are, and an unknown id is a warning.
@Suite struct IgnoreMarkersCLITests {
    static let article = """
        # Titular

        <!-- enmienda-disable-next-sentence: non-starters -->
        Las demandas son no talleres, dijo.
        Otras demandas son no talleres.
        <!-- enmienda-disable-file: war-effort, no-such-entry -->
        Apoya el esfuerzo de guerra.

        """

    private func directory() throws -> URL {
        let directory = try CLIRunner.temporaryDirectory()
        try Data(Self.article.utf8).write(to: directory.appendingPathComponent("a.md"))
        return directory
    }

    @Test func checkReportsOnlyWhatNoMarkerSilences() throws {
        let result = try CLIRunner.run(["check", "--format", "json", "a.md"], in: try directory())
        #expect(result.status == 1)
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let matches = try #require(root["matches"] as? [[String: Any]])
        #expect(matches.map { $0["line"] as? Int } == [5])
        #expect(
            result.standardError.contains(
                "a.md:6:1: warning: enmienda-disable-file names 'no-such-entry', which is no entry of the glossary"))
    }

    @Test func fixLeavesTheSilencedFindingsAndTheMarkersAlone() throws {
        let result = try CLIRunner.run(["fix", "a.md", "-o", "-"], in: try directory())
        #expect(result.status == 0)
        #expect(
            result.standardOutput
                == Self.article.replacingOccurrences(
                    of: "Otras demandas son no talleres", with: "Otras demandas son inviables"))
    }
}
