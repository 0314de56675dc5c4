import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// The JSON, text and corrections XML reporters write into an ``OutputBuffer`` as they go; their bytes are
/// those of the reporters that built the whole report first (``ReferenceJSONReporter``,
/// ``ReferenceTextReporter``, ``ReferenceCorrectionsXMLReporter``), whatever the documents, the number of cores and the size of
/// the buffer.
@Suite struct StreamingReportTests {
    /// The runs compared, by name.
    static let cases = [
        "example", "tricky", "tricky, first alone", "no documents", "no findings", "no findings and some",
        "odd characters", "odd characters alone", "segments", "segments and text", "dense",
    ]

    static func alignments(_ name: String) throws -> [Alignment] {
        let tricky = Aligner(glossary: try ReportCases.trickyGlossary())
        let document = { (text: String, path: String) in try TextDocument(bytes: Array(text.utf8), path: path) }
        switch name {
        case "example": return try ReportCases.example()
        case "tricky": return try ReportCases.tricky()
        case "tricky, first alone": return [try ReportCases.tricky()[0]]
        case "no documents": return []
        case "no findings": return [tricky.align(try document("Nada que decir aquí.\n", "nada.txt"))]
        case "no findings and some":
            return [tricky.align(try document("", "vacío.txt"))] + (try ReportCases.tricky())
        case "odd characters", "odd characters alone":
            let odd = try document(oddText, "odd \"dir\"\\x\ty\u{01}.txt")
            let plain = try document("Dijo: \"no talleres\" \\ sin\u{7F}más.\n", "b.txt")
            return name == "odd characters" ? [tricky.align(odd), tricky.align(plain)] : [tricky.align(odd)]
        case "segments", "segments and text":
            let aligner = Aligner(glossary: try Glossary.builtIn)
            let xliff = aligner.align(try Article(document: TextDocument(xliff, path: "a.xlf")))
            let text = aligner.align(try document("Son no talleres.\r\n", "a.txt"))
            return name == "segments" ? [xliff] : [xliff, text]
        default:
            // More findings than one round of slices on three cores, with emoji before them.
            let line = "😀 «las demandas» como no talleres y el \"esfuerzo de guerra\" \\ 🇰🇵.\r\n"
            let big = try document(String(repeating: line, count: 2_000), "densa.txt")
            return [tricky.align(big), tricky.align(try document(line, "una.txt"))]
        }
    }

    /// Quotes, backslashes, control characters, characters beyond U+FFFF, CRLF and a
    /// byte-order mark around matches.
    static let oddText =
        "\u{FEFF}Las demandas son \"no talleres\" \\ barra\u{01}\u{1F} 😀 y no talleres.\r\n"
        + "El esfuerzo\r\nde guerra 🙂 tomó lugar; 𝄞 «no talleres»\tfin \u{1F1F0}\u{1F1F5}\r\n"
        + "\u{0B}No talleres\u{0C}\u{1B}[1m no talleres \u{E9}\u{301}\n"

    /// A bilingual file: findings with segments, source segments with quotes.
    static let xliff = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file source-language="en" target-language="es" datatype="plaintext" original="a.txt">
            <body>
              <trans-unit id="1"><source>Those are "non-starters" \\ ok.</source><target>Son no talleres "x" \\ 😀.</target></trans-unit>
              <trans-unit id="u&quot;2"><source>Non-starters.</source><target>Los esfuerzos son no talleres.</target></trans-unit>
              <trans-unit id="3"><target>Son no talleres.</target></trans-unit>
            </body>
          </file>
        </xliff>

        """

    @Test(arguments: cases)
    func jsonIsTheSameOnEveryNumberOfCores(_ name: String) throws {
        let alignments = try Self.alignments(name)
        let expected = ReferenceJSONReporter().report(alignments)
        for concurrency in [1, 2, 3] {
            let report = JSONReporter(concurrency: concurrency).report(alignments)
            #expect(report == expected, "\(name), \(concurrency) cores")
        }
    }

    @Test(arguments: cases)
    func textIsTheSameWhateverItShows(_ name: String) throws {
        let alignments = try Self.alignments(name)
        // The dense case once: its thousands of diagnostics are slow in a debug build.
        for colored in name == "dense" ? [false] : [false, true] {
            for showsNotes in name == "dense" ? [true] : [true, false] {
                for maxFindings in name == "dense" ? [nil] : [nil, 0, 1, 3] {
                    let expected = ReferenceTextReporter(
                        colored: colored, showsNotes: showsNotes, maxFindings: maxFindings
                    ).report(alignments)
                    let report = TextReporter(colored: colored, showsNotes: showsNotes, maxFindings: maxFindings)
                        .report(alignments)
                    #expect(report == expected, "\(name), \(colored), \(showsNotes), \(maxFindings as Int?)")
                }
            }
        }
    }

    @Test(arguments: cases)
    func correctionsXMLIsTheSame(_ name: String) throws {
        let alignments = try Self.alignments(name)
        #expect(CorrectionsXMLReporter().report(alignments) == ReferenceCorrectionsXMLReporter().report(alignments))
    }

    /// The bytes that `reporter` writes to a file through a buffer of `capacity` bytes.
    private func streamed(_ reporter: some StreamingReporter, _ alignments: [Alignment], capacity: Int) throws
        -> String
    {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID()).out").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        try #require(descriptor >= 0)
        var output = OutputBuffer(writer: DescriptorWriter(descriptor: descriptor, name: path), capacity: capacity)
        reporter.write(alignments, to: &output)
        try output.flush()
        close(descriptor)
        return String(decoding: try FileInput.readBytes(atPath: path), as: UTF8.self)
    }

    @Test(arguments: ["tricky", "odd characters alone", "segments and text", "dense"])
    func aReportWrittenToAFileIsTheReport(_ name: String) throws {
        let alignments = try Self.alignments(name)
        for capacity in [1, 7, 1 << 16] {
            #expect(
                try streamed(JSONReporter(concurrency: 2), alignments, capacity: capacity)
                    == JSONReporter().report(alignments))
            #expect(try streamed(TextReporter(), alignments, capacity: capacity) == TextReporter().report(alignments))
            #expect(
                try streamed(CorrectionsXMLReporter(), alignments, capacity: capacity)
                    == CorrectionsXMLReporter().report(alignments))
        }
    }

    @Test func anAtomicFileIsWrittenAsItStreams() throws {
        let alignments = try Self.alignments("dense")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try AtomicFile.write(to: path) { JSONReporter().write(alignments, to: &$0) }
        #expect(
            String(decoding: try FileInput.readBytes(atPath: path), as: UTF8.self) == JSONReporter().report(alignments))
    }
}
