import Foundation
import Testing

/// `check` and `fix` report words left in English by default when wamerican is installed;
/// `--no-untranslated` turns that off, and a missing list costs one warning.
@Suite struct UntranslatedCLITests {
    private func article(_ text: String) throws -> URL {
        let file = try CLIRunner.temporaryDirectory().appendingPathComponent("nota.txt")
        try Data(text.utf8).write(to: file)
        return file
    }

    private let text = "La policía anunció una crackdown contra el shortfall fiscal del año.\n"

    @Test func checkReportsWordsLeftInEnglish() throws {
        let file = try article(text)
        let result = try CLIRunner.run(["check", "--no-notes", file.path])
        #expect(result.status == 1)
        #expect(result.standardError == "")
        #expect(
            result.standardOutput.contains(
                "1:24: minor: “crackdown” is an English word left untranslated; the English–Spanish dictionary has no translation of it [untranslated-word]"
            ))
        #expect(
            result.standardOutput.contains(
                "1:44: minor: “shortfall” is an English word left untranslated [untranslated-word]"))
        #expect(result.standardOutput.contains("suggestion: déficit"))
        #expect(result.standardOutput.contains("2 findings (2 minor) in 1 file"))
    }

    @Test func noUntranslatedTurnsTheCheckOff() throws {
        let file = try article(text)
        let result = try CLIRunner.run(["check", "--no-untranslated", file.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("no findings in 1 file"))
        let environment = try CLIRunner.run(["check", file.path], environment: ["ENMIENDA_UNTRANSLATED": "off"])
        #expect(environment.status == 0)
    }

    /// A dictionary's translation is offered, never written by fix: its first sense may be
    /// the wrong one (royalty → realeza), and the words around it do not follow it.
    @Test func fixLeavesWordsLeftInEnglishToAPerson() throws {
        let file = try article(text)
        let result = try CLIRunner.run(["fix", file.path, "-o", "-"])
        #expect(result.standardOutput == text)
        #expect(result.standardError.contains("0 corrections applied (2 left to correct by hand)"))
        #expect(result.standardError.contains("translate “crackdown” by hand"))
        #expect(result.standardError.contains("a dictionary's translation, not a glossary's"))
    }

    @Test func withoutTheWordListTheCheckIsOffWithOneWarning() throws {
        let file = try article(text)
        let result = try CLIRunner.run(
            ["check", file.path], environment: ["ENMIENDA_ENGLISH_WORDS": "/nonexistent/american-english"])
        #expect(result.status == 0)
        let warnings = result.standardError.split(separator: "\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("enmienda: warning: no check of words left in English") == true)
        #expect(warnings.first?.hasSuffix("install the Debian package wamerican") == true)
    }

    @Test func withASourceOnlyWordsOfTheEnglishAreFlagged() throws {
        let file = try article(text)
        let source = file.deletingLastPathComponent().appendingPathComponent("nota.en.txt")
        try Data("Police announced a crackdown on the year's tax gap.\n".utf8).write(to: source)
        let result = try CLIRunner.run(["check", "--summary", "--source", source.path, file.path])
        #expect(result.standardOutput.hasPrefix("1 finding (1 minor) in 1 file"))
    }
}
