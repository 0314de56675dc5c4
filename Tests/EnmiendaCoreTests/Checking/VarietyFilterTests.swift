import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// Entries marked for some varieties (`varieties="es-ES es-AR"`) fire only on text
/// written for one of them; unmarked entries fire everywhere.
@Suite struct VarietyFilterTests {
    private static let text = "Gastaron 2.5 millones en el esfuerzo de guerra."

    /// A decimal-point entry for the comma varieties, and an entry for every variety.
    private static func glossary() throws -> Glossary {
        var decimal = GlossaryEntry(
            id: "decimal", sources: ["2.5 million"], wrongForms: ["{english-decimal} millones"],
            suggestions: ["{english-decimal} millones"], category: .numbers, severity: .major)
        decimal.varieties = [.spain, .argentina]
        decimal.inflection = []
        decimal.examples = [
            GlossaryExample(
                text: "Huyeron 1.2 millones de personas.", corrected: "Huyeron 1,2 millones de personas.",
                location: SourceLocation(path: "t", line: 1, column: 1))
        ]
        let effort = Fixtures.entry("war-effort", wrong: ["esfuerzo de guerra"], suggestions: ["esfuerzo bélico"])
        return try Glossary(entries: [decimal, effort])
    }

    private func flagged(in variety: SpanishVariety) throws -> [String] {
        let aligner = Aligner(glossary: try Self.glossary(), options: AlignmentOptions(variety: variety))
        return aligner.align(TextDocument(Self.text)).findings.map(\.entryID)
    }

    @Test func anEntryFiresOnlyInItsVarieties() throws {
        #expect(try flagged(in: .spain) == ["decimal", "war-effort"])
        #expect(try flagged(in: .argentina) == ["decimal", "war-effort"])
        #expect(try flagged(in: .mexico) == ["war-effort"])
        #expect(try flagged(in: .unitedStates) == ["war-effort"])
        #expect(try flagged(in: .latinAmerica) == ["war-effort"])
    }

    @Test func latinAmericaOnAnEntryCoversEachCountry() throws {
        var entry = Fixtures.entry("computadora", wrong: ["ordenador"], suggestions: ["computadora"])
        entry.varieties = [.latinAmerica]
        #expect(entry.applies(to: .mexico) && entry.applies(to: .chile) && entry.applies(to: .latinAmerica))
        #expect(!entry.applies(to: .spain) && !entry.applies(to: .unitedStates))
        let aligner = Aligner(glossary: try Glossary(entries: [entry]), options: AlignmentOptions(variety: .peru))
        #expect(aligner.align(TextDocument("Compró un ordenador.")).findings.count == 1)
        let spain = Aligner(glossary: try Glossary(entries: [entry]))
        #expect(spain.align(TextDocument("Compró un ordenador.")).findings.isEmpty)
    }

    @Test func theGlossaryKeepsEveryEntryInItsPlace() throws {
        let glossary = try Self.glossary()
        let restricted = glossary.restricted(to: .mexico)
        #expect(restricted.entries.map(\.id) == glossary.entries.map(\.id))
        #expect(restricted.entries[0].wrongForms.isEmpty && restricted.entries[0].forms.isEmpty)
        #expect(restricted.entries[1] == glossary.entries[1])
        #expect(glossary.restricted(to: .spain) == glossary)
        #expect(Aligner(glossary: glossary, options: AlignmentOptions(variety: .mexico)).glossary == glossary)
    }

    /// An entry's examples run in a variety the entry holds for, whatever the options say.
    @Test func examplesRunInTheEntrysOwnVariety() throws {
        let glossary = try Self.glossary()
        #expect(ExampleCheck.failures(in: glossary, options: AlignmentOptions(variety: .mexico)).isEmpty)
        #expect(ExampleCheck.failures(in: glossary).isEmpty)
    }

    @Test func theVarietiesFieldIsSpelledAsTags() {
        var entry = GlossaryEntry(id: "e", location: SourceLocation(path: "t", line: 1, column: 1))
        #expect(EntryField.varieties.value(in: entry) == "")
        #expect(EntryField.varieties.assign("es-ES  es-AR es-ES", to: &entry))
        #expect(entry.varieties == [.spain, .argentina])
        #expect(EntryField.varieties.value(in: entry) == "es-ES es-AR")
        #expect(!EntryField.varieties.assign("es-ES es-FR", to: &entry))
        #expect(!EntryField.varieties.assign("es-es", to: &entry))
        #expect(entry.varieties == [.spain, .argentina], "a refused value changes nothing")
        #expect(EntryField.varieties.assign("", to: &entry) && entry.varieties.isEmpty)
        #expect(EntryField.varieties.refusal(of: "es-FR").hasPrefix("'es-FR' is not a list of Spanish variety tags"))
    }
}
