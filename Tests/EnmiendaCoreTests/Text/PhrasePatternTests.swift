import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// ``PhrasePattern/foldedBytes(_:)`` writes the folded tokens joined by single spaces
/// into one array, and ``LineIndex/scalarCount(_:from:to:)`` counts code points eight
/// bytes at a time: both give what the plain definitions give.
@Suite struct PhrasePatternTests {
    private static let phrases = [
        "", " ", "a", "No talleres", "  «Las demandas»  son\tno\ntalleres…  ", "E\u{301}l llego\u{301} ¿tarde?",
        "an\u{303}o", "tal\u{AD}leres 12,000 tropas 3,5 km", "😀 emoji😀x", "ÀÉÎÕÜ ÇÑ ß œ ﬁ", "a--b—c", "“x” ‘y’ \"z\"",
        "\u{200B}\u{FEFF}palabra\u{200D}", "日本語 テキスト", "I.B.M. 5 PM", "\u{301}inicio", "x\u{0}y\u{7F}z",
    ]

    @Test func foldedBytesAreTheFoldedTokensJoinedBySpaces() {
        for phrase in Self.phrases {
            let joined = Array(PhrasePattern.folded(phrase).joined(separator: " ").utf8)
            #expect(PhrasePattern.foldedBytes(phrase) == joined, "\(phrase.debugDescription)")
        }
    }

    @Test func scalarCountCountsEveryByteThatStartsACodePoint() {
        var generator = SeededGenerator(state: 5)
        let pieces = ["a", " ", "ñ", "€", "😀", "\n", "e\u{301}", "日"]
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                pieces[Int.random(in: pieces.indices, using: &generator)]
            }.joined()
            let bytes = Array(text.utf8)
            for start in 0...min(bytes.count, 9) {
                for end in stride(from: start, through: bytes.count, by: 3) {
                    let expected = bytes[start..<end].count { $0 & 0xC0 != 0x80 }
                    #expect(LineIndex.scalarCount(bytes, from: start, to: end) == expected)
                }
            }
            #expect(LineIndex.scalarCount(bytes, from: 0, to: bytes.count) == text.unicodeScalars.count)
        }
    }
}
