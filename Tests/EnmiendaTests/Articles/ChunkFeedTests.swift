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

    @Test(arguments: [1, 1_000, 70_000])
    func theChunksAreTheWholeFileCutAsItWouldBeWhole(_ target: Int) throws {
        let bytes = text
        #expect(bytes.count > 3 * ChunkBoundary.window)
        let chunks = try withFile(bytes) { path in
            let reader = try ChunkedReader(path: path)
            defer { reader.close() }
            var start: [UInt8] = []
            let atEnd = try reader.fill(&start, upTo: 10)
            let feed = ChunkFeed(reader: reader, buffer: start, atEnd: atEnd, target: target)
            var chunks: [(index: Int, bytes: [UInt8])] = []
            while let chunk = feed.next() { chunks.append(chunk) }
            #expect(feed.failure == nil)
            return chunks
        }
        #expect(chunks.map(\.index) == Array(chunks.indices))
        #expect(chunks.flatMap(\.bytes) == bytes)
        var cuts: [Int] = []
        for chunk in chunks { cuts.append((cuts.last ?? 0) + chunk.bytes.count) }
        #expect(cuts == wholeCuts(bytes, target: target))
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
