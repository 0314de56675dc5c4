import Foundation
import Testing

/// `check --glossary` takes termbases and blacklists as tools write them (field cases 01
/// to 06), and says on standard error, located, what it leaves out; `glossary init`
/// starts a glossary file.
@Suite struct TermbaseDialectCLITests {
    private func field(_ name: String) -> String {
        CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/field/\(name)").path
    }

    @Test func aHeaderlessBlacklistChecksAndNamesTheRowItLeavesOut() throws {
        let result = try CLIRunner.run([
            "check", "--no-notes", "--glossary", field("01-okapi-blacklist-headerless.tsv"),
            field("01-okapi-blacklist.txt"),
        ])
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.contains("biblioteca") && result.standardOutput.contains("finalmente"))
        #expect(result.standardError.contains("01-okapi-blacklist-headerless.tsv:3:1: warning:"))
        #expect(result.standardError.contains("'salita' has no suggestion"))
    }

    @Test(arguments: ["02a-csv-utf8-bom.csv", "02b-csv-semicolon.csv"])
    func spreadsheetExportsCheck(_ name: String) throws {
        let result = try CLIRunner.run(["check", "--no-notes", "--glossary", field(name), field("02-text.txt")])
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.contains("biblioteca"))
    }

    @Test(arguments: ["03-tbx-ntig-termgrp.tbx", "04-tbx-weblate-forbidden.tbx", "05-tbx-min.tbx"])
    func termbaseDialectsCheck(_ name: String) throws {
        let result = try CLIRunner.run(["check", "--no-notes", "--glossary", field(name), field("03-text.txt")])
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.contains("biblioteca"))
        #expect(result.standardError.isEmpty)
    }

    @Test func everyConceptLeftOutIsWarnedAbout() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let tbx = directory.appendingPathComponent("mixed.tbx")
        let text = try String(contentsOfFile: field("06-tbx-mixed-silent-drop.tbx"), encoding: .utf8)
            .replacingOccurrences(
                of: "</body>",
                with: """
                    <termEntry id="news">
                      <langSet xml:lang="en"><tig><term>news</term></tig></langSet>
                      <langSet xml:lang="es"><tig><term>noticias</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
                    </termEntry>
                    </body>
                    """)
        try Data(text.utf8).write(to: tbx)
        let result = try CLIRunner.run(["check", "--no-notes", "--glossary", tbx.path, field("06-text.txt")])
        #expect(result.status == 1, "\(result.standardError)")
        for word in ["biblioteca", "finalmente", "soldados"] { #expect(result.standardOutput.contains(word)) }
        #expect(result.standardError.contains("mixed.tbx:24:1: warning: concept 'news'"), "\(result.standardError)")
    }

    @Test func anExportSaysWhatItsFormatLeavesOut() throws {
        let directory = try CLIRunner.temporaryDirectory()
        for (format, warned) in [("tbx", true), ("csv", true), ("tbx-enmienda", false)] {
            let file = directory.appendingPathComponent("calques.\(format)")
            let result = try CLIRunner.run([
                "glossary", "export", "--format", format, "-o", file.path, "--glossary",
                CLIRunner.packageRoot.appendingPathComponent("glossaries/calques.xml").path,
            ])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardError.contains("warning: \(format) has no place for") == warned, "\(format)")
            #expect(result.standardError.contains("examples (") == warned, "\(format)")
        }
        let basic = try String(contentsOf: directory.appendingPathComponent("calques.tbx"), encoding: .utf8)
        #expect(basic.contains("type=\"TBX-Basic\"") && !basic.contains("x-enmienda-"))
        let own = try String(contentsOf: directory.appendingPathComponent("calques.tbx-enmienda"), encoding: .utf8)
        #expect(own.contains("type=\"TBX-Enmienda\"") && own.contains("x-enmienda-"))
    }

    @Test func initWritesAnEmptyGlossaryAndNeverOverwrites() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("mine.xml")
        let first = try CLIRunner.run(["glossary", "init", file.path, "--title", "Mine"])
        #expect(first.status == 0, "\(first.standardError)")
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.contains("<glossary xmlns=\"urn:enmienda:glossary\""))
        #expect(written.contains("Mine"))
        let list = try CLIRunner.run(["glossary", "list", "--glossary", file.path])
        #expect(list.status == 0, "\(list.standardError)")

        let again = try CLIRunner.run(["glossary", "init", file.path])
        #expect(again.status != 0)
        #expect(again.standardError.contains("already exists"))
        #expect(try String(contentsOf: file, encoding: .utf8) == written)

        let add = try CLIRunner.run([
            "glossary", "add", "--glossary", file.path, "--source", "library", "--wrong", "librería", "--suggest",
            "biblioteca",
        ])
        #expect(add.status == 0, "\(add.standardError)")
        // glossary add creates a glossary file that does not exist yet.
        let fresh = directory.appendingPathComponent("fresh.xml")
        let created = try CLIRunner.run([
            "glossary", "add", "--glossary", fresh.path, "--source", "library", "--wrong", "librería", "--suggest",
            "biblioteca",
        ])
        #expect(created.status == 0, "\(created.standardError)")
        #expect(try String(contentsOf: fresh, encoding: .utf8).contains("version="))
    }
}
