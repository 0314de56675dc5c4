import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// A segment's text maps to the file's bytes: findings land at file offsets, and
/// corrections replace only words, escaped, around the tags inside them (issue 17).
@Suite struct TextSegmentTests {
    /// `<t>El evento <g>tomará</g> lugar &amp; más.</t>` as a reader would see it.
    private static let file = Array("<t>El evento <g>tomará</g> lugar &amp; más.</t>".utf8)

    private static var segment: TextSegment {
        var runs: [SegmentRun] = []
        var text: [UInt8] = []
        func add(_ fileRange: Range<Int>, _ kind: SegmentRun.Kind, as piece: String? = nil) {
            let bytes = piece.map { Array($0.utf8) } ?? Array(file[fileRange])
            runs.append(SegmentRun(textOffset: text.count, textLength: bytes.count, fileRange: fileRange, kind: kind))
            text += bytes
        }
        add(3..<13, .text)  // "El evento "
        add(16..<23, .text)  // "tomará"
        add(27..<34, .text)  // " lugar "
        add(34..<39, .reference, as: "&")
        add(39..<45, .text)  // " más."
        return TextSegment(id: "1", text: text, runs: runs, source: "The event will take place.", escaping: .xml)
    }

    @Test func theTextLeavesMarkupOutAndDecodesReferences() {
        #expect(String(decoding: Self.segment.text, as: UTF8.self) == "El evento tomará lugar & más.")
    }

    @Test func offsetsMapToTheFileOutsideTags() {
        let segment = Self.segment
        let text = String(decoding: segment.text, as: UTF8.self)
        let start = "El evento ".utf8.count
        #expect(segment.fileStart(ofTextOffset: start) == 16)
        #expect(segment.fileEnd(ofTextOffset: start + "tomará".utf8.count) == 23)
        // "tomará lugar" spans the closing tag.
        #expect(segment.fileRange(ofTextRange: start..<start + "tomará lugar".utf8.count) == 16..<33)
        // The reference is whole.
        let amp =
            text.utf8.firstIndex(of: UInt8(ascii: "&")).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
            ?? 0
        #expect(segment.fileRange(ofTextRange: amp..<amp + 1) == 34..<39)
    }

    private func corrected(_ range: Range<Int>, _ replacement: String) -> String {
        let edits = Self.segment.fileEdits(replacing: range, with: replacement)
        var bytes = Self.file
        for (range, text) in edits.reversed() { bytes.replaceSubrange(range, with: Array(text.utf8)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func aReplacementAcrossATagKeepsItWordByWord() {
        let start = "El evento ".utf8.count
        let range = start..<start + "tomará lugar".utf8.count
        #expect(corrected(range, "tendrá lugar") == "<t>El evento <g>tendrá</g> lugar &amp; más.</t>")
        // Fewer words: the replacement goes where most of the text was, the tags stay.
        #expect(corrected(range, "ocurrirá") == "<t>El evento <g>ocurrirá</g> &amp; más.</t>")
        let place = range.upperBound - "lugar".utf8.count
        // One word for one word: the spaces around it stay.
        #expect(corrected(place - 1..<range.upperBound + 1, "X") == "<t>El evento <g>tomará</g> X &amp; más.</t>")
    }

    @Test func replacementsAreEscapedForTheFormat() {
        let start = "El evento tomará lugar ".utf8.count
        #expect(corrected(start..<start + 1, "y <b>") == "<t>El evento <g>tomará</g> lugar y &lt;b&gt; más.</t>")
        #expect(SegmentEscaping.cString.escape("dijo \"no\"\n\\") == #"dijo \"no\"\n\\"#)
        #expect(SegmentEscaping.none.escape("a & b") == "a & b")
    }

    @Test func findingsAreMovedToTheFileWithTheirSegment() throws {
        let aligner = try Fixtures.aligner([
            Fixtures.entry("take-place", wrong: ["tomará lugar"], suggestions: ["tendrá lugar"])
        ])
        let document = TextDocument(validated: Self.file, path: "a.xlf")
        let alignment = aligner.align(SegmentedDocument(document: document, format: "test", segments: [Self.segment]))
        let finding = try #require(alignment.findings.first)
        #expect(finding.byteRange == 16..<33)
        #expect(finding.location.line == 1 && finding.location.column == 17)
        #expect(finding.scalarOffset == 16)
        #expect(finding.matchedText == "tomará lugar")
        #expect(finding.segment?.id == "1")
        #expect(finding.segment?.byteOffset == 10)
        #expect(finding.segment?.source == "The event will take place.")
        #expect(finding.correctedSentence == "El evento tendrá lugar & más.")
        #expect(
            String(decoding: alignment.correctedBytes, as: UTF8.self)
                == "<t>El evento <g>tendrá</g> lugar &amp; más.</t>")
    }

    /// A gap written as an escape stays between the words (hostile trial: `&#160;` and a
    /// PO `\n` became plain spaces).
    @Test func escapedGapsBetweenReplacedWordsAreKept() {
        let file = Array("<t>tomaron&#160;lugar</t>".utf8)
        let segment = TextSegment(
            id: "1", text: Array("tomaron\u{A0}lugar".utf8),
            runs: [
                SegmentRun(textOffset: 0, textLength: 7, fileRange: 3..<10, kind: .text),
                SegmentRun(textOffset: 7, textLength: 2, fileRange: 10..<16, kind: .reference),
                SegmentRun(textOffset: 9, textLength: 5, fileRange: 16..<21, kind: .text),
            ], source: nil, escaping: .xml)
        let edits = segment.fileEdits(replacing: 0..<14, with: "tuvieron lugar")
        #expect(edits.count == 1 && edits[0].0 == 3..<10 && edits[0].1 == "tuvieron")
        _ = file
    }

    /// Text written into a CDATA section cannot close it (hostile trial: a suggestion or a
    /// typed review with `]]>` injected markup).
    @Test func aLiteralRunInXMLCannotBeClosedByAReplacement() {
        let segment = TextSegment(
            id: "1", text: Array("no talleres".utf8),
            runs: [SegmentRun(textOffset: 0, textLength: 11, fileRange: 20..<31, kind: .literal)], source: nil,
            escaping: .xml)
        let edits = segment.fileEdits(replacing: 0..<11, with: "x]]><y")
        #expect(edits.map(\.1) == ["x]]]]><![CDATA[><y"])
    }

    /// Ids are unique in a segmented document, so a review finds each segment again.
    @Test func repeatedIdsAreNumbered() {
        let bytes = Array("ab".utf8)
        let segments = ["1", "1", "1 (2)"].enumerated().map { index, id in
            TextSegment(id: id, literal: index..<min(index + 1, 2), of: bytes, source: nil)
        }
        let document = SegmentedDocument(
            document: TextDocument(validated: bytes, path: "x"), format: "test", segments: segments)
        #expect(document.segments.map(\.id) == ["1", "1 (3)", "1 (2)"])
    }
}
