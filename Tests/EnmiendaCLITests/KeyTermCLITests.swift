import Foundation
import Testing

/// Issue 17, item 3: the key-term check on bilingual files and on a text given its source,
/// and `glossary add --approved`.
@Suite struct KeyTermCLITests {
    private static let glossary = """
        <?xml version="1.0" encoding="UTF-8"?>
        <glossary xmlns="urn:enmienda:glossary" version="2">
          <entry id="ceasefire" category="terminology" severity="major">
            <source>ceasefire</source>
            <wrong>ceasefire</wrong>
            <suggestion>alto el fuego</suggestion>
            <approved>tregua</approved>
          </entry>
          <entry id="non-starters" category="mistranslation" severity="major">
            <source>non-starters</source>
            <wrong>no talleres</wrong>
            <suggestion>inviables</suggestion>
          </entry>
        </glossary>

        """

    private static let xliff = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
          <file original="news.txt" source-language="en" target-language="es" datatype="plaintext">
            <body>
              <trans-unit id="backs">
                <source>NATO backs the ceasefire.</source>
                <target>La OTAN respalda el cese de hostilidades.</target>
              </trans-unit>
              <trans-unit id="holds">
                <source>The ceasefires hold.</source>
                <target>Las treguas se mantienen.</target>
              </trans-unit>
              <trans-unit id="talks">
                <source>Ceasefire talks are non-starters.</source>
                <target>Las charlas del ceasefire son no talleres.</target>
              </trans-unit>
            </body>
          </file>
        </xliff>

        """

    private func write(_ text: String, _ name: String, in directory: URL) throws -> String {
        let file = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    @Test func anXLIFFTargetThatLeavesOutAKeyTermIsReportedAndLeftAlone() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let glossary = try write(Self.glossary, "terms.xml", in: directory)
        let file = try write(Self.xliff, "news.xlf", in: directory)
        let check = try CLIRunner.run(["check", "--no-untranslated", "--no-builtin", "--glossary", glossary, file])
        #expect(check.status == 1)
        let output = check.standardOutput
        #expect(
            output.contains(
                "\(file):7:17: major: “ceasefire” is not rendered with an approved term (alto el fuego, tregua) [ceasefire]"
            ), "\(output)")
        #expect(output.contains("    segment: backs, byte 0; source: NATO backs the ceasefire."))
        #expect(output.contains("    suggestion: alto el fuego (also: tregua)"))
        #expect(output.contains("    fix: left for a manual edit (the sentence needs a manual check: "))
        // A wrong form of the key term's own entry is enough: no second finding for it.
        #expect(output.contains("“ceasefire” is not the established term for “ceasefire”"), "\(output)")
        #expect(output.contains("3 findings (3 major) in 1 file"), "\(output)")
        let fixed = try CLIRunner.run([
            "fix", "--no-untranslated", "--no-builtin", "--glossary", glossary, file, "-o", "-",
        ])
        #expect(
            fixed.standardOutput
                == Self.xliff.replacingOccurrences(
                    of: "del ceasefire son no talleres", with: "del alto el fuego son inviables"))
    }

    @Test func aTextGivenItsSourceLineByLineIsCheckedForKeyTerms() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let glossary = try write(Self.glossary, "terms.xml", in: directory)
        let english = try write("NATO backs the ceasefire.\nThe ceasefire holds.\n", "news.en.txt", in: directory)
        let spanish = try write(
            "La OTAN respalda el pacto.\nEl alto el fuego se mantiene.\n", "news.es.txt", in: directory)
        let check = try CLIRunner.run([
            "check", "--no-untranslated", "--no-notes", "--no-builtin", "--glossary", glossary, "--source", english,
            spanish,
        ])
        #expect(check.status == 1)
        #expect(
            check.standardOutput.contains("\(spanish):1:1: major: “ceasefire” is not rendered"),
            "\(check.standardOutput)")
        #expect(check.standardOutput.contains("    segment: line 1, byte 0; source: NATO backs the ceasefire."))
        #expect(check.standardOutput.contains("1 finding (1 major) in 1 file"))
        // Without the source there is nothing to pair: the check is silent.
        let alone = try CLIRunner.run(["check", "--no-untranslated", "--no-builtin", "--glossary", glossary, spanish])
        #expect(alone.status == 0, "\(alone.standardOutput)")
    }

    @Test func addWithApprovedMakesAKeyTermAndTheFileVersion2() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let original = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Our terms. -->
            <glossary xmlns="urn:enmienda:glossary" version="1">
              <entry id="non-starters" category="mistranslation" severity="major">
                <source>non-starters</source>
                <wrong>no talleres</wrong>
                <suggestion>inviables</suggestion>
              </entry>
            </glossary>

            """
        let file = try write(original, "terms.xml", in: directory)
        let added = try CLIRunner.run(
            [
                "glossary", "add", "--glossary", file, "--source", "ceasefire", "--approved", "alto el fuego",
                "--approved", "tregua", "--category", "terminology",
            ], input: [])
        #expect(added.status == 0, "\(added.standardError)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let kept = original.replacingOccurrences(of: "version=\"1\"", with: "version=\"2\"")
        #expect(text.hasPrefix(try #require(kept.components(separatedBy: "</glossary>").first)))
        #expect(
            text.contains(
                """
                  <entry id="ceasefire" category="terminology" severity="minor">
                    <source>ceasefire</source>
                    <approved>alto el fuego</approved>
                    <approved>tregua</approved>
                  </entry>
                """))
        let listed = try CLIRunner.run(["glossary", "list", "--no-builtin", "--glossary", file])
        #expect(listed.standardOutput.contains("ceasefire\tterminology\tminor\tceasefire → alto el fuego"))
        let refused = try CLIRunner.run(["glossary", "add", "--glossary", file, "--source", "truce"], input: [])
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("--approved rendering for a key term"))
    }

    /// An accepted key-term finding is applied only with words the reviewer typed: its
    /// suggestion written over the word the finding lies on would damage the sentence.
    @Test func applyNeedsTypedWordsForAMissingKeyTerm() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let glossary = try write(Self.glossary, "terms.xml", in: directory)
        let file = try write(Self.xliff, "news.xlf", in: directory)
        let export = try CLIRunner.run([
            "check", "--no-untranslated", "--no-builtin", "--glossary", glossary, "--format", "xml", file,
        ])
        let accepted = export.standardOutput.replacingOccurrences(
            of: "<finding ", with: "<finding decision=\"accepted\" ")
        let review = try write(accepted, "news.review.xml", in: directory)
        let applied = try CLIRunner.run(["apply", review, "--article", file, "-o", "-"])
        #expect(applied.status == 0, "\(applied.standardError)")
        #expect(
            applied.standardOutput
                == Self.xliff.replacingOccurrences(
                    of: "del ceasefire son no talleres", with: "del alto el fuego son inviables"))
        #expect(applied.standardError.contains("an approved term is missing from the segment and its place is unknown"))

        // Typed by the reviewer over the finding's word ("La"), it is applied.
        let typed = accepted.replacingOccurrences(
            of: "<manual-check>", with: "<manual-check>", options: [], range: nil)
        let withReplacement = typed.replacingOccurrences(
            of: "      </segment>\n    </finding>",
            with: "      </segment>\n      <replacement>La tregua de la</replacement>\n    </finding>",
            options: [], range: typed.range(of: "      </segment>\n    </finding>"))
        let typedReview = try write(withReplacement, "typed.review.xml", in: directory)
        let typedApplied = try CLIRunner.run(["apply", typedReview, "--article", file, "-o", "-"])
        #expect(typedApplied.status == 0, "\(typedApplied.standardError)")
        #expect(
            typedApplied.standardOutput.contains(
                "<target>La tregua de la OTAN respalda el cese de hostilidades.</target>"))
    }
}
