import Foundation
import Testing

@Suite struct GlossaryCommandTests {
    @Test func theShippedExamplesAllPass() throws {
        let result = try CLIRunner.run(["glossary", "test"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasSuffix("entries: all pass\n"))
    }

    @Test func aFailingExampleIsShownWithItsDiffAndExitsOne() throws {
        let glossary = try CLIRunner.file(
            """
            <glossary xmlns="urn:enmienda:glossary" version="1">
              <entry id="e" category="mistranslation" severity="major">
                <source>non-starters</source><wrong>no talleres</wrong><suggestion>inviables</suggestion>
                <incorrect corrected="Son inaceptables.">Son no talleres.</incorrect>
              </entry>
            </glossary>
            """, named: "mine.xml")
        let result = try CLIRunner.run(["glossary", "test", "--no-builtin", "--glossary", glossary.path])
        #expect(result.status == 1)
        #expect(
            result.standardOutput == """
                \(glossary.path):4:5: error: example of 'e' is corrected differently
                    expected: Son inaceptables.
                    actual:   Son inviables.
                1 of 1 example of 1 entry fails

                """)
    }

    @Test func validateShowsWhatAFailingExampleGaveOnItsLine() throws {
        let glossary = try CLIRunner.file(
            """
            <glossary xmlns="urn:enmienda:glossary" version="1">
              <entry id="e" category="mistranslation" severity="major">
                <source>non-starters</source><wrong>no talleres</wrong><suggestion>inviables</suggestion>
                <incorrect corrected="Son inaceptables.">Son no talleres.</incorrect>
                <incorrect corrected="Son inviables."><marker>Son no</marker> talleres.</incorrect>
              </entry>
            </glossary>
            """, named: "mine.xml")
        let result = try CLIRunner.run(["glossary", "validate", "--no-builtin", "--glossary", glossary.path])
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains(
                "\(glossary.path):4:5: error: example of 'e' is corrected differently: expected “Son inaceptables.”, got “Son inviables.”\n"
            ))
        #expect(
            result.standardOutput.contains(
                "\(glossary.path):5:5: error: example of 'e' flags the wrong span: expected “Son no”, got “no talleres”\n"
            ))
    }

    /// A marker around the matched words alone, where the finding takes in the words
    /// that agree with its correction: the message says why the span differs.
    @Test func aSpanGrownByAgreementIsExplained() throws {
        let glossary = try CLIRunner.file(
            """
            <glossary xmlns="urn:enmienda:glossary" version="2">
              <entry id="evidence" category="mistranslation" severity="major">
                <source>evidence</source><wrong>evidencia</wrong><suggestion>pruebas</suggestion>
                <incorrect corrected="Las pruebas fueron destruidas.">La <marker>evidencia</marker> fue destruida.</incorrect>
              </entry>
            </glossary>
            """, named: "grown.xml")
        let result = try CLIRunner.run(["glossary", "validate", "--no-builtin", "--glossary", glossary.path])
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains(
                "flags the wrong span: the finding takes in the words its correction makes agree; mark them too: expected “evidencia”, got “La evidencia fue destruida”"
            ), "\(result.standardOutput)")
    }

    @Test func listShowsOneLinePerEntry() throws {
        let result = try CLIRunner.run(["glossary", "list"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("non-starters\tmistranslation\tmajor\tno talleres → inviables\n"))
    }

    @Test func showPrintsTheEntryWithItsPlaceAndSearchIgnoresCaseAndAccents() throws {
        let show = try CLIRunner.run(["glossary", "show", "non-starters"])
        #expect(show.status == 0)
        #expect(show.standardOutput.hasPrefix("glossaries/news-mt.xml:"))
        #expect(show.standardOutput.contains("<entry id=\"non-starters\""))
        #expect(show.standardOutput.contains("<wrong>no talleres</wrong>"))
        let missing = try CLIRunner.run(["glossary", "show", "talleres"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("no entry 'talleres'"))

        let search = try CLIRunner.run(["glossary", "search", "MUNICION"])
        #expect(search.status == 0)
        #expect(search.standardOutput.hasPrefix("rounds-of-ammunition\tmistranslation\tmajor\t"))
        #expect(try CLIRunner.run(["glossary", "search", "zzzz-nada"]).status == 1)
    }

    @Test func validateFindsASuggestionAnotherEntryFlags() throws {
        let glossary = try CLIRunner.file(
            """
            <glossary xmlns="urn:enmienda:glossary" version="1">
              <entry id="a" category="mistranslation" severity="major">
                <source>non-starters</source><wrong>no talleres</wrong><suggestion>no viables</suggestion>
              </entry>
              <entry id="b" category="style" severity="minor">
                <source>not viable</source><wrong>no viables</wrong><suggestion>inviables</suggestion>
              </entry>
            </glossary>
            """, named: "loop.xml")
        let result = try CLIRunner.run(["glossary", "validate", "--no-builtin", "--glossary", glossary.path])
        #expect(result.status == 1)
        #expect(
            result.standardOutput.hasPrefix(
                "\(glossary.path):2:3: error: suggestion 'no viables' of entry 'a' is flagged by entry 'b'"))
        #expect(result.standardOutput.hasSuffix("\n2 problems in 2 entries\n"), "\(result.standardOutput)")
        // One entry is one entry.
        let single = glossary.deletingLastPathComponent().appendingPathComponent("single.xml")
        try Data(
            """
            <glossary xmlns="urn:enmienda:glossary" version="1">
              <entry id="a" category="mistranslation" severity="major">
                <source>non-starters</source><wrong>no talleres</wrong><suggestion>inviables</suggestion>
              </entry>
            </glossary>
            """.utf8
        ).write(to: single)
        let one = try CLIRunner.run(["glossary", "validate", "--no-builtin", "--glossary", single.path])
        #expect(one.status == 0)
        #expect(one.standardOutput == "1 entry, 0 examples: valid\n", "\(one.standardOutput)")
        let shipped = try CLIRunner.run(["glossary", "validate"])
        #expect(shipped.status == 0)
        #expect(shipped.standardOutput.hasSuffix("examples: valid\n"))
    }

    /// An entry that takes the place of a built-in one by its id is noted: the built-in
    /// entry is lost otherwise without a word. It is no problem.
    @Test func validationNotesAnEntryThatReplacesABuiltInOne() throws {
        let glossary = try CLIRunner.file(
            """
            <glossary xmlns="urn:enmienda:glossary" version="1">
              <entry id="stakeholders-untranslated" category="untranslated" severity="minor">
                <source>stakeholders</source><wrong>stakeholders</wrong><suggestion>grupos de interés</suggestion>
              </entry>
            </glossary>
            """, named: "mine.xml")
        let result = try CLIRunner.run(["glossary", "validate", "--glossary", glossary.path])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(
            lines.first?.hasPrefix(
                "\(glossary.path):2:3: note: entry 'stakeholders-untranslated' replaces the built-in entry with its id (glossaries/untranslated.xml:"
            ) == true, "\(result.standardOutput)")
        #expect(lines.count == 2 && lines[1].hasSuffix("examples: valid"))
        let alone = try CLIRunner.run(["glossary", "validate", "--no-builtin", "--glossary", glossary.path])
        #expect(alone.standardOutput == "1 entry, 0 examples: valid\n")
    }

    @Test func exportThenImportRebuildsTheGlossaryInOneEdit() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let rows = directory.appendingPathComponent("calques.tsv")
        let rebuilt = directory.appendingPathComponent("rebuilt.xml")
        let export = try CLIRunner.run([
            "glossary", "export", "--no-builtin", "--glossary", "glossaries/calques.xml", "--format", "tsv", "-o",
            rows.path,
        ])
        #expect(export.status == 0)
        let imported = try CLIRunner.run(["glossary", "import", rows.path, "--glossary", rebuilt.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardError.contains("added 82 entries to \(rebuilt.path)"))
        let again = try CLIRunner.run([
            "glossary", "export", "--no-builtin", "--glossary", rebuilt.path, "--format", "tsv",
        ])
        #expect(again.standardOutput == (try String(contentsOf: rows, encoding: .utf8)))
        // A second import adds nothing and changes nothing: the ids exist.
        let before = try Data(contentsOf: rebuilt)
        let twice = try CLIRunner.run(["glossary", "import", rows.path, "--glossary", rebuilt.path])
        #expect(twice.status == 2)
        #expect(twice.standardError.contains("already exists"))
        #expect(try Data(contentsOf: rebuilt) == before)
    }
}
