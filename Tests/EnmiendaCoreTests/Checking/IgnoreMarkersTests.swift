import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// Markers in an article that silence entries in place: the next sentence, a stretch up
/// to `enmienda-enable`, or the whole file; the marker lines themselves never checked.
@Suite struct IgnoreMarkersTests {
    private static let entries = [
        Fixtures.entry("non-starters", wrong: ["no talleres"], suggestions: ["inviables"]),
        Fixtures.entry("take-place", wrong: ["tomar lugar"], suggestions: ["tener lugar"]),
    ]

    /// The matched text of each finding left once the markers of `text` are applied, and
    /// the warnings.
    private func remaining(_ text: String) throws -> (found: [String], warnings: [String]) {
        let aligner = try Fixtures.aligner(Self.entries)
        let document = TextDocument(text, path: "a.md")
        let (alignment, warnings) = aligner.applyingIgnoreMarkers(aligner.align(document))
        return (alignment.findings.map(\.matchedText), warnings.map { "\($0.location): warning: \($0.message)" })
    }

    @Test func withoutMarkersEveryFindingStays() throws {
        #expect(try remaining("Son no talleres. Va a tomar lugar.\n").found == ["no talleres", "tomar lugar"])
    }

    @Test func disableNextSentenceSilencesTheNamedEntryInTheNextSentenceOnly() throws {
        let text = """
            <!-- enmienda-disable-next-sentence: non-starters -->
            Son no talleres y va a tomar lugar. Otra vez no talleres.
            Y no talleres.

            """
        #expect(try remaining(text).found == ["tomar lugar", "no talleres", "no talleres"])
    }

    @Test func disableNextSentenceWithoutIdsSilencesEveryEntry() throws {
        let text = "<!-- enmienda-disable-next-sentence -->\nSon no talleres y va a tomar lugar. Son no talleres.\n"
        #expect(try remaining(text).found == ["no talleres"])
    }

    @Test func disableLastsUntilEnable() throws {
        let text = """
            Son no talleres.
            <!-- enmienda-disable: non-starters -->
            Son no talleres. Va a tomar lugar.

            Son no talleres.
            <!-- enmienda-enable: non-starters -->
            Son no talleres.
            """
        #expect(try remaining(text).found == ["no talleres", "tomar lugar", "no talleres"])
    }

    @Test func disableWithoutEnableLastsToTheEnd() throws {
        let text = "Son no talleres.\n<!-- enmienda-disable -->\nSon no talleres. Va a tomar lugar.\n"
        #expect(try remaining(text).found == ["no talleres"])
    }

    @Test func disableFileSilencesTheWholeFileEvenAboveTheMarker() throws {
        let text = "Son no talleres. Va a tomar lugar.\n# enmienda-disable-file: take-place\nVa a tomar lugar.\n"
        #expect(try remaining(text).found == ["no talleres"])
    }

    @Test func theMarkerLinesAreNeverChecked() throws {
        // "no talleres" inside the marker is a finding, and is dropped with the line.
        let text = "<!-- enmienda-disable-next-sentence: take-place no talleres -->\nSon no talleres.\n"
        let (found, warnings) = try remaining(text)
        #expect(found == ["no talleres"])
        #expect(warnings.count == 1)
    }

    @Test func anUnknownIdIsAWarningAtTheMarker() throws {
        let text = "Hola.\n<!-- enmienda-disable-file: non-starters, no-such-entry -->\nSon no talleres.\n"
        let (found, warnings) = try remaining(text)
        #expect(found.isEmpty)
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("a.md:2:1: warning: enmienda-disable-file names 'no-such-entry'") == true)
    }

    @Test(arguments: [
        "Son no talleres, dijo: <!-- enmienda-disable-file -->\n",  // not a line of its own
        "<!-- enmienda-disable-files -->\nSon no talleres.\n",  // not a keyword
        "#enmienda-disable-file\nSon no talleres.\n",  // no space after #
        "<!-- enmienda-disable-file non-starters -->\nSon no talleres.\n",  // ids need a colon
    ])
    func textThatIsNoMarkerSilencesNothing(_ text: String) throws {
        #expect(try remaining(text).found.contains("no talleres"))
    }

    @Test func crlfLinesAndIndentedMarkersAreRead() throws {
        let text = "  <!-- enmienda-disable-next-sentence: non-starters -->\r\nSon no talleres.\r\nSon no talleres.\r\n"
        #expect(try remaining(text).found == ["no talleres"])
    }

    /// A long sentence after a marker is silenced whole (it is read in a window that
    /// grows), and each of many markers in one paragraph silences its own sentence.
    @Test func longSentencesAndManyMarkersInOneParagraph() throws {
        let long = "Son no talleres " + String(repeating: "y muchas palabras más ", count: 200) + "y no talleres."
        #expect(
            try remaining("<!-- enmienda-disable-next-sentence -->\n\(long)\nSon no talleres.\n").found == [
                "no talleres"
            ])
        let paragraph = String(
            repeating: "# enmienda-disable-next-sentence: non-starters\nSon no talleres y va a tomar lugar.\n",
            count: 300)
        let result = try remaining(paragraph)
        #expect(result.found == Array(repeating: "tomar lugar", count: 300))
    }
}
