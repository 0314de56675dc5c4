import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// A capitalized word inside a sentence names something (*la película Deadline*): an
/// entry for a word left in English does not flag it; everywhere else it does.
@Suite struct NameGuardTests {
    private static func aligner() throws -> Aligner {
        var untranslated = Fixtures.entry("deadline", wrong: ["deadline"], suggestions: ["plazo"])
        untranslated.category = .untranslated
        untranslated.inflection = []
        var mistranslation = Fixtures.entry("audience", wrong: ["audiencia"], suggestions: ["público"])
        mistranslation.inflection = []
        return Aligner(glossary: try Glossary(entries: [untranslated, mistranslation]))
    }

    @Test(arguments: [
        ("Vimos la película Deadline ayer.", [String]()),
        ("Todos leímos Deadline, la novela.", []),
        ("Vimos la película, Deadline, ayer.", []),
        ("Deadline: el plazo vence.", ["deadline"]),
        ("Vence el deadline hoy.", ["deadline"]),
        ("VENCE EL DEADLINE HOY.", ["deadline"]),
        ("Dijo: «Deadline es mañana».", ["deadline"]),
        // After a name, the capital may be machine translation's.
        ("Exige que Ucrania Deadline ya.", ["deadline"]),
        ("La Audiencia Nacional juzgó el caso.", ["audience"]),
    ])
    func onlyWordsLeftInEnglishAreFlagged(_ text: String, _ expected: [String]) throws {
        #expect(try Self.aligner().align(TextDocument(text)).findings.map(\.entryID) == expected)
    }
}
