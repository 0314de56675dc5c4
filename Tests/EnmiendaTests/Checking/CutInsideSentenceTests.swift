import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// A text with no sentence end for longer than a chunk is cut inside a sentence; a phrase
/// across the cut must still be found, once, with the sentence the whole text shows.
@Suite struct CutInsideSentenceTests {
    /// Where the phrases start in ``text``.
    private static let phrasesStart = 700 * 8

    /// One endless sentence, longer than the boundary search's window, with three wrong
    /// phrases of the built-in glossary after ``phrasesStart`` bytes.
    private static let text =
        String(repeating: "palabra ", count: 700) + "son no talleres y gastaron rondas de municiones con 12,000 tropas "
        + String(repeating: "palabra ", count: 8_300) + "\n"

    /// Chunk sizes that put the first cut after every space from just before the phrases
    /// to just after them (a cut inside a sentence falls after the first space at or
    /// after the chunk size).
    private static let chunkSizes = Array(text.utf8.enumerated()).compactMap { offset, byte in
        (phrasesStart - 10..<phrasesStart + 70).contains(offset) && byte == UInt8(ascii: " ") ? offset : nil
    }

    /// An aligner with the built-in glossary that cuts documents into chunks of `chunkSize`.
    private static func aligner(chunkSize: Int, concurrency: Int = 1) throws -> Aligner {
        Aligner(compiled: try compiled.get(), options: AlignmentOptions(chunkSize: chunkSize, concurrency: concurrency))
    }

    private static let compiled = Result { Aligner(glossary: try Glossary.builtIn) }

    @Test func everyCutAcrossThePhrasesFindsWhatTheWholeTextFinds() throws {
        let document = TextDocument(Self.text, path: "endless.txt")
        let whole = try Self.aligner(chunkSize: 1 << 30).align(document)
        #expect(whole.findings.count == 3)
        #expect(Self.chunkSizes.count > 10)
        for chunkSize in Self.chunkSizes {
            let aligner = try Self.aligner(chunkSize: chunkSize)
            #expect(aligner.chunks(of: document).count > 1)
            let cut = aligner.align(document)
            #expect(cut.findings == whole.findings, "chunk size \(chunkSize)")
            #expect(cut.wordCount == whole.wordCount, "chunk size \(chunkSize)")
        }
    }

    @Test(arguments: [1, 2])
    func aStreamedTallyCountsThePhrasesAcrossItsCuts(_ concurrency: Int) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("endless-\(UUID().uuidString).txt")
        try Data(Self.text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let whole = Tally(try Self.aligner(chunkSize: 1 << 30).align(try TextDocument(contentsOfFile: file.path)))
        #expect(whole.findings == 3)
        for chunkSize in Self.chunkSizes {
            let aligner = try Self.aligner(chunkSize: chunkSize, concurrency: concurrency)
            #expect(try aligner.tally(fileAtPath: file.path) == whole, "chunk size \(chunkSize)")
        }
    }

    @Test func onlyACutNextToABlankLineReadsNoContext() {
        let bytes = Array("Una frase.\nOtra frase.\n\nsin mayúscula.\r\n\r\nFin.".utf8)
        for cut in [23, 24, 41, 43] {
            #expect(ChunkBoundary.context(around: cut, in: bytes, within: bytes.indices).isEmpty, "\(cut)")
        }
        // After a line that ends a sentence: the next line may go on with it.
        #expect(ChunkBoundary.context(around: 11, in: bytes, within: bytes.indices) == bytes.indices)
    }

    /// A line that ends in a period and a next line in lower case are one sentence; a
    /// chunk cut between them must still show it whole.
    @Test func aSentenceThatGoesOnInTheNextLineIsShownWholeWhereverTheCut() throws {
        let lines = (0..<40).map { "La frase \($0) dice que son no talleres.\nrespaldo \($0) en minúscula.\n" }
        let document = TextDocument(lines.joined(), path: "lines.txt")
        let whole = try Self.aligner(chunkSize: 1 << 30).align(document)
        #expect(whole.findings.count == 40)
        #expect(whole.findings.allSatisfy { $0.sentence.contains("\nrespaldo") })
        for chunkSize in stride(from: 1, to: 200, by: 7) {
            #expect(try Self.aligner(chunkSize: chunkSize).align(document).findings == whole.findings, "\(chunkSize)")
        }
    }

    @Test func aCutInsideASentenceReadsToTheSentenceAroundIt() {
        let before = String(repeating: "antes ", count: 100) + "Fin de una. "
        let sentence = "El " + String(repeating: "palabras ", count: 300) + "del Sr. "
        let after = "Pérez " + String(repeating: "después ", count: 400) + "fin.\nOtra."
        let bytes = Array((before + sentence + after).utf8)
        // After "Sr. ": a sentence end before a capital to the boundary rules, but not to
        // the sentence, which starts at "El" and ends at "fin.".
        let cut = (before + sentence).utf8.count
        let context = ChunkBoundary.context(around: cut, in: bytes, within: bytes.indices)
        #expect(context.lowerBound == before.utf8.count)
        #expect(String(decoding: bytes[context.upperBound - 5..<context.upperBound], as: UTF8.self) == "fin.\n")
    }

    @Test func aCutInAWordlessRunReadsTheMinimumAroundItAtCharacterBoundaries() {
        let bytes = Array(String(repeating: "ñ", count: 100_000).utf8)
        let context = ChunkBoundary.context(around: 100_000, in: bytes, within: bytes.indices)
        #expect(context.count >= 2 * ChunkBoundary.minimumContext)
        #expect(!UTF8.isContinuation(bytes[context.lowerBound]) && !UTF8.isContinuation(bytes[context.upperBound]))
    }
}
