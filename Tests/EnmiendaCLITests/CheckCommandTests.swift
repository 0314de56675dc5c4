import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

@Suite struct CheckCommandTests {
    @Test func exampleArticleShowsEveryFindingAndExitsOne() throws {
        let result = try CLIRunner.run(["check", "examples/kim-lavrov.es.txt"])
        #expect(result.status == 1)
        let headers = result.standardOutput.split(separator: "\n").filter {
            $0.hasPrefix("examples/kim-lavrov.es.txt:")
        }
        #expect(headers.count == 22)
        #expect(
            headers.contains(
                "examples/kim-lavrov.es.txt:5:40: major: “no talleres” mistranslates “non-starters” [non-starters]"))
        #expect(result.standardOutput.contains("    corrected: Ucrania ha criticado las demandas como inviables,"))
        #expect(result.standardOutput.contains("    suggestion: inviables (also: inaceptables)"))
        #expect(
            result.standardOutput.hasSuffix(
                "22 findings (11 major, 11 minor) in 1 file, 456 words checked\n"
                    + "quality: MQM score -44.7 (penalty 144.7 per 1,000 words)\n"))
        #expect(!result.standardOutput.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func underlineSitsUnderTheMatch() throws {
        let result = try CLIRunner.run(["check", "-"], input: Array("Las demandas son no talleres.\n".utf8))
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "    Las demandas son no talleres.")
        #expect(lines[2] == "                     ^~~~~~~~~~~")
        #expect(lines[0].hasPrefix("-:1:18: major:"))
    }

    @Test func colourOnlyWhenAskedAndNeverWithNoColor() throws {
        let input = Array("son no talleres".utf8)
        #expect(
            try CLIRunner.run(["check", "--color", "always", "-"], input: input).standardOutput.contains("\u{1B}["))
        #expect(
            !(try CLIRunner.run(["check", "-"], input: input, environment: ["NO_COLOR": "1"]).standardOutput
                .contains("\u{1B}[")))
    }

    @Test func cleanTextExitsZero() throws {
        let result = try CLIRunner.run(["check", "-"], input: Array("Un texto correcto.".utf8))
        #expect(result.status == 0)
        #expect(
            result.standardOutput
                == "no findings in 1 file, 3 words checked\nquality: MQM score 100.0 (penalty 0.0 per 1,000 words)\n")
    }

    @Test func xmlExportValidatesAgainstTheShippedSchema() throws {
        let result = try CLIRunner.run(["check", "--format", "xml", "examples/kim-lavrov.es.txt"])
        #expect(result.status == 1)
        let root = try SecureXMLReader.read(
            Array(result.standardOutput.utf8), path: "export.xml", schema: try EmbeddedSchemas.corrections())
        #expect(root.elements.first?.elements.count == 22)
    }

    @Test func xmlExportCanBeWrittenToAFile() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let output = directory.appendingPathComponent("report.xml").path
        let result = try CLIRunner.run(["check", "--format", "xml", "--output", output, "examples"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains(#"<document path="examples/kim-lavrov.es.txt""#))
    }

    @Test func schemaCommandPrintsTheShippedSchemas() throws {
        let glossary = try CLIRunner.run(["schema", "glossary"])
        let onDisk = try String(
            contentsOf: CLIRunner.packageRoot.appendingPathComponent("glossaries/glossary.xsd"), encoding: .utf8)
        #expect(glossary.status == 0)
        #expect(glossary.standardOutput == onDisk)
    }

    @Test func worksFromAnyDirectory() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["check", "-"], in: directory, input: Array("esfuerzo de guerra".utf8))
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("[war-effort]"))
    }
}

@Suite struct OutputFileTests {
    @Test func outputToADeviceWritesThroughIt() throws {
        let result = try CLIRunner.run(["check", "--format", "xml", "--output", "/dev/null", "examples"])
        #expect(result.status == 1)
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func entriesThatNeedTheSourceFireOnlyWithIt() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let article = directory.appendingPathComponent("a.es.txt")
        let source = directory.appendingPathComponent("a.en.txt")
        try Data("El ministro habló.\n\nActualmente votó en contra.\n".utf8).write(to: article)
        try Data("The minister spoke.\n\nHe actually voted against it.\n".utf8).write(to: source)

        let alone = try CLIRunner.run(["check", article.path])
        #expect(alone.status == 0, "silent on Spanish-only input")
        let withSource = try CLIRunner.run(["check", "--source", source.path, article.path])
        #expect(withSource.status == 1)
        #expect(
            withSource.standardOutput.contains(
                ":3:1: major: “Actualmente” mistranslates “actually” [actually-actualmente]"))
        #expect(withSource.standardOutput.contains("    corrected: En realidad votó en contra."))

        let fixed = try CLIRunner.run(["fix", "--source", source.path, article.path, "-o", "-"])
        #expect(fixed.standardOutput == "El ministro habló.\n\nEn realidad votó en contra.\n")

        let two = try CLIRunner.run(["check", "--source", source.path, article.path, article.path])
        #expect(two.status == 2)
        #expect(two.standardError.contains("--source gives the English original of one article"))
        let missing = try CLIRunner.run([
            "check", "--source", directory.appendingPathComponent("nope.txt").path, article.path,
        ])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("nope.txt"))
    }

    @Test func countFormatPrintsOneLinePerFileAndATotal() throws {
        let result = try CLIRunner.run(["check", "--format", "count", "examples"])
        #expect(result.status == 1)
        #expect(
            result.standardOutput == """
                examples/kim-lavrov.corrected.es.txt: no findings, 452 words
                examples/kim-lavrov.es.txt: 22 findings (11 major, 11 minor), 456 words
                total: 22 findings (11 major, 11 minor), 908 words

                """)
        let clean = try CLIRunner.run(["check", "--format", "count", "examples/kim-lavrov.corrected.es.txt"])
        #expect(clean.status == 0)
        let stdin = try CLIRunner.run(["check", "--format", "count", "-"], input: Array("Son no talleres.".utf8))
        #expect(stdin.standardOutput == "-: 1 finding (1 major), 3 words\n")
    }

    @Test func statsGoToStandardErrorAndLeaveTheReportAlone() throws {
        let plain = try CLIRunner.run(["check", "examples/kim-lavrov.es.txt"])
        let result = try CLIRunner.run(["check", "--stats", "examples/kim-lavrov.es.txt"])
        #expect(result.standardOutput == plain.standardOutput)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("stats: glossary of ") && lines[0].contains(" entries loaded in "))
        #expect(
            lines[1].hasPrefix("stats: 2848 bytes (456 words) in 1 file scanned in ")
                && lines[1].hasSuffix("22 findings"))
        #expect(lines[3].hasPrefix("stats: peak memory "))
    }

    @Test func theReportDoesNotDependOnHowManyJobsRun() throws {
        let one = try CLIRunner.run(["check", "--jobs", "1", "--format", "xml", "examples"])
        let many = try CLIRunner.run(["check", "--jobs", "4", "--format", "xml", "examples"])
        #expect(one.status == 1)
        #expect(one.standardOutput == many.standardOutput)
    }

    @Test func aBaselineLeavesOutTheFindingsItHasEvenAfterEditsElsewhere() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let article = directory.appendingPathComponent("nota.txt")
        let baseline = directory.appendingPathComponent("baseline.xml")
        try Data("Las demandas son no talleres.\nDesplegó 12,000 tropas.\n".utf8).write(to: article)
        let export = try CLIRunner.run(["check", "--format", "xml", "-o", baseline.path, article.path])
        #expect(export.status == 1)

        let same = try CLIRunner.run(["check", "--baseline", baseline.path, article.path])
        #expect(same.status == 0, "nothing new")
        #expect(same.standardError.contains("baseline: 2 findings already in"))

        // A line added above, a sentence moved, and one new mistake.
        try Data(
            "Titular nuevo.\nDesplegó 12,000 tropas.\nLas demandas son no talleres.\nFue un suceso rotundo.\n".utf8
        ).write(to: article)
        let edited = try CLIRunner.run(["check", "--baseline", baseline.path, article.path])
        #expect(edited.status == 1)
        let headers = edited.standardOutput.split(separator: "\n").filter { $0.hasPrefix(article.path + ":") }
        #expect(headers.count == 1)
        #expect(headers.first?.contains("[success-suceso]") == true)

        let count = try CLIRunner.run(["check", "--format", "count", "--baseline", baseline.path, article.path])
        #expect(count.status == 2)
    }
}
