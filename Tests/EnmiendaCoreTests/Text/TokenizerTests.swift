import EnmiendaTestSupport
import Foundation
import Testing

@testable import EnmiendaCore

@Suite struct TokenizerTests {
    private func tokens(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenize(bytes, in: 0..<bytes.count).tokens.map {
            String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
        }
    }

    private func folded(_ text: String) -> [String] {
        PhrasePattern.folded(text)
    }

    @Test func splitsWordsAndPunctuationWithExactOffsets() {
        let text = "Kim “apoyaría”, dijo."
        let bytes = Array(text.utf8)
        let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
        #expect(tokens(text) == ["Kim", "“", "apoyaría", "”", ",", "dijo", "."])
        #expect(tokenized.tokens[2].start == 7)
        #expect(tokenized.tokens[2].end == 7 + "apoyaría".utf8.count)
    }

    @Test(arguments: ["12,000", "30.000", "3,5", "6000", "2,125"])
    func numbersWithSeparatorsAreOneToken(_ number: String) {
        #expect(tokens("más de \(number) tropas") == ["más", "de", number, "tropas"])
    }

    @Test func sentencePeriodAfterANumberIsNotPartOfIt() {
        #expect(tokens("unos 6,000. Luego") == ["unos", "6,000", ".", "Luego"])
    }

    @Test func foldingIgnoresCaseAndAccentsButNotEñe() {
        #expect(folded("MUNICIÓN Pingüino") == ["municion", "pinguino"])
        #expect(folded("año") != folded("ano"))
        #expect(folded("AÑO") == ["año"])
    }

    @Test func decomposedAccentsFoldLikePrecomposed() {
        #expect(folded("municio\u{301}n") == folded("munición"))
        #expect(folded("an\u{303}o") == folded("año"))
    }

    @Test func softHyphenAndZeroWidthJoinerInsideAWordAreIgnored() {
        #expect(tokens("tal\u{AD}leres").count == 1)
        #expect(folded("tal\u{AD}le\u{200D}res") == ["talleres"])
    }

    @Test func unicodeSpacesSeparateWords() {
        #expect(
            tokens("no\u{A0}talleres\u{202F}ni\u{2009}rondas\u{200B}ya") == ["no", "talleres", "ni", "rondas", "ya"])
    }

    @Test func quotesAndDashesFoldToOneForm() {
        #expect(folded("«a» “b” ‘c’ — d") == folded("\"a\" \"b\" 'c' - d"))
    }

    /// Punctuation folds without Unicode tables (``ScalarFolding/appendPunctuation(_:to:)``)
    /// exactly as the tables fold it: every scalar of U+0080…U+00BF and U+2010…U+205F,
    /// lowered and decomposed by Foundation, marks dropped, the quotation marks and dashes
    /// mapped as the folding says.
    @Test func punctuationFoldsWithoutTablesAsTheTablesFoldIt() {
        let mapped: [UInt32: String] = [
            0x00AB: "\"", 0x00BB: "\"", 0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x201F: "\"", 0x2033: "\"",
            0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2039: "'", 0x203A: "'", 0x2032: "'",
        ]
        for value in Array(0x80...0xBF) + Array(0x2010...0x205F) {
            let scalar = UInt32(value)
            let character = String(Unicode.Scalar(scalar)!)
            let expected =
                mapped[scalar]
                ?? ((0x2010...0x2015).contains(scalar)
                    ? "-"
                    : String(
                        String.UnicodeScalarView(
                            character.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                                !ScalarFolding.isCombiningMark($0.value)
                            })))
            var folded: [UInt8] = []
            #expect(ScalarFolding.appendPunctuation(scalar, to: &folded))
            #expect(folded == Array(expected.utf8), "U+\(String(scalar, radix: 16))")
        }
        var none: [UInt8] = []
        #expect(!ScalarFolding.appendPunctuation(0xC1, to: &none) && none.isEmpty)
        #expect(!ScalarFolding.appendPunctuation(0x0301, to: &none) && none.isEmpty)
    }

    /// Scalars folded with Unicode's tables are remembered (``ScalarFolding``'s memo): the
    /// first and the later foldings of each, after `n` or after nothing, equal lowering and
    /// decomposing it there and then, over Latin Extended, Greek, Cyrillic, Latin Extended
    /// Additional, arrows and mathematical brackets.
    @Test func rememberedFoldsEqualTheTablesEveryTime() {
        func reference(_ scalar: UInt32, after prefix: [UInt8]) -> [UInt8] {
            var output = prefix
            if ScalarFolding.isCombiningMark(scalar) {
                if scalar == 0x0303, output.last == UInt8(ascii: "n") {
                    output.replaceSubrange(output.count - 1..<output.count, with: [0xC3, 0xB1])
                }
                return output
            }
            for part in String(Unicode.Scalar(scalar)!).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            {
                if part.value == 0x0303, output.last == UInt8(ascii: "n") {
                    output.replaceSubrange(output.count - 1..<output.count, with: [0xC3, 0xB1])
                } else if !ScalarFolding.isCombiningMark(part.value) {
                    output += Array(String(part).utf8)
                }
            }
            return output
        }
        let scalars = Array(0x100...0x4FF) + Array(0x1E00...0x1FFF) + Array(0x2190...0x21FF) + [0x27E8, 0x27E9, 0xAC00]
        for _ in 0..<2 {
            for value in scalars where Unicode.Scalar(UInt32(value)) != nil {
                for prefix in [[], [UInt8(ascii: "n")]] as [[UInt8]] {
                    var folded = prefix
                    ScalarFolding.append(UInt32(value), to: &folded)
                    #expect(folded == reference(UInt32(value), after: prefix), "U+\(String(value, radix: 16))")
                }
            }
        }
    }

    /// The fast paths (ASCII runs copied and lowered at once) fold and hash every token as
    /// folding it a character at a time would, on seeded random mixes of upper and lower
    /// case, digits, separators, accents, combining marks, ñ and invisible characters.
    @Test func everyTokenFoldsAndHashesAsItsCharactersOneByOne() {
        let pieces = [
            "a", "Z", "m", "Q", "0", "7", " ", "  ", "\n", ".", ",", "-", "¿", "«", "á", "É", "ñ", "Ñ", "n\u{303}",
            "e\u{301}", "\u{AD}", "\u{200D}", "ü", "ß", "Ⅻ", "Ｏ", "ǅ", "😀", "’", "12,000", "3.5", "ABC", "xyz",
            "한", "ΐ", "İ", "ẞ", "×", "÷", "Ç", "Æ", "ÿ", "Ø", "\u{C3}",
        ]
        var generator = SeededGenerator(state: 7)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
                pieces[Int.random(in: pieces.indices, using: &generator)]
            }.joined()
            let bytes = Array(text.utf8)
            let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
            for token in tokenized.tokens {
                var expected: [UInt8] = []
                for scalar in String(decoding: bytes[token.start..<token.end], as: UTF8.self).unicodeScalars
                where Tokenizer.classify(scalar.value) != .ignorable {
                    ScalarFolding.append(scalar.value, to: &expected)
                }
                let folded = Array(tokenized.foldedBytes[token.foldedStart..<token.foldedEnd])
                #expect(folded == expected, "\(text.debugDescription)")
                let hash = folded.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
                #expect(token.foldedHash == hash, "\(text.debugDescription)")
                #expect(token.isASCII == bytes[token.start..<token.end].allSatisfy { $0 < 0x80 })
            }
        }
    }

    /// Folding writes fewer bytes than it reads, but for letters that decompose (a Hangul
    /// syllable folds to three jamo: 9 bytes for 3): a text made of them folds to about
    /// three times its length, and every token still folds as its characters do.
    @Test func textThatFoldsLongerThanItselfFoldsWhole() {
        let text = String(repeating: "한국어 ", count: 4_000) + "ΐΰ " + String(repeating: "한", count: 5_000)
        let bytes = Array(text.utf8)
        let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
        var expected: [UInt8] = []
        for scalar in text.unicodeScalars where scalar != " " { ScalarFolding.append(scalar.value, to: &expected) }
        #expect(tokenized.tokens.count == 4_002)
        #expect(tokenized.foldedBytes == expected)
        #expect(tokenized.foldedBytes.count > 2 * bytes.count)
    }
}
