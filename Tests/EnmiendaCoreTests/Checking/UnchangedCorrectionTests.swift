import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// A correction that would write the same words is no finding, whatever white space the
/// text has between them: fix keeps the text's spacing and line breaks between words it
/// replaces one for one, so reporting it promised a change that never came (`check`
/// exited 1 while `fix --diff` showed nothing).
@Suite struct UnchangedCorrectionTests {
    private func findings(_ text: String) throws -> [Finding] {
        var title = Fixtures.entry("title", wrong: ["Ministro de"], suggestions: ["ministro de"])
        title.isCaseSensitive = true
        return Aligner(glossary: try Glossary(entries: [title])).align(TextDocument(text)).findings
    }

    @Test(arguments: [
        "Habló ayer.\nMinistro\nde Defensa habló.",
        "Habló ayer. Ministro  de Defensa habló.",
        "Habló ayer.\r\nMinistro\r\nde Defensa habló.",
        "Habló ayer. Ministro\tde Defensa habló.",
        "Ministro de Defensa habló.",
        "Habló ayer. Ministro\u{A0}de Defensa habló.",
    ])
    func aSentenceOpeningCapitalAcrossAnySpacingIsRight(_ text: String) throws {
        #expect(try findings(text).isEmpty)
    }

    @Test(arguments: [
        ("El Ministro\nde Defensa habló.", "El ministro\nde Defensa habló."),
        ("El Ministro  de Defensa habló.", "El ministro  de Defensa habló."),
    ])
    func aRealCorrectionAcrossALineBreakIsFoundAndKeepsTheLayout(_ text: String, _ expected: String) throws {
        let found = try findings(text)
        #expect(found.count == 1)
        let corrected = Corrections.apply(found.flatMap(\.replacements), to: Array(text.utf8))
        #expect(String(decoding: corrected, as: UTF8.self) == expected)
    }

    @Test func onlyASuggestionsOwnWhiteSpaceMustBeWritten() {
        #expect(SuggestionEngine.hasSameWords("Ministro de", as: Array("Ministro\n de".utf8)[...]))
        #expect(SuggestionEngine.hasSameWords("Ministro de", as: Array("Ministro\u{A0}de".utf8)[...]))
        #expect(!SuggestionEngine.hasSameWords("12\u{A0}000", as: Array("12 000".utf8)[...]))
        #expect(!SuggestionEngine.hasSameWords("ministro de", as: Array("Ministro de".utf8)[...]))
        #expect(!SuggestionEngine.hasSameWords("", as: Array("x".utf8)[...]))
    }
}
