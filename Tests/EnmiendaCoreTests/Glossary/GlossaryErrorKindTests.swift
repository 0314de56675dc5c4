import EnmiendaCore
import EnmiendaTestSupport
import Testing

/// A glossary built in code that breaks a rule is a glossary error.
@Suite struct GlossaryErrorKindTests {
    private let entry = Fixtures.entry("non-starters", wrong: ["no talleres"], suggestions: ["inviables"])

    @Test func entriesThatBreakARuleAreAGlossaryError() {
        let error = #expect(throws: InputError.self) { try Glossary(entries: [entry, entry]) }
        #expect(error?.kind == .glossary)
    }

    @Test func glossariesThatShareAnIDAreAGlossaryError() throws {
        let one = try Glossary(entries: [entry])
        let error = #expect(throws: InputError.self) { try Glossary(merging: [one, one]) }
        #expect(error?.kind == .glossary)
    }
}
