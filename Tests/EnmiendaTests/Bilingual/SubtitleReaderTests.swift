import EnmiendaTestSupport
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// SRT and WebVTT subtitles: each cue's text is a segment; numbers, identifiers, timing
/// lines and WebVTT headers, notes, styles and regions are never checked or changed.
@Suite struct SubtitleReaderTests {
    private static let srt = """
        1
        00:00:01,000 --> 00:00:04,000
        La reunión tomará
        lugar el lunes.

        2
        00:00:05,500 --> 00:00:07,250 X1:100 X2:200 Y1:10 Y2:20
        Las demandas son no talleres.

        3
        00:01:00,000 --> 00:01:02,000

        10
        01:02:03,004 --> 01:02:05,000
        Envió rondas de municiones.

        """

    private static let vtt = """
        WEBVTT - Reunión tomará lugar
        Kind: captions

        NOTE tomará lugar
        en una nota

        STYLE
        ::cue { color: yellow }

        REGION
        id:abajo width:40%

        intro
        00:01.000 --> 00:04.000 line:0 position:20% align:start
        La reunión tomará
        lugar el lunes.

        00:00:05.000 --> 00:00:07.000
        <v Ana>Las demandas son no talleres.

        """

    private func texts(_ document: SegmentedDocument) -> [String] {
        document.segments.map { String(decoding: $0.text, as: UTF8.self) }
    }

    private func aligner() throws -> Aligner {
        Aligner(glossary: try Glossary.builtIn)
    }

    @Test func srtCuesAreSegmentsWithTheirNumbersAsIDs() throws {
        let document = try SubtitleReader.read(TextDocument(Self.srt))
        #expect(document.format == "SRT")
        #expect(document.segments.map(\.id) == ["1", "2", "10"])
        #expect(
            texts(document) == [
                "La reunión tomará\nlugar el lunes.", "Las demandas son no talleres.", "Envió rondas de municiones.",
            ])
        #expect(document.segments.allSatisfy { $0.source == nil && $0.runs.allSatisfy { $0.kind == .text } })
    }

    @Test func webVTTCuesAreSegmentsAndHeaderNotesStylesAndRegionsAreNot() throws {
        let document = try SubtitleReader.read(TextDocument(Self.vtt))
        #expect(document.format == "WebVTT")
        #expect(document.segments.map(\.id) == ["intro", "cue 2"])
        #expect(
            texts(document) == ["La reunión tomará\nlugar el lunes.", "Las demandas son no talleres."])
    }

    @Test(arguments: [srt, vtt])
    func timeCodesNumbersAndHeadersAreByteIdenticalAfterCorrection(_ text: String) throws {
        let document = try SubtitleReader.read(TextDocument(text))
        let alignment = try aligner().align(document)
        #expect(alignment.findings.count >= 2)
        // The lines that hold cue text (tags in them are markup, kept).
        let bytes = Array(text.utf8)
        var textLines: Set<Int> = []
        for run in document.segments.flatMap(\.runs) {
            textLines.insert(bytes[..<run.fileRange.lowerBound].count { $0 == 0x0A })
            textLines.insert(bytes[..<run.fileRange.upperBound].count { $0 == 0x0A })
        }
        let before = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let after = alignment.correctedText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(before.count == after.count)
        for (line, (old, new)) in zip(before, after).enumerated() where !textLines.contains(line) {
            #expect(old == new)
        }
        #expect(alignment.correctedText.contains("tendrá\nlugar el lunes."))
        #expect(alignment.correctedText.contains("Las demandas son inviables."))
    }

    @Test func aNumberInATimeCodeIsNeverAFinding() throws {
        let text = """
            1
            00:00:01,000 --> 00:00:04,000
            PM y AM son siglas inglesas.

            2
            00:00:05,000 --> 00:00:09,000
            Llega a las 5 PM.

            """
        // Read as plain text, the time code and the next line make a match.
        let plain = try aligner().align(TextDocument(text))
        #expect(plain.findings.contains { $0.location.line == 2 })
        let alignment = try aligner().align(SubtitleReader.read(TextDocument(text)))
        #expect(alignment.findings.map(\.location.line) == [7])
        #expect(alignment.findings.map(\.segment?.id) == ["2"])
    }

    @Test func crlfLineEndsAreKept() throws {
        let crlf = Self.srt.replacingOccurrences(of: "\n", with: "\r\n")
        let document = try SubtitleReader.read(TextDocument(crlf))
        #expect(document.segments.map(\.id) == ["1", "2", "10"])
        #expect(texts(document).first == "La reunión tomará\r\nlugar el lunes.")
        let corrected = try aligner().align(document).correctedText
        let expected = try aligner().align(SubtitleReader.read(TextDocument(Self.srt))).correctedText
        #expect(corrected == expected.replacingOccurrences(of: "\n", with: "\r\n"))
        let vtt = Self.vtt.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try SubtitleReader.read(TextDocument(vtt)).segments.map(\.id) == ["intro", "cue 2"])
    }

    @Test func cuesWithoutNumbersRepeatedIDsAndAByteOrderMark() throws {
        let text = """
            \u{FEFF}00:00:01,000 --> 00:00:02,000
            Uno

            7
            00:00:03,000 --> 00:00:04,000
            Dos

            7
            00:00:05,000 --> 00:00:06,000
            Tres

            """
        let document = try SubtitleReader.read(TextDocument(text))
        #expect(document.segments.map(\.id) == ["cue 1", "7", "7 (2)"])
        #expect(texts(document) == ["Uno", "Dos", "Tres"])
    }

    @Test(arguments: [
        ("1\n00:00:01,000 -> 00:00:04,000\nHola\n", 2, 14, "expected -->"),
        ("1\n00:00:61,000 --> 00:00:64,000\nHola\n", 2, 7, "seconds under 60"),
        ("1\n00:60:01,000 --> 00:00:04,000\nHola\n", 2, 4, "minutes under 60"),
        ("1\n00:00:01,00 --> 00:00:04,000\nHola\n", 2, 12, "three digits of milliseconds"),
        ("1\n00:00:01,000 --> 00:00:04,000x\nHola\n", 2, 30, "a blank before the coordinates"),
        ("1\n00:01,000 --> 00:00:04,000\nHola\n", 2, 6, "expected a time"),
        ("1\n00:00:01,000 --> \nHola\n", 2, 18, "expected a time"),
        ("1\n", 1, 2, "cue 1 has no timing line"),
        ("1\n00:00:01,000 --> 00:00:02,000\nHola\n\nAdiós\n", 5, 1, "expected a time"),
        ("WEBVTT\n\n00:01,000 --> 00:04.000\nHola\n", 3, 6, "HH:MM:SS.mmm or MM:SS.mmm"),
        ("WEBVTT\n\nintro\nHola\n", 4, 1, "expected a time"),
        ("WEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:04.000 ñ\r\nHola\r\n\r\n2\r\n00:0x\r\n", 8, 5, "expected a time"),
    ])
    func malformedTimingLinesAreLocated(_ text: String, _ line: Int, _ column: Int, _ message: String) throws {
        let error = try #require(throws: InputError.self) {
            try SubtitleReader.read(TextDocument(text, path: "film.srt"))
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(path: "film.srt", line: line, column: column))
        #expect(diagnostic.message.contains(message), "\(diagnostic.message)")
    }

    @Test(arguments: [srt, vtt])
    func everyPrefixIsReadOrRefusedWithALocation(_ text: String) throws {
        let bytes = Array(text.utf8)
        for end in 0...bytes.count {
            guard let document = try? TextDocument(bytes: Array(bytes[..<end]), path: "s.srt") else { continue }
            do {
                let segmented = try SubtitleReader.read(document)
                #expect(segmented.segments.allSatisfy { !$0.text.isEmpty })
            } catch {
                let location = try #require(error.diagnostics.first?.location)
                #expect(location.line >= 1 && location.column >= 1)
            }
        }
    }

    @Test func subtitlesAreToldByTheirContent() {
        #expect(SubtitleReader.looksLikeWebVTT(Array("WEBVTT\n\n".utf8)))
        #expect(SubtitleReader.looksLikeWebVTT(Array("\u{FEFF}WEBVTT - título\r\n".utf8)))
        #expect(SubtitleReader.looksLikeWebVTT(Array("WEBVTT".utf8)))
        #expect(!SubtitleReader.looksLikeWebVTT(Array("WEBVTTX\n".utf8)))
        #expect(!SubtitleReader.looksLikeWebVTT(Array("Hola\n".utf8)))
        #expect(SubtitleReader.looksLikeSRT(Array(Self.srt.utf8)))
        #expect(SubtitleReader.looksLikeSRT(Array("\u{FEFF}\r\n1\r\n00:00:01,000 --> 00:00:02,000\r\n".utf8)))
        #expect(!SubtitleReader.looksLikeSRT(Array("1\nHola\n".utf8)))
        #expect(!SubtitleReader.looksLikeSRT(Array("2024\n".utf8)))
        #expect(!SubtitleReader.looksLikeSRT(Array(Self.vtt.utf8)))
    }
}
