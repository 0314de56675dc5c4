import Foundation
import Testing

@testable import Enmienda

/// `glossary export --format tbx|martif` writes files that schemas accept, and `glossary
/// import` reads them back into the same glossary.
@Suite struct TBXFormatTests {
    /// Runs `xmllint --noout` with a schema option; returns its complaints, empty if valid.
    private func violations(of document: URL, _ schemaOption: String, _ schema: URL) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xmllint", "--noout", schemaOption, schema.path, document.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : message
    }

    private func export(_ format: String, to file: URL, glossary: [String] = []) throws {
        let result = try CLIRunner.run(["glossary", "export", "--format", format, "-o", file.path] + glossary)
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test func basicExportValidatesAgainstTheCoreStructure() throws {
        let file = try CLIRunner.temporaryDirectory().appendingPathComponent("built-in.tbx")
        try export("tbx", to: file)
        let schema = CLIRunner.packageRoot.appendingPathComponent(
            "Tests/Schemas/tbx-core-structure.rng")
        #expect(try violations(of: file, "--relaxng", schema) == nil)

        // The schema is no rubber stamp: a language section before the concept's note fails.
        let text = try String(contentsOf: file, encoding: .utf8)
        let broken = file.deletingLastPathComponent().appendingPathComponent("broken.tbx")
        let firstNote = try #require(text.range(of: "        <note>"))
        try (text[..<firstNote.lowerBound] + "        <langSec xml:lang=\"de\"/>\n" + text[firstNote.lowerBound...])
            .write(to: broken, atomically: true, encoding: .utf8)
        #expect(try violations(of: broken, "--relaxng", schema)?.contains("langSec") == true)
    }

    @Test func martifExportValidatesAgainstTheTBX2Schema() throws {
        let schema = CLIRunner.packageRoot.appendingPathComponent(".build/test-data/tbx2/tbx.xsd")
        try #require(
            FileManager.default.fileExists(atPath: schema.path),
            "run `bash .ci/setup tests` to fetch the TBX 2 schema (Debian's omegat package)")
        let file = try CLIRunner.temporaryDirectory().appendingPathComponent("built-in.tbx")
        try export("martif", to: file)
        #expect(try violations(of: file, "--schema", schema) == nil)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("<!DOCTYPE martif SYSTEM \"TBXBasiccoreStructV02.dtd\">"))
        let broken = file.deletingLastPathComponent().appendingPathComponent("broken.tbx")
        try text.replacingOccurrences(of: "<termNote type=", with: "<termnote type=")
            .replacingOccurrences(of: "</termNote>", with: "</termnote>")
            .write(to: broken, atomically: true, encoding: .utf8)
        #expect(try violations(of: broken, "--schema", schema) != nil)
    }

    /// Approved renderings are admitted terms, every suggestion a preferred one: both schemas
    /// accept several of each.
    @Test func keyTermsExportValidatesAgainstBothSchemas() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let glossary = directory.appendingPathComponent("terms.xml")
        try """
        <glossary xmlns="urn:enmienda:glossary" version="2">
          <entry id="ceasefire" category="terminology" severity="major">
            <source>ceasefire</source>
            <approved>alto el fuego</approved>
            <approved>tregua</approved>
          </entry>
          <entry id="non-starters" category="mistranslation" severity="major">
            <source>non-starters</source>
            <wrong>no talleres</wrong>
            <suggestion>inviables</suggestion>
            <suggestion>inaceptables</suggestion>
            <approved>descartadas</approved>
          </entry>
        </glossary>
        """.write(to: glossary, atomically: true, encoding: .utf8)
        let basic = directory.appendingPathComponent("terms.tbx")
        try export("tbx", to: basic, glossary: ["--no-builtin", "--glossary", glossary.path])
        let coreStructure = CLIRunner.packageRoot.appendingPathComponent("Tests/Schemas/tbx-core-structure.rng")
        #expect(try violations(of: basic, "--relaxng", coreStructure) == nil)
        let schema = CLIRunner.packageRoot.appendingPathComponent(".build/test-data/tbx2/tbx.xsd")
        try #require(
            FileManager.default.fileExists(atPath: schema.path),
            "run `bash .ci/setup tests` to fetch the TBX 2 schema (Debian's omegat package)")
        let martif = directory.appendingPathComponent("terms.martif.tbx")
        try export("martif", to: martif, glossary: ["--no-builtin", "--glossary", glossary.path])
        #expect(try violations(of: martif, "--schema", schema) == nil)
        let rebuilt = directory.appendingPathComponent("rebuilt.xml")
        let imported = try CLIRunner.run(["glossary", "import", martif.path, "--glossary", rebuilt.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        let again = try Glossary(contentsOfFile: rebuilt.path)
        #expect(again.entry(withID: "ceasefire")?.approvedRenderings == ["alto el fuego", "tregua"])
        #expect(again.entry(withID: "non-starters")?.suggestions == ["inviables", "inaceptables"])
        #expect(again.entry(withID: "non-starters")?.approvedRenderings == ["descartadas"])
        #expect(try String(contentsOf: rebuilt, encoding: .utf8).contains("version=\"2\""))
    }

    @Test(arguments: ["tbx-enmienda", "martif"])
    func exportThenImportGivesTheSameGlossary(_ format: String) throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("built-in.\(format).tbx")
        try export(format, to: file)
        let rebuilt = directory.appendingPathComponent("rebuilt.xml")
        let imported = try CLIRunner.run(["glossary", "import", file.path, "--glossary", rebuilt.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardError.hasPrefix("added 337 entries"), "\(imported.standardError)")

        let again = directory.appendingPathComponent("again.tbx")
        try export(format, to: again, glossary: ["--no-builtin", "--glossary", rebuilt.path])
        #expect(try Data(contentsOf: again) == Data(contentsOf: file))
        let tested = try CLIRunner.run(["glossary", "test", "--no-builtin", "--glossary", rebuilt.path])
        #expect(tested.status == 0)
        let examples = ExampleCheck.count(in: try Glossary.builtIn)
        #expect(tested.standardOutput.contains("\(examples) examples of 337 entries: all pass"))
        // The built-in CSV rows of the rebuilt glossary are those of the shipped files.
        let rows = try CLIRunner.run(["glossary", "export"])
        let rebuiltRows = try CLIRunner.run(["glossary", "export", "--no-builtin", "--glossary", rebuilt.path])
        #expect(rows.standardOutput == rebuiltRows.standardOutput)

        let before = try Data(contentsOf: rebuilt)
        let twice = try CLIRunner.run(["glossary", "import", file.path, "--glossary", rebuilt.path])
        #expect(twice.status == 2, "every id is taken now")
        #expect(twice.standardError.contains("already exists"))
        #expect(try Data(contentsOf: rebuilt) == before)
    }

    @Test func aTBXFileEditedElsewhereUpdatesTheGlossary() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let glossary = directory.appendingPathComponent("calques.xml")
        let original = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("glossaries/calques.xml"))
        try original.write(to: glossary)
        let tbx = directory.appendingPathComponent("calques.tbx")
        try export("tbx", to: tbx, glossary: ["--no-builtin", "--glossary", glossary.path])
        // A terminologist prefers another rendering of "take place" in a terminology tool.
        let edited = try String(contentsOf: tbx, encoding: .utf8).replacingOccurrences(
            of: "<term>celebrarse</term>", with: "<term>realizarse</term>")
        try edited.write(to: tbx, atomically: true, encoding: .utf8)

        let refused = try CLIRunner.run(["glossary", "import", tbx.path, "--glossary", glossary.path])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("already exists at"))
        #expect(refused.standardError.contains("(--update replaces such entries)"))
        #expect(try Data(contentsOf: glossary) == original)

        let updated = try CLIRunner.run(["glossary", "import", "--update", tbx.path, "--glossary", glossary.path])
        #expect(updated.status == 0, "\(updated.standardError)")
        #expect(updated.standardError.hasSuffix("calques.xml: 0 added, 1 updated, 81 unchanged\n"))
        let text = try String(contentsOf: glossary, encoding: .utf8)
        #expect(text.contains("<suggestion>realizarse</suggestion>"))
        #expect(!text.contains("<suggestion>celebrarse</suggestion>"))
        // Everything but that entry is as it was.
        let before = String(decoding: original, as: UTF8.self)
        let start = try #require(before.range(of: "<entry id=\"take-place\""))
        #expect(text.hasPrefix(before[..<start.lowerBound]))
        let end = try #require(before.range(of: "</entry>", range: start.upperBound..<before.endIndex))
        #expect(text.hasSuffix(before[end.upperBound...]))

        // Through a tool that keeps only what TBX-Basic has: the terms change, the rest stays.
        let terminologyOnly = edited.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("x-enmienda-") }.joined(separator: "\n")
            .replacingOccurrences(of: "<term>realizarse</term>", with: "<term>efectuarse</term>")
        try terminologyOnly.write(to: tbx, atomically: true, encoding: .utf8)
        let again = try CLIRunner.run(["glossary", "import", "--update", tbx.path, "--glossary", glossary.path])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardError.hasSuffix("calques.xml: 0 added, 1 updated, 81 unchanged\n"))
        let shown = try CLIRunner.run(["glossary", "show", "take-place", "--no-builtin", "--glossary", glossary.path])
        #expect(shown.standardOutput.contains("<suggestion>efectuarse</suggestion>"))
        #expect(shown.standardOutput.contains(#"severity="major""#), "not in the file: kept")
        #expect(shown.standardOutput.contains("<incorrect"), "the examples are kept")
        #expect(try CLIRunner.run(["glossary", "test", "--no-builtin", "--glossary", glossary.path]).status == 0)
    }

    @Test func importWarnsAboutConceptsItLeavesOut() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let tbx = directory.appendingPathComponent("client.tbx")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
          <tbxHeader><fileDesc><titleStmt><title>Client terms</title></titleStmt>
            <sourceDesc><p>memoQ</p></sourceDesc></fileDesc></tbxHeader>
          <text><body>
            <conceptEntry id="wires">
              <langSec xml:lang="en"><termSec><term>With Post wires</term></termSec></langSec>
              <langSec xml:lang="es">
                <termSec><term>Con cables de publicación</term>
                  <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
                <termSec><term>Con información de agencias</term>
                  <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
              </langSec>
            </conceptEntry>
            <conceptEntry id="ceasefire">
              <langSec xml:lang="es"><termSec><term>alto el fuego</term></termSec></langSec>
            </conceptEntry>
          </body></text>
        </tbx>
        """.write(to: tbx, atomically: true, encoding: .utf8)
        let glossary = directory.appendingPathComponent("client.xml")
        let result = try CLIRunner.run(["glossary", "import", tbx.path, "--glossary", glossary.path])
        #expect(result.status == 0)
        #expect(
            result.standardError.contains(
                "client.tbx:15:5: warning: concept 'ceasefire' has no deprecated or admitted Spanish term: nothing to flag; left out"
            ), "\(result.standardError)")
        let written = try String(contentsOf: glossary, encoding: .utf8)
        #expect(written.contains("<title>Client terms</title>"))
        let check = try CLIRunner.run(
            ["check", "--no-builtin", "--glossary", glossary.path, "-"], input: Array("Con cables de publicación.".utf8)
        )
        #expect(check.status == 1)
        #expect(check.standardOutput.contains("Con información de agencias"))
    }

    @Test func aTermbaseChecksAsAGlossary() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let termbase = directory.appendingPathComponent("built-in.tbx")
        try export("martif", to: termbase)
        let builtIn = try CLIRunner.run(["check", "examples/kim-lavrov.es.txt"])
        let fromTBX = try CLIRunner.run([
            "check", "--no-builtin", "--glossary", termbase.path, "examples/kim-lavrov.es.txt",
        ])
        #expect(fromTBX.status == 1)
        #expect(fromTBX.standardOutput == builtIn.standardOutput, "the same 22 findings, suggestions and notes")
        #expect(builtIn.standardOutput.contains("22 findings"))

        // An Enmienda glossary imports into another as well.
        let copy = directory.appendingPathComponent("copy.xml")
        let imported = try CLIRunner.run(["glossary", "import", "glossaries/calques.xml", "--glossary", copy.path])
        #expect(imported.standardError == "added 82 entries to \(copy.path)\n")
        let rows = try CLIRunner.run(["glossary", "export", "--no-builtin", "--glossary", "glossaries/calques.xml"])
        #expect(
            try CLIRunner.run(["glossary", "export", "--no-builtin", "--glossary", copy.path]).standardOutput
                == rows.standardOutput)
    }

    @Test func theOutputsExtensionChoosesTheFormat() throws {
        let directory = try CLIRunner.temporaryDirectory()
        for (name, start) in [
            ("terms.tbx", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx "), ("terms.TSV", "wrong\tsuggestion\t"),
            ("terms.csv", "wrong,suggestion,"), ("terms.txt", "wrong,suggestion,"),
        ] {
            let file = directory.appendingPathComponent(name)
            let result = try CLIRunner.run([
                "glossary", "export", "--no-builtin", "--glossary", "glossaries/calques.xml", "-o", file.path,
            ])
            #expect(result.status == 0)
            #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix(start), "\(name)")
        }
    }

    @Test func anEmptyGlossaryIsNoTBX() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let empty = directory.appendingPathComponent("empty.xml")
        try "<glossary xmlns=\"urn:enmienda:glossary\" version=\"1\"/>\n".write(
            to: empty, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run([
            "glossary", "export", "--format", "tbx", "--no-builtin", "--glossary", empty.path,
        ])
        #expect(result.status != 0)
        #expect(result.standardError.contains("a TBX file needs at least one concept"))
    }
}
