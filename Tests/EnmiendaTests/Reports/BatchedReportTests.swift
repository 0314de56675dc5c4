import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// A plain text reported a batch of chunks at a time (``Aligner/align(_:source:chunksPerBatch:_:)``,
/// the reporters' `DocumentStream`s, ``EditStream``) gives byte for byte what the whole
/// alignment gives, wherever the chunks are cut.
@Suite struct BatchedReportTests {
    /// Lines with findings, CRLF, no-break spaces, characters beyond U+FFFF before matches,
    /// matches across line breaks, a marker region that spans many chunks.
    static let lines = [
        "Ucrania 🇺🇦 calificó las demandas como no talleres y pidió «más» ayuda.",
        "En 2024 😀 Corea del Norte envió tropas para el esfuerzo\r\nde guerra de Rusia.",
        "Kiev ve las propuestas como no\ntalleres.",
        "Nada que decir aquí, ni una palabra.",
        "La Hermandad Fighting Invincible 𝄞 volvió al esfuerzo de guerra.",
        "<!-- enmienda-disable: non-starters -->",
        "Las demandas son no talleres aunque nadie lo diga.",
        "<!-- enmienda-enable: non-starters -->",
        "<!-- enmienda-disable-next-sentence -->",
        "Otra vez no talleres. Y aquí no talleres también.",
        "# enmienda-disable: no-such-entry",
        "Son no talleres,\u{00A0}no\u{00A0}talleres y esfuerzo  de\r\nguerra.",
        "",
    ]

    /// A text of `count` lines drawn from ``lines`` by a seeded generator.
    static func text(seed: UInt64, count: Int, bom: Bool = false) -> String {
        var generator = SeededGenerator(state: seed)
        let body = (0..<count).map { _ in lines[Int(generator.next() % UInt64(lines.count))] }
        return (bom ? "\u{FEFF}" : "") + body.joined(separator: seed % 2 == 0 ? "\n" : "\r\n") + "\n"
    }

    /// The texts compared, by name.
    static let cases = ["mixed", "mixed with a BOM", "no findings", "empty", "one line", "dense"]

    static func document(_ name: String) -> TextDocument {
        let text: String
        switch name {
        case "mixed": text = Self.text(seed: 7, count: 400)
        case "mixed with a BOM": text = Self.text(seed: 8, count: 400, bom: true)
        case "no findings": text = String(repeating: "Nada que decir aquí, ni una palabra.\n", count: 300)
        case "empty": text = ""
        case "one line": text = "Son no talleres."
        default: text = String(repeating: "😀 Son no talleres y el esfuerzo\nde guerra. ", count: 500)
        }
        return TextDocument(text, path: "notas/\(name).txt")
    }

    static func aligner(chunkSize: Int, concurrency: Int) throws -> Aligner {
        Aligner(
            glossary: try ReportCases.trickyGlossary(),
            options: AlignmentOptions(chunkSize: chunkSize, concurrency: concurrency))
    }

    /// The batches of `document`, each without what its ignore markers silence.
    static func batches(_ document: TextDocument, aligner: Aligner) -> [Alignment] {
        let markers = aligner.ignoreMarkers(of: document)
        var batches: [Alignment] = []
        aligner.align(document) { batches.append(markers.apply(to: $0)) }
        return batches
    }

    /// The whole alignment, without what its ignore markers silence.
    static func whole(_ document: TextDocument, aligner: Aligner) -> Alignment {
        aligner.applyingIgnoreMarkers(aligner.align(document)).alignment
    }

    @Test(arguments: cases, [(40, 1), (200, 2), (1000, 3)])
    func batchesHoldTheFindingsAndWordsOfTheWholeAlignment(_ name: String, _ run: (Int, Int)) throws {
        let aligner = try Self.aligner(chunkSize: run.0, concurrency: run.1)
        let document = Self.document(name)
        let whole = Self.whole(document, aligner: aligner)
        let batches = Self.batches(document, aligner: aligner)
        #expect(batches.flatMap(\.findings) == whole.findings)
        #expect(batches.reduce(0) { $0 + $1.wordCount } == whole.wordCount)
        if name == "mixed" { #expect(batches.count > 3) }
        #expect(aligner.ignoreMarkers(of: document).warnings == aligner.applyingIgnoreMarkers(whole).warnings)
    }

    @Test(arguments: cases, [(40, 1), (200, 2), (1000, 3)])
    func aStreamedJSONReportIsTheWholeReport(_ name: String, _ run: (Int, Int)) throws {
        let aligner = try Self.aligner(chunkSize: run.0, concurrency: run.1)
        let document = Self.document(name)
        // Slices of one match, so that several cores write each batch.
        let reporter = JSONReporter(concurrency: run.1)
        var stream = try JSONReporter.DocumentStream(reporter: reporter, document: document)
        for batch in Self.batches(document, aligner: aligner) { stream.add(batch) }
        var output = OutputBuffer()
        try stream.finish(to: &output)
        let whole = reporter.report([Self.whole(document, aligner: aligner)])
        #expect(String(decoding: output.bytes, as: UTF8.self) == whole)
    }

    @Test(arguments: cases, [(40, 1), (200, 2)])
    func aStreamedJSONLineIsTheWholeLine(_ name: String, _ run: (Int, Int)) throws {
        let aligner = try Self.aligner(chunkSize: run.0, concurrency: run.1)
        let document = Self.document(name)
        let reporter = JSONLinesReporter()
        var stream = try JSONLinesReporter.DocumentStream(reporter: reporter, document: document, path: document.path)
        for batch in Self.batches(document, aligner: aligner) { stream.add(batch) }
        var output = OutputBuffer()
        try stream.finish(to: &output)
        let whole = reporter.report([Self.whole(document, aligner: aligner)])
        #expect(String(decoding: output.bytes, as: UTF8.self) == whole)
    }

    @Test(arguments: cases, [nil, 0, 3])
    func aStreamedTextReportIsTheWholeReport(_ name: String, _ maxFindings: Int?) throws {
        let aligner = try Self.aligner(chunkSize: 60, concurrency: 2)
        let document = Self.document(name)
        let reporter = TextReporter(maxFindings: maxFindings)
        var stream = TextReporter.DocumentStream(reporter: reporter, document: document)
        var edits = EditStream(document: document)
        var output = OutputBuffer()
        for batch in Self.batches(document, aligner: aligner) {
            stream.add(words: batch.wordCount)
            for (finding, edit) in edits.add(batch.findings) {
                stream.add(finding, applies: edit != nil, to: &output)
            }
        }
        for (finding, edit) in edits.finish() { stream.add(finding, applies: edit != nil, to: &output) }
        stream.finish(to: &output)
        let whole = reporter.report([Self.whole(document, aligner: aligner)])
        #expect(String(decoding: output.bytes, as: UTF8.self) == whole)
    }

    @Test(arguments: cases, [(40, 1), (200, 2)])
    func editsMadeBatchByBatchAreTheWholeEdits(_ name: String, _ run: (Int, Int)) throws {
        let aligner = try Self.aligner(chunkSize: run.0, concurrency: run.1)
        let document = Self.document(name)
        let whole = Self.whole(document, aligner: aligner)
        var stream = EditStream(document: document)
        var pairs: [(finding: Finding, edit: TextEdit?)] = []
        for batch in Self.batches(document, aligner: aligner) { pairs += stream.add(batch.findings) }
        pairs += stream.finish()
        #expect(pairs.map(\.finding) == whole.findings)
        #expect(pairs.map(\.edit) == whole.edits)
        #expect(TextEdit.apply(pairs.map(\.edit), to: document.bytes) == whole.correctedBytes)
        if name == "mixed" { #expect(whole.correctedBytes != document.bytes) }
    }

    /// An edit that takes the spaces after its match up to the next replacement: the
    /// replacement after it, in the next batch, bounds it as in the whole document.
    @Test(arguments: [1, 5, 12, 30])
    func anEditBesideACutIsBoundedByTheNextBatch(_ chunkSize: Int) throws {
        let entries = [
            Fixtures.entry("two", wrong: ["tomar lugar"], suggestions: ["ocurrir"]),
            Fixtures.entry("one", wrong: ["no talleres"], suggestions: ["inviables"]),
        ]
        let aligner = Aligner(
            glossary: try Glossary(entries: entries), options: AlignmentOptions(chunkSize: chunkSize, concurrency: 1))
        let document = TextDocument(
            String(repeating: "Va a tomar\nlugar\nno talleres. Va a tomar\r\nlugar no talleres.\n", count: 6))
        let whole = aligner.align(document)
        var stream = EditStream(document: document)
        var edits: [TextEdit?] = []
        aligner.align(document) { batch in edits += stream.add(batch.findings).map(\.edit) }
        edits += stream.finish().map(\.edit)
        #expect(!whole.findings.isEmpty)
        #expect(edits == whole.edits)
    }
}
