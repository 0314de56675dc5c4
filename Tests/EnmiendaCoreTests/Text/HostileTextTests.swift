import EnmiendaTestSupport
import Foundation
import Testing

@testable import EnmiendaCore

/// Articles that are odd, broken or deceptive, each with what a user would expect.
@Suite struct HostileTextTests {
    private let aligner = Result {
        try Fixtures.aligner([Fixtures.entry("e", wrong: ["no talleres"], suggestions: ["inviables"])])
    }

    private func check(_ bytes: [UInt8]) throws -> Alignment {
        try aligner.get().align(TextDocument(bytes: bytes, path: "t.txt"))
    }

    /// Each finding's offsets point at its text in the original bytes, and correcting
    /// nothing else changes.
    private func expectFaithful(_ alignment: Alignment) {
        let bytes = alignment.document.bytes
        for finding in alignment.findings {
            #expect(bytes[finding.byteRange].elementsEqual(finding.matchedText.utf8))
        }
    }

    @Test func lossyReadingReplacesInvalidBytesAndSaysWhere() {
        let bytes = Array("línea\nmal ".utf8) + [0xFF, 0xFE] + Array(" no talleres".utf8)
        let (document, warning) = TextDocument.lossy(bytes: bytes, path: "l.txt")
        #expect(warning?.location == SourceLocation(path: "l.txt", line: 2, column: 5))
        #expect(warning?.message.hasPrefix("invalid UTF-8 at byte offset 11 read as U+FFFD (2 places in all)") == true)
        #expect(document.text == "línea\nmal \u{FFFD}\u{FFFD} no talleres")
        #expect(TextDocument.lossy(bytes: Array("bien \u{FFFD}".utf8), path: "ok.txt").warning == nil)
    }

    @Test func loneCRAndCRLFCountAsLineBreaks() throws {
        let alignment = try check(Array("uno\rdos\r\ntres no talleres".utf8))
        #expect(alignment.findings.first?.location.line == 3)
        #expect(alignment.findings.first?.location.column == 6)
        #expect(alignment.correctedText == "uno\rdos\r\ntres inviables")
    }

    @Test func nulBytesSeparateWordsAndSurvive() throws {
        let bytes = Array("a\u{0}no talleres\u{0}b".utf8)
        let alignment = try check(bytes)
        #expect(alignment.findings.count == 1)
        #expect(alignment.correctedBytes == Array("a\u{0}inviables\u{0}b".utf8))
        expectFaithful(alignment)
    }

    @Test func aUTF16ArticleIsNamedAsSuch() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("no talleres".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect {
            try TextDocument(bytes: bytes, path: "u.txt")
        } throws: { error in
            (error as? InputError)?.diagnostics.first?.message.hasPrefix("the article is UTF-16LE") == true
        }
    }

    @Test func emptyAndBlankFilesHaveNothingToFind() throws {
        #expect(try check([]).findings.isEmpty)
        #expect(try check(UTF8.byteOrderMark).findings.isEmpty)
        #expect(try check(Array(" \n\t\r\n".utf8)).correctedText == " \n\t\r\n")
    }

    @Test(arguments: [
        ("decomposed accent", "no tallere\u{301}s"),
        ("no-break space", "no\u{A0}talleres"),
        ("thin space", "no\u{2009}talleres"),
        ("narrow no-break space", "no\u{202F}talleres"),
        ("soft hyphen inside a word", "no tal\u{AD}leres"),
        ("zero-width joiner inside a word", "no talle\u{200D}res"),
        ("zero-width space between words", "no\u{200B}talleres"),
        ("right-to-left mark", "no \u{200F}talleres"),
        ("left-to-right mark inside a word", "no tal\u{200E}leres"),
        ("fullwidth letters", "ｎｏ ｔａｌｌｅｒｅｓ"),
        ("line break", "no\r\ntalleres"),
    ])
    func lookalikesAlignAsWhatTheyLookLike(_ name: String, _ phrase: String) throws {
        let text = "Son \(phrase), dijo."
        let alignment = try check(Array(text.utf8))
        #expect(alignment.findings.count == 1, "\(name)")
        #expect(alignment.findings.first?.matchedText == phrase, "\(name): offsets cover the original bytes")
        // A line break is kept, in the place of the space before (issue 13).
        let corrected = name == "line break" ? "Son\r\ninviables, dijo." : "Son inviables, dijo."
        #expect(alignment.correctedText == corrected, "\(name)")
        expectFaithful(alignment)
    }

    @Test(arguments: ["“no talleres”", "\"no talleres\"", "«no talleres»", "'no talleres'"])
    func anyQuoteStyleAroundAMatch(_ quoted: String) throws {
        #expect(try check(Array("Son \(quoted).".utf8)).findings.count == 1)
    }

    @Test func differentLettersThatLookAlikeDoNotMatch() throws {
        // Cyrillic о (U+043E) is another letter: a user would not want it "corrected" silently.
        #expect(try check(Array("Son nо talleres.".utf8)).findings.isEmpty)
    }
}
