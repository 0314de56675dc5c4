import Dispatch
import EnmiendaTestSupport
import Synchronization
import Testing

@testable import EnmiendaCore

/// A compiled glossary read back decodes its forms when the text first needs them, once
/// each, from any thread, and gives the forms it was compiled with.
@Suite struct VariantTableTests {
    static func compiled() throws -> (Aligner, CompiledGlossary) {
        let aligner = try Fixtures.aligner([
            Fixtures.entry("non-starters", wrong: ["no talleres"], suggestions: ["inviables"]),
            Fixtures.entry("millions", wrong: ["{number} millones de dólares"], suggestions: ["{number} millones"]),
            Fixtures.entry("take", wrong: ["tomar la decisión"], suggestions: ["decidir"]),
            Fixtures.entry("war-effort", wrong: ["esfuerzo de guerra"], suggestions: ["esfuerzo bélico"]),
            Fixtures.entry("troops", wrong: ["{number} tropas"], suggestions: ["{number} soldados"]),
        ])
        return (aligner, CompiledGlossary(aligner: aligner, warnings: []))
    }

    @Test func formsReadBackAreDecodedOnlyWhenTheTextMatchesThem() throws {
        let (aligner, compiled) = try Self.compiled()
        let decoded = try CompiledGlossary(image: try #require(compiled.image()))
        let table = decoded.variants
        #expect(table.count == aligner.compiledVariants.count)
        #expect(table.count > 5)
        // What start-up needs is there before any form is decoded.
        #expect(table.entryIndices == aligner.compiledVariants.map(\.entryIndex))
        #expect(table.startsWithVerb == aligner.compiledVariants.map(\.startsWithVerb))
        #expect(table.decodedCount == 0)
        let again = decoded.aligner(options: AlignmentOptions())
        #expect(table.decodedCount == 0)
        let text = "Ucrania calificó las demandas como no talleres."
        let findings = again.align(TextDocument(text)).findings
        #expect(findings == aligner.align(TextDocument(text)).findings)
        #expect(findings.map(\.entryID) == ["non-starters"])
        // The forms of one entry matched, not the glossary's.
        #expect(table.decodedCount >= 1)
        #expect(table.decodedCount <= table.entryIndices.count { $0 == 0 })
        #expect(table == aligner.compiledVariants)
        #expect(table.decodedCount == table.count)
    }

    @Test func formsAreDecodedOnceEachWhateverTheThreads() throws {
        let (aligner, _) = try Self.compiled()
        let variants = aligner.compiledVariants
        let decodes = Atomic<Int>(0)
        let table = VariantTable(
            entryIndices: variants.map(\.entryIndex), startsWithVerb: variants.map(\.startsWithVerb)
        ) { index in
            decodes.add(1, ordering: .relaxed)
            return variants[index]
        }
        let mismatches = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            // Each thread reads every form, from a different start, many times.
            for round in 0..<200 {
                for offset in 0..<variants.count {
                    let index = (offset + thread * 7 + round) % variants.count
                    if table.variant(at: index).pointee != variants[index] { mismatches.add(1, ordering: .relaxed) }
                }
            }
        }
        #expect(mismatches.load(ordering: .relaxed) == 0)
        #expect(decodes.load(ordering: .relaxed) == variants.count)
        #expect(table.decodedCount == variants.count)
    }

    @Test func aTableHeldInMemoryIsReadyAndEqualToItsForms() throws {
        let (aligner, _) = try Self.compiled()
        let table = VariantTable(aligner.compiledVariants)
        #expect(table.decodedCount == table.count)
        #expect(table == aligner.compiledVariants)
        #expect(VariantTable([]).isEmpty)
    }

    @Test func aDamagedFormIsRefusedWhenTheImageIsRead() throws {
        let (_, compiled) = try Self.compiled()
        var damaged = compiled
        // A form whose entry is not in the glossary: found by the check, not later.
        var forms = compiled.variants.all
        forms[forms.count - 1].entryIndex = compiled.glossary.entryCount
        damaged.variants = VariantTable(forms)
        let image = try #require(damaged.image())
        #expect(throws: BinaryImageReader.Error.self) { try CompiledGlossary(image: image) }
    }
}
