import Testing

@testable import EnmiendaCore

@Suite struct AccentGuardLoweringTests {
    private static let words = [
        "ejército", "EJÉRCITO", "Ejército", "ejercito", "AÑO", "año", "Año", "ano", "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ",
        "×", "÷", "ß", "ÿ", "İstanbul", "ΣΟΦΙΑ", "Ǆemal", "Straße", "naïve", "ﬁnal", "e\u{301}", "E\u{301}", "",
        "a", "Z", "@[`{", "12,000", "Ĳssel", "ŒUVRE",
    ]

    /// What the byte path answers is what `String.lowercased()` answers, whenever it
    /// answers at all; for ASCII and Latin-1 it always answers.
    @Test func loweringOnBytesAgreesWithStringLowercasing() {
        for raw in Self.words {
            let bytes = Array(raw.utf8)
            let isLatin1 = raw.unicodeScalars.allSatisfy { $0.value < 0x100 }
            for expected in Self.words.map({ $0.lowercased() }) + Self.words {
                let answered = AccentGuard.lowers(bytes[...], to: expected)
                if answered { #expect(raw.lowercased() == expected, "\(raw) → \(expected)") }
                if isLatin1, raw.lowercased() == expected {
                    #expect(answered, "\(raw) → \(expected)")
                }
            }
        }
    }

    @Test func aLongerOrShorterSpellingIsNotTheSame() {
        #expect(!AccentGuard.lowers(Array("EJÉRCITO".utf8)[...], to: "ejércitos"))
        #expect(!AccentGuard.lowers(Array("EJÉRCITOS".utf8)[...], to: "ejército"))
        #expect(!AccentGuard.lowers(Array("ejercito".utf8)[...], to: "ejército"))
        #expect(AccentGuard.lowers(Array("EJÉRCITO".utf8)[...], to: "ejército"))
        // A lead byte cut off at the end.
        #expect(!AccentGuard.lowers(Array("añ".utf8).dropLast(), to: "a\u{C3}"))
    }
}
