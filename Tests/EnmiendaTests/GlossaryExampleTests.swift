import Foundation
import Testing

@testable import Enmienda

/// Runs every example of every shipped glossary: an incorrect sentence must become
/// exactly its expected correction, a correct one must produce no finding.
@Suite struct GlossaryExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var entryID: String
        var example: GlossaryExample
        var testDescription: String { "\(example.location) [\(entryID)]" }
    }

    static let aligner = Result { Aligner(glossary: try Glossary.builtIn) }

    static var cases: [Case] {
        guard let glossary = try? Glossary.builtIn else { return [] }
        return glossary.entries.flatMap { entry in entry.examples.map { Case(entryID: entry.id, example: $0) } }
    }

    /// As LanguageTool runs its rule examples: an incorrect example yields exactly one
    /// finding of its entry, on the marked span, with the listed suggestions in order;
    /// with every correction applied it reads exactly as expected and the entry no longer
    /// fires; a correct example yields no finding at all.
    @Test(arguments: cases)
    func exampleBehavesAsDocumented(_ test: Case) throws {
        let aligner = try Self.aligner.get()
        let alignment = aligner.align(TextDocument(test.example.text))
        guard let corrected = test.example.corrected else {
            #expect(alignment.findings.isEmpty, "flagged: \(alignment.findings.map(\.matchedText))")
            return
        }
        let own = alignment.findings.filter { $0.entryID == test.entryID }
        #expect(own.count == 1, "findings of the entry: \(own.map(\.matchedText))")
        if let marked = test.example.markedRange, let finding = own.first {
            #expect(finding.byteRange == marked, "flagged “\(finding.matchedText)” instead of the marked span")
        }
        if let expected = test.example.expectedSuggestions, let finding = own.first {
            #expect(finding.suggestions == expected)
        }
        #expect(alignment.correctedText == corrected)
        let again = aligner.align(TextDocument(alignment.correctedText))
        #expect(!again.findings.contains { $0.entryID == test.entryID }, "the correction is flagged again")
    }

    @Test func everyShippedEntryHasBothKindsOfExample() throws {
        for entry in try Glossary.builtIn.entries {
            #expect(entry.examples.contains { $0.isIncorrect }, "\(entry.id) has no incorrect example")
            #expect(entry.examples.contains { !$0.isIncorrect }, "\(entry.id) has no correct example")
        }
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
