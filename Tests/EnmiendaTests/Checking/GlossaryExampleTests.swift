import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Runs every example of every shipped glossary: an incorrect sentence must become
/// exactly its expected correction, a correct one must produce no finding.
@Suite struct GlossaryExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var entryID: String
        var example: GlossaryExample
        var testDescription: String { "\(example.location) [\(entryID)]" }
    }

    /// The built-in glossary with the installed lexicon, as the command line uses it.
    static let aligner = Result {
        Aligner(
            glossary: try Glossary.builtIn,
            options: AlignmentOptions(morphology: SpanishMorphology(lexicon: TestLexicon.loaded.lexicon)))
    }

    static var cases: [Case] {
        guard let glossary = try? Glossary.builtIn else { return [] }
        return glossary.entries.flatMap { entry in entry.examples.map { Case(entryID: entry.id, example: $0) } }
    }

    /// Every example of every shipped glossary, through the same check editors run with
    /// `enmienda glossary test` (see ``ExampleCheck``).
    @Test(arguments: cases)
    func exampleBehavesAsDocumented(_ test: Case) throws {
        let glossary = try Glossary.builtIn
        let entry = try #require(glossary.entry(withID: test.entryID))
        let failure = ExampleCheck.failure(of: test.example, entry: entry, aligner: try Self.aligner.get())
        #expect(failure == nil, "\(failure?.description ?? "")")
    }

    @Test func theCheckCatchesAnExampleThatNoLongerHolds() throws {
        var entry = Fixtures.entry("e", wrong: ["no talleres"], suggestions: ["inviables"])
        let location = SourceLocation(path: "g.xml", line: 7, column: 5)
        entry.examples = [
            GlossaryExample(text: "Son no talleres.", corrected: "Son inaceptables.", location: location),
            GlossaryExample(text: "Los talleres no abren.", corrected: nil, location: location),
            GlossaryExample(text: "Son no talleres.", corrected: nil, location: location),
            GlossaryExample(text: "Nada aquí.", corrected: "Nada aquí.", location: location),
        ]
        let failures = ExampleCheck.failures(in: try Glossary(entries: [entry]))
        #expect(
            failures.map(\.message) == [
                "is corrected differently", "must not be flagged, but [e] flags “no talleres”",
                "must be flagged once by its entry, but is flagged 0 times",
            ])
        #expect(failures[0].description.hasPrefix("g.xml:7:5: error: example of 'e' is corrected differently\n"))
    }

    @Test func everyShippedEntryHasBothKindsOfExample() throws {
        for entry in try Glossary.builtIn.entries {
            #expect(entry.examples.contains { $0.isIncorrect }, "\(entry.id) has no incorrect example")
            #expect(entry.examples.contains { !$0.isIncorrect }, "\(entry.id) has no correct example")
        }
    }

    /// No shipped entry requires its own wrong words nearby (field case 09: one
    /// *envases* licensed the next).
    @Test func noShippedEntryLicensesItself() throws {
        let aligner = try Self.aligner.get()
        let phrases = aligner.selfLicensingPhrases.map { "\(aligner.glossary.entries[$0.key].id): \($0.value)" }
        #expect(phrases.isEmpty, "\(phrases)")
    }

    @Test func embeddedGlossaryMatchesTheFilesOnDisk() throws {
        for file in BuiltInGlossary.files {
            let onDisk = try String(contentsOfFile: Fixtures.path(file.path), encoding: .utf8)
            #expect(onDisk == file.text, "\(file.path) differs from the embedded copy: rebuild")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("glossaries"))
            .filter { $0.hasSuffix(".xml") }.sorted()
        #expect(BuiltInGlossary.files.map(\.path) == names.map { "glossaries/\($0)" })
    }
}
