import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Long texts are aligned chunk by chunk; the result must not depend on where the cuts fall.
@Suite struct ChunkingTests {
    private func findings(_ document: TextDocument, chunkSize: Int) throws -> [Finding] {
        Aligner(glossary: try Glossary.builtIn, options: AlignmentOptions(chunkSize: chunkSize)).align(document)
            .findings
    }

    @Test(arguments: [1, 50, 300, 1000])
    func smallChunksFindExactlyWhatOneChunkFinds(_ chunkSize: Int) throws {
        let article = try String(contentsOfFile: Fixtures.path("examples/kim-lavrov.es.txt"), encoding: .utf8)
        let document = TextDocument(Array(repeating: article, count: 5).joined(separator: "\n"), path: "long.txt")
        let whole = try findings(document, chunkSize: 1 << 30)
        #expect(whole.count == 5 * 22)
        #expect(try findings(document, chunkSize: chunkSize) == whole)
    }

    @Test func cutsFallBetweenSentences() {
        let text = Array("Primera frase.\nSegunda frase sin fin\ny sigue. Tercera frase. ¿Cuarta? sí".utf8)
        var cuts: [Int] = []
        var start = 0
        while start < text.count {
            start = ChunkBoundary.end(in: text, from: start, target: 1)
            cuts.append(start)
        }
        let pieces = zip([0] + cuts, cuts).map { String(decoding: text[$0..<$1], as: UTF8.self) }
        #expect(pieces == ["Primera frase.\n", "Segunda frase sin fin\ny sigue. ", "Tercera frase. ", "¿Cuarta? sí"])
    }

    @Test func aTextWithoutBreaksIsCutAtCharacterBoundaries() {
        let text = Array(String(repeating: "ñ", count: 100_000).utf8)
        let cut = ChunkBoundary.end(in: text, from: 0, target: 1001)
        #expect(cut > 1001 && !UTF8.isContinuation(text[cut]))
    }
}

@Suite struct LongSentenceTests {
    @Test func aFindingInAnEndlessSentenceCarriesOnlyTheTextAroundIt() throws {
        let filler = String(repeating: "la guerra sigue en el frente, ", count: 200)
        let text = filler + "son no talleres, " + filler
        let entry = Fixtures.entry("e", wrong: ["no talleres"], suggestions: ["inviables"])
        let finding = try #require(try Fixtures.aligner([entry]).align(TextDocument(text)).findings.first)
        #expect(finding.sentence.utf8.count <= SuggestionEngine.maximumSentenceLength)
        #expect(finding.sentence.contains("son no talleres, la guerra"))
        // Cut at spaces: the excerpt starts after one and ends before one.
        #expect(text.contains(" " + finding.sentence + " "))
        #expect(
            finding.correctedSentence == finding.sentence.replacingOccurrences(of: "no talleres", with: "inviables"))
    }

    @Test(arguments: [1, 2, 4])
    func chunksAlignedInParallelGiveTheSameFindingsInTheSameOrder(_ concurrency: Int) throws {
        let article = try String(contentsOfFile: Fixtures.path("examples/kim-lavrov.es.txt"), encoding: .utf8)
        let document = TextDocument(Array(repeating: article, count: 8).joined(separator: "\n"), path: "long.txt")
        let serial = Aligner(
            glossary: try Glossary.builtIn, options: AlignmentOptions(chunkSize: 1 << 30, concurrency: 1)
        ).align(document)
        let parallel = Aligner(
            glossary: try Glossary.builtIn, options: AlignmentOptions(chunkSize: 500, concurrency: concurrency)
        ).align(document)
        #expect(parallel.findings == serial.findings)
        #expect(parallel.wordCount == serial.wordCount)
    }

    @Test func manyDocumentsAreAlignedInTheirOwnOrder() throws {
        let aligner = Aligner(glossary: try Glossary.builtIn, options: AlignmentOptions(concurrency: 3))
        let documents = (0..<20).map { TextDocument(String(repeating: "Son no talleres. ", count: $0), path: "\($0)") }
        let alignments = aligner.align(documents)
        #expect(alignments.map(\.document.path) == documents.map(\.path))
        #expect(alignments.map(\.findings.count) == Array(0..<20))
    }

    @Test(arguments: [64, 1000, 1 << 20])
    func aStreamedTallyCountsWhatAWholeAlignmentFinds(_ chunkSize: Int) throws {
        let article = try String(contentsOfFile: Fixtures.path("examples/kim-lavrov.es.txt"), encoding: .utf8)
        let text = "\u{FEFF}" + Array(repeating: article, count: 6).joined(separator: "\n")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tally-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let glossary = try Glossary.builtIn
        let whole = Aligner(glossary: glossary).align(try TextDocument(contentsOfFile: file.path))
        let tally = try Aligner(glossary: glossary, options: AlignmentOptions(chunkSize: chunkSize, concurrency: 2))
            .tally(fileAtPath: file.path)
        #expect(tally == Tally(whole))
        #expect(tally.findings == 6 * 22)
        #expect(tally.bytes == text.utf8.count)
    }

    @Test func aStreamedTallyLocatesInvalidUTF8InTheFile() throws {
        var bytes = Array(String(repeating: "Una frase corta.\n", count: 400).utf8)
        bytes += Array("Y aquí ".utf8) + [0xFF] + Array(" sigue.\n".utf8)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).txt")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let aligner = Aligner(glossary: try Glossary.builtIn, options: AlignmentOptions(chunkSize: 100))
        #expect(throws: InputError.self) { try aligner.tally(fileAtPath: file.path) }
        do {
            _ = try aligner.tally(fileAtPath: file.path)
        } catch {
            #expect(error.diagnostics.first?.location.line == 401)
            #expect(error.diagnostics.first?.location.column == 8)
        }
    }
}
