import EnmiendaTestSupport
import Foundation
import Synchronization
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// A glossary read back from a compiled image decodes an entry only when something reads
/// it, gives the entries that were written, in any order and from any thread, and an
/// image forged with a valid checksum is refused when it is read, never when an entry is.
@Suite struct DeferredEntriesTests {
    private static func glossary() throws -> Glossary {
        var glossary = try Glossary(
            overriding: try .builtIn, with: [try Glossary(entries: [GlossaryCacheTests.richEntry])])
        glossary.title = "Title"
        return glossary
    }

    @Test func entriesAndSummariesComeBackAsWrittenInAnyOrder() throws {
        let glossary = try Self.glossary()
        let image = try #require(CompiledGlossary(aligner: Aligner(glossary: glossary), warnings: []).image())
        let decoded = try CompiledGlossary(image: [0, 1, 2] + image, from: 3).glossary
        #expect(decoded.entryCount == glossary.entryCount)
        for index in (0..<glossary.entryCount).reversed() {
            #expect(decoded.entry(at: index) == glossary.entries[index])
            #expect(decoded.summaries[index] == EntrySummary(glossary.entries[index]))
            #expect(decoded.severity(at: index) == glossary.entries[index].severity)
            #expect(decoded.isCaseSensitive(at: index) == glossary.entries[index].isCaseSensitive)
        }
        #expect(decoded.entries == glossary.entries)
        #expect(decoded == glossary)
        #expect(decoded.hashValue == glossary.hashValue)
        #expect(decoded.summaries == glossary.summaries)
        #expect(decoded.summaries.last?.flags.contains(.hasContext) == true)
    }

    /// A finding reads its entry's heading alone: read back from an image before any
    /// entry is decoded, and after, it is the entry's.
    @Test func headingsAreThoseOfTheEntries() throws {
        let glossary = try Self.glossary()
        let image = try #require(CompiledGlossary(aligner: Aligner(glossary: glossary), warnings: []).image())
        let decoded = try CompiledGlossary(image: image).glossary
        let indices = (0..<glossary.entryCount).reversed()
        #expect(indices.map(decoded.heading(at:)) == indices.map { glossary.entries[$0].heading })
        #expect(decoded.entries == glossary.entries)
        #expect(indices.map(decoded.heading(at:)) == indices.map { glossary.entries[$0].heading })
        #expect(indices.map(glossary.heading(at:)) == indices.map { glossary.entries[$0].heading })
        #expect(decoded.heading(at: glossary.entryCount - 1).note != nil)
    }

    @Test func entriesReadFromManyThreadsAtOnceAreTheSame() throws {
        let glossary = try Self.glossary()
        let image = try #require(CompiledGlossary(aligner: Aligner(glossary: glossary), warnings: []).image())
        let decoded = try CompiledGlossary(image: image).glossary
        let count = glossary.entryCount
        let read = Array(0..<(4 * count)).parallelMap(concurrency: 4) { decoded.entry(at: ($0 * 7) % count) }
        #expect(read == (0..<(4 * count)).map { glossary.entries[($0 * 7) % count] })
    }

    /// An aligner made from deferred entries that counts what it decodes.
    @Test func aligningDecodesOnlyTheEntriesOfTheFindings() throws {
        let entries = [
            GlossaryCacheTests.richEntry,
            Fixtures.entry("non-starters", wrong: ["no talleres"], suggestions: ["inviables"]),
            Fixtures.entry("troops", wrong: ["{number} tropas"], suggestions: ["{number} soldados"]),
            Fixtures.entry("unused", wrong: ["palabra ausente"], suggestions: ["otra"]),
        ]
        let glossary = try Glossary(entries: entries)
        let eager = Aligner(glossary: glossary)
        let decodes = Mutex<[Int]>([])
        let deferred = DeferredEntries(summaries: entries.map { EntrySummary($0) }) { index in
            decodes.withLock { $0.append(index) }
            return entries[index]
        }
        let compiled = CompiledGlossary(
            glossary: Glossary(deferred: deferred, title: nil), variety: .spain, variants: eager.compiledVariants,
            automaton: eager.automaton, spellings: eager.accents.spellings, warnings: [])
        let aligner = compiled.aligner(options: AlignmentOptions())
        // The rich entry has context rules and exceptions: the aligner reads it once, to
        // compile them; the others are read through their summaries alone.
        #expect(decodes.withLock { $0 } == [0])
        let text = TextDocument("Calificó las demandas como no talleres. Llegaron 12.000 tropas y 300 tropas.")
        let findings = aligner.align(text).findings
        #expect(findings == eager.align(text).findings)
        #expect(Set(findings.map(\.entryID)) == ["non-starters", "troops"])
        #expect(Set(decodes.withLock { $0 }) == [0, 1, 2])
        #expect(decodes.withLock { $0 }.count == 3)
        #expect(aligner.count(text).findingsBySeverity.values.reduce(0, +) == findings.count)
        #expect(decodes.withLock { $0 }.count == 3)
    }

    /// Every word of the image set in turn to values that fall in and out of range, with
    /// the checksum made valid again: reading it fails, or every entry decodes.
    @Test func anImageForgedWithAValidChecksumFailsWhenReadNeverWhenDecoded() throws {
        let glossary = try Glossary(entries: [GlossaryCacheTests.richEntry])
        let image = try #require(CompiledGlossary(aligner: Aligner(glossary: glossary), warnings: []).image())
        var read = 0
        for offset in stride(from: 24, to: image.count, by: 4) {
            for value: UInt32 in [0, 1, 2, 3, 7, 0xFFFF_FFFF] {
                var forged = image
                withUnsafeBytes(of: value.littleEndian) { forged.replaceSubrange(offset..<offset + 4, with: $0) }
                var hash = FastHash()
                hash.combine(Array(forged[24...]))
                withUnsafeBytes(of: hash.value.littleEndian) { forged.replaceSubrange(16..<24, with: $0) }
                guard let decoded = try? CompiledGlossary(image: forged) else { continue }
                read += 1
                for index in 0..<decoded.glossary.entryCount { _ = decoded.glossary.entry(at: index) }
                #expect(decoded.glossary.entries.count == decoded.glossary.entryCount)
            }
        }
        // Some forgeries are sound images (a severity or a line number changed).
        #expect(read > 0)
    }

    /// Past ``DeferredEntries/cacheCapacity`` entries decoded, an entry is decoded each time
    /// it is read, and still the right one: memory stays bounded where findings are dense.
    @Test func pastItsCapacityAnEntryIsDecodedEachTimeItIsRead() {
        let count = DeferredEntries.cacheCapacity + 10
        let decodes = Mutex(0)
        let deferred = DeferredEntries(
            summaries: Array(repeating: EntrySummary(flags: [], severity: .minor), count: count)
        ) { index in
            decodes.withLock { $0 += 1 }
            return Fixtures.entry("e\(index)", wrong: ["w\(index)"], suggestions: ["s"])
        }
        for _ in 0..<2 {
            for index in 0..<count { #expect(deferred.entry(at: index).id == "e\(index)") }
        }
        #expect(decodes.withLock { $0 } == count + 10)
        #expect(deferred.all.map(\.id) == (0..<count).map { "e\($0)" })
        #expect(deferred.entry(at: count - 1).id == "e\(count - 1)")
        #expect(decodes.withLock { $0 } == count + 20)
    }
}
