import Foundation
import Testing

/// `glossary import` says how to replace entries only when the refusal is an id the
/// glossary has, whatever the message says.
@Suite struct ImportHintTests {
    /// A glossary file whose one entry, `war-effort`, starts at line 2, column 3.
    private func glossary(in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("g.xml").path
        try """
        <glossary xmlns="urn:enmienda:glossary" version="1">
          <entry id="war-effort" category="terminology" severity="minor">
            <source>war effort</source>
            <wrong>esfuerzo de guerra</wrong>
            <suggestion>esfuerzo bélico</suggestion>
          </entry>
          <entry id="non-starters" category="mistranslation" severity="major">
            <source>non-starters</source>
            <wrong>no talleres</wrong>
            <suggestion>inviables</suggestion>
          </entry>
        </glossary>

        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func rows(_ text: String, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("rows.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aTakenIDGetsTheHint() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let path = try glossary(in: directory)
        let rows = try rows("id,source,wrong,suggestion\nwar-effort,war effort,otra cosa,algo\n", in: directory)
        let result = try CLIRunner.run(["glossary", "import", rows, "--glossary", path])
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "\(path):1:1: error: an entry 'war-effort' already exists at \(path):2:3 (--update replaces such entries)\n"
        )
    }

    @Test func anotherRefusalGetsNoHint() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let path = try glossary(in: directory)
        let rows = try rows("source,wrong,suggestion\nwar,esfuerzo de guerra,algo\n", in: directory)
        let result = try CLIRunner.run(["glossary", "import", rows, "--glossary", path])
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "\(path):2:3: error: the wrong form 'esfuerzo de guerra' is already in entry 'war-effort': edit that entry instead\n"
        )
    }

    @Test func renamingToATakenIDGetsNoHint() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let path = try glossary(in: directory)
        let result = try CLIRunner.run(["glossary", "rename", "war-effort", "non-starters", "--glossary", path])
        #expect(result.status == 2)
        #expect(result.standardError == "\(path):7:3: error: an entry 'non-starters' already exists\n")
    }
}
