import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// ``ChunkFeed``: a file handed out in chunks cut where ``ChunkBoundary`` cuts the whole
/// file, in order, whoever takes them.
@Suite struct ChunkFeedTests {
    /// A file of `bytes`, removed after `body`.
    private func withFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString).txt")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try body(file.path)
    }

    /// The cuts of `bytes` by ``ChunkBoundary`` over the whole text.
    private func wholeCuts(_ bytes: [UInt8], target: Int) -> [Int] {
        var cuts: [Int] = []
        var start = 0
        while start < bytes.count {
            start = ChunkBoundary.end(in: bytes, from: start, target: target)
            cuts.append(start)
        }
        return cuts
    }

    /// Sentences and lines of many lengths, longer than the boundary search's window.
    private var text: [UInt8] {
        var text = ""
        for index in 0..<6_000 {
            text += "Frase número \(index) con ñ y acentos: canción"
            text += index % 7 == 0 ? ".\n" : index % 5 == 0 ? " sin fin\n" : ". "
        }
        return Array(text.utf8)
    }

    /// One sentence with no end, longer than the boundary search's window: every cut in
    /// it falls at a space, and the chunks read the context around it.
    private var endlessText: [UInt8] {
        Array((0..<12_000).map { "palabra número \($0) con ñ " }.joined().utf8)
    }

    @Test(arguments: [(1, false), (1_000, false), (70_000, false), (20_000, true), (70_000, true)])
    func theChunksAreTheWholeFileCutAsItWouldBeWhole(_ target: Int, endless: Bool) throws {
        let bytes = endless ? endlessText : text
        #expect(bytes.count > 3 * ChunkBoundary.window)
        let chunks = try withFile(bytes) { path in
            let reader = try ChunkedReader(path: path)
            defer { reader.close() }
            var start: [UInt8] = []
            let atEnd = try reader.fill(&start, upTo: 10)
            let feed = ChunkFeed(reader: reader, buffer: start, atEnd: atEnd, target: target)
            var chunks: [(index: Int, bytes: [UInt8], owned: Range<Int>)] = []
            while let chunk = feed.next() { chunks.append(chunk) }
            #expect(feed.failure == nil)
            return chunks
        }
        #expect(chunks.map(\.index) == Array(chunks.indices))
        #expect(chunks.flatMap { $0.bytes[$0.owned] } == bytes)
        var cuts: [Int] = []
        for chunk in chunks { cuts.append((cuts.last ?? 0) + chunk.owned.count) }
        #expect(cuts == wholeCuts(bytes, target: target))
        // Each chunk comes with the file's bytes around it, enough to read the context
        // around its cuts as the whole file gives it.
        var contexts = 0
        for (chunk, start) in zip(chunks, [0] + cuts) {
            let shift = start - chunk.owned.lowerBound
            #expect(chunk.bytes[...] == bytes[shift..<min(bytes.count, shift + chunk.bytes.count)])
            let fed = AlignmentChunk(range: chunk.owned, in: chunk.bytes, within: chunk.bytes.indices)
            let whole = AlignmentChunk(range: start..<start + chunk.owned.count, in: bytes, within: bytes.indices)
            #expect(fed.scanned.lowerBound + shift == whole.scanned.lowerBound)
            #expect(fed.scanned.upperBound + shift == whole.scanned.upperBound)
            if whole.readsContext { contexts += 1 }
        }
        // No blank line in either text: every chunk reads some context.
        #expect(contexts == chunks.count)
    }

    @Test func aStoppedFeedHandsOutNothingMore() throws {
        try withFile(text) { path in
            let reader = try ChunkedReader(path: path)
            defer { reader.close() }
            let feed = ChunkFeed(reader: reader, buffer: [], atEnd: false, target: 100)
            #expect(feed.next()?.index == 0)
            feed.stop()
            #expect(feed.next() == nil)
        }
    }

    @Test(arguments: [1, 2, 3])
    func aStreamedTallyLocatesTheFirstOfSeveralInvalidBytes(_ concurrency: Int) throws {
        var bytes = Array(String(repeating: "Una frase corta.\n", count: 300).utf8)
        bytes += Array("Y aquí ".utf8) + [0xC3] + Array(" sigue.\n".utf8)
        bytes += Array(String(repeating: "Otra frase.\n", count: 300).utf8) + [0xFF]
        try withFile(bytes) { path in
            let aligner = Aligner(
                glossary: try Glossary.builtIn, options: AlignmentOptions(chunkSize: 64, concurrency: concurrency))
            let error = try #require(throws: InputError.self) { try aligner.tally(fileAtPath: path) }
            #expect(error.diagnostics.first?.location.line == 301)
            #expect(error.diagnostics.first?.location.column == 8)
        }
    }

    /// A streamed tally names an invalid byte where the whole file read at once names it,
    /// whatever ends the lines (`\n`, `\r\n`, a lone `\r`) and wherever a chunk is cut,
    /// between the `\r` and the `\n` of a pair included.
    @Test(arguments: ["\n", "\r\n", "\r", "\r\r\n", "\n\r"])
    func aStreamedTallyCountsLinesAsTheWholeFileDoes(_ lineEnd: String) throws {
        for shift in 0..<6 {
            var bytes = Array(String(repeating: "x", count: shift).utf8)
            for line in 0..<200 { bytes += Array("Frase número \(line).\(lineEnd)".utf8) }
            bytes += Array("Y aquí".utf8) + [0x80] + Array(" sigue.".utf8)
            let expected = try #require(throws: InputError.self) { try TextDocument(bytes: bytes, path: "f.txt") }
            try withFile(bytes) { path in
                for chunkSize in [16, 64, 100] {
                    let aligner = Aligner(
                        glossary: try Glossary.builtIn,
                        options: AlignmentOptions(chunkSize: chunkSize, concurrency: 1))
                    let error = try #require(throws: InputError.self) { try aligner.tally(fileAtPath: path) }
                    let found = try #require(error.diagnostics.first)
                    let wanted = try #require(expected.diagnostics.first)
                    #expect(
                        found.location.line == wanted.location.line, "\(lineEnd.debugDescription) \(shift) \(chunkSize)"
                    )
                    #expect(
                        found.location.column == wanted.location.column,
                        "\(lineEnd.debugDescription) \(shift) \(chunkSize)")
                    #expect(found.message == wanted.message)
                }
            }
        }
    }
}
