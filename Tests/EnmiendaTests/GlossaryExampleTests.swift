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

    @Test(arguments: cases)
    func exampleBehavesAsDocumented(_ test: Case) throws {
        let alignment = try Self.aligner.get().align(TextDocument(test.example.text))
        if let corrected = test.example.corrected {
            #expect(alignment.findings.map(\.entryID).contains(test.entryID))
            #expect(alignment.correctedText == corrected)
        } else {
            #expect(alignment.findings.isEmpty, "flagged: \(alignment.findings.map(\.matchedText))")
        }
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
