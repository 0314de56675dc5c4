import Foundation
import Testing

@Suite struct GlossaryCommandTests {
    @Test func theShippedExamplesAllPass() throws {
        let result = try CLIRunner.run(["glossary", "test"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasSuffix("entries: all pass\n"))
    }

    @Test func aFailingExampleIsShownWithItsDiffAndExitsOne() throws {
        let glossary = try CLIRunner.temporaryDirectory().appendingPathComponent("mine.xml")
        try Data(
            """
            <glossary xmlns="urn:enmienda:glossary" version="1">
              <entry id="e" category="mistranslation" severity="major">
                <source>non-starters</source><wrong>no talleres</wrong><suggestion>inviables</suggestion>
                <incorrect corrected="Son inaceptables.">Son no talleres.</incorrect>
              </entry>
            </glossary>
            """.utf8
        ).write(to: glossary)
        let result = try CLIRunner.run(["glossary", "test", "--glossary", glossary.path])
        #expect(result.status == 1)
        #expect(
            result.standardOutput == """
                \(glossary.path):4:5: error: example of 'e' is corrected differently
                    expected: Son inaceptables.
                    actual:   Son inviables.
                1 of 1 examples of 1 entries fail

                """)
    }

    @Test func listShowsOneLinePerEntry() throws {
        let result = try CLIRunner.run(["glossary", "list"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("non-starters\tmistranslation\tmajor\tno talleres → inviables\n"))
    }
}
