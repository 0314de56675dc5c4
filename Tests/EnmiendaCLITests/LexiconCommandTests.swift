import Foundation
import Testing

/// `enmienda lexicon …` looks words up in the lexicon compiled from the installed
/// apertium-spa-cat, and the checking commands work the same without it.
@Suite struct LexiconCommandTests {
    @Test func analysePrintsOneLinePerWordAsLTProcDoes() throws {
        let result = try CLIRunner.run(["lexicon", "analyse", "asumió", "tuvieron", "xyzzy"])
        #expect(
            result.standardOutput
                == "asumió\tasumir<vblex><ifi><p3><sg>\ntuvieron\ttener<vblex><ifi><p3><pl>\n*xyzzy\n")
        #expect(result.standardError == "")
        #expect(result.status == 1)
        let known = try CLIRunner.run(["lexicon", "analyse", "empoderó"])
        #expect(known.standardOutput == "empoderó\tempoderar<vblex><ifi><p3><sg>\n")
        #expect(known.status == 0)
    }

    @Test func paradigmListsFormsWithTheirTags() throws {
        let result = try CLIRunner.run(["lexicon", "paradigm", "suponer"])
        #expect(result.status == 0)
        #expect(result.standardOutput.split(separator: "\n").contains("supuso\t<vblex><ifi><p3><sg>"))
        #expect(try CLIRunner.run(["lexicon", "paradigm", "xyzzyar"]).status == 1)
    }

    @Test func infoShowsTheCacheAndTheCounts() throws {
        let result = try CLIRunner.run(["lexicon", "info"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("source: apertium-spa-cat") == true)
        #expect(lines.contains { $0.hasPrefix("cache: \(CLIRunner.lexiconCache)/enmienda/lexicon-") })
        #expect(lines.contains { $0.hasPrefix("forms: ") })
        #expect(lines.contains { $0.hasPrefix("time: ") && $0.hasSuffix(" ms") })
    }

    @Test func coverageCountsKnownTokensAndListsUnknownOnes() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("a.txt")
        try Data("El gobierno asumió 12 cargos; xyzzy xyzzy Plooft.\n".utf8).write(to: file)
        let result = try CLIRunner.run(["lexicon", "coverage", file.path])
        #expect(result.status == 0)
        #expect(
            result.standardOutput == """
                word tokens: 7
                known tokens: 4 (57.1%)
                word types: 6
                known types: 4 (66.7%)
                commonest unknown types:
                2\txyzzy
                1\tPlooft

                """)
    }

    @Test func aDisabledLexiconIsAnInputErrorForLookups() throws {
        let result = try CLIRunner.run(["lexicon", "analyse", "casa"], environment: ["ENMIENDA_LEXICON": "off"])
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
    }

    @Test func checkingWithoutThePackageWarnsOnceOnStandardErrorAndPrintsTheSameReport() throws {
        let article = "examples/kim-lavrov.es.txt"
        let normal = try CLIRunner.run(["check", article])
        let missing = try CLIRunner.run(
            ["check", article], environment: ["ENMIENDA_APERTIUM_SPA": "/nonexistent/spa-cat.automorf.bin"])
        #expect(missing.standardOutput == normal.standardOutput)
        #expect(missing.status == normal.status)
        #expect(normal.standardError == "")
        let warnings = missing.standardError.split(separator: "\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("enmienda: warning: no Spanish lexicon") == true)
        #expect(warnings.first?.contains("apertium-spa-cat") == true)
    }

    @Test func commandsThatDoNotAlignNeverLoadTheLexicon() throws {
        let result = try CLIRunner.run(
            ["glossary", "show", "non-starters"], environment: ["ENMIENDA_APERTIUM_SPA": "/nonexistent/spa.bin"])
        #expect(result.status == 0)
        #expect(result.standardError == "")
    }
}
