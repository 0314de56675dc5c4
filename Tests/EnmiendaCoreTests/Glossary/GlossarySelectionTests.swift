import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// A project's glossary laid over the built-in one, and entries switched off.
@Suite struct GlossarySelectionTests {
    private let base: Glossary

    init() throws {
        base = try Glossary(entries: [
            Fixtures.entry("a", wrong: ["uno malo"], suggestions: ["uno"]),
            Fixtures.entry("b", wrong: ["dos malo"], suggestions: ["dos"], category: .style),
            Fixtures.entry("c", wrong: ["tres malo"], suggestions: ["tres"]),
        ])
    }

    @Test func anAddedEntryReplacesTheBaseEntryWithItsID() throws {
        let mine = try Glossary(entries: [
            Fixtures.entry("b", wrong: ["dos peor"], suggestions: ["dos"]),
            Fixtures.entry("d", wrong: ["cuatro malo"], suggestions: ["cuatro"]),
        ])
        let combined = try Glossary(overriding: base, with: [mine])
        #expect(combined.entries.map(\.id) == ["a", "c", "b", "d"])
        #expect(combined.entry(withID: "b")?.wrongForms == ["dos peor"])
        #expect(try Glossary(overriding: base, with: []) == base)
    }

    @Test func idsThatTwoAddedGlossariesDefineStillClash() throws {
        let one = try Glossary(entries: [Fixtures.entry("d", wrong: ["x malo"], suggestions: ["x"])])
        let two = try Glossary(entries: [Fixtures.entry("d", wrong: ["y malo"], suggestions: ["y"])])
        #expect(throws: InputError.self) { try Glossary(overriding: base, with: [one, two]) }
    }

    @Test func disablingLeavesOutIDsAndCategories() {
        #expect(base.disabling(ids: ["a"], categories: []).entries.map(\.id) == ["b", "c"])
        #expect(base.disabling(ids: [], categories: [.style]).entries.map(\.id) == ["a", "c"])
        #expect(base.disabling(ids: ["c", "unknown"], categories: [.style]).entries.map(\.id) == ["a"])
        #expect(base.disabling(ids: [], categories: []) == base)
    }
}
