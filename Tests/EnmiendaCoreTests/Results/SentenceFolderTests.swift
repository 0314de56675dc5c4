import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// A finding from the engine brings its sentence and match folded from the chunk's
/// tokens (``FoldedText``): its fingerprint must be the one the strings give, whatever the
/// text around the match, and it must never be taken for part of the finding's value.
@Suite struct SentenceFolderTests {
    static let entries = [
        Fixtures.entry("non-starters", wrong: ["no talleres"], suggestions: ["inviables"]),
        Fixtures.entry("rounds", wrong: ["rondas de municiones"], suggestions: ["proyectiles"]),
        Fixtures.entry("troops", wrong: ["{number} tropas"], suggestions: ["{number} soldados"]),
        Fixtures.entry("year", wrong: ["año"], suggestions: ["ejercicio"]),
        Fixtures.entry("war-effort", wrong: ["esfuerzo de guerra"], suggestions: ["esfuerzo bélico"]),
    ]

    /// Pieces of text with what folds in context: decomposed accents and a combining
    /// tilde at a token's start (after an `n` it makes `ñ` of it), numbers whose `,` and
    /// `.` are inside or outside them, ignorable and wide characters, punctuation run
    /// into words, and line breaks.
    static let pieces = [
        "no talleres", "No TALLERES", "no\u{AD}talleres", "rondas de municiones", "Rondas  de\nmuniciones",
        "12,000 tropas", "3,5 tropas", "12.000 tropas", "1, tropas", "año", "An\u{303}o", "an\u{303}o", "ano",
        "esfuerzo de guerra", "«esfuerzo de guerra»", "(no talleres)", "no-talleres", "él", "E\u{301}l", "😀", "👍🏽",
        "\u{200D}", "\u{FEFF}", "—", "…", "¿", "?", ".", ". ", ",", ";", "\n", "\n\n", "\t", "\u{A0}", "\u{2028}",
        "x", "palabra", "Ucrania", "12", ",5", "n", "tren", "N", "\u{301}", "\u{20D0}",
    ]

    /// Combining tildes where they make `ñ` of an `n` in the token before, at a token's
    /// start or after marks that fold to nothing.
    static let tildes = ["\u{303}", "\u{301}\u{303}", "\u{20D0}\u{301}\u{303}", "\u{303}no talleres", "con \u{303}año"]

    /// A text of `count` pieces at random, with a tilde now and then and a sentence of
    /// more than the clipping length (1,200 bytes) now and then.
    static func text(_ count: Int, using generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<count {
            if Int.random(in: 0..<200, using: &generator) == 0 {
                text += String(repeating: "palabra año ", count: Int.random(in: 80...160, using: &generator))
            }
            text +=
                Int.random(in: 0..<80, using: &generator) == 0
                ? tildes[Int.random(in: tildes.indices, using: &generator)]
                : pieces[Int.random(in: pieces.indices, using: &generator)]
            if Bool.random(using: &generator) { text += " " }
        }
        return text
    }

    /// Every finding's fingerprint, its folded sentence and its folded match are those
    /// its strings give; both the folded path and the strings' path are taken.
    @Test func foldedFromTokensAsTheStringsFold() throws {
        let aligner = try Fixtures.aligner(Self.entries)
        var generator = SeededGenerator(state: 19)
        var known = 0
        var unknown = 0
        for _ in 0..<300 {
            let text = Self.text(Int.random(in: 1...120, using: &generator), using: &generator)
            for finding in aligner.align(TextDocument(text)).findings {
                var refolded = finding
                refolded.folded = FoldedText()
                #expect(finding.fingerprint == refolded.fingerprint, "\(text.debugDescription)")
                guard finding.folded.isKnown else {
                    unknown += 1
                    continue
                }
                known += 1
                let folded = finding.folded
                #expect(
                    Array(folded.sentence[folded.carried]) == PhrasePattern.foldedBytes(finding.sentence),
                    "\(text.debugDescription)")
                #expect(
                    Array(folded.sentence[folded.match]) == PhrasePattern.foldedBytes(finding.matchedText),
                    "\(text.debugDescription)")
            }
        }
        #expect(known > 1_000)
        #expect(unknown > 10)
    }

    /// The findings of a long sentence, each clipped around its match, share the
    /// sentence's folded bytes, each with its own part.
    @Test func clippedSentencesShareTheirFoldedBytes() throws {
        let aligner = try Fixtures.aligner(Self.entries)
        let long = ["palabra ", "cosa ", "tema "].map { String(repeating: $0, count: 300) + "no talleres " }.joined()
        let findings = aligner.align(TextDocument(long + ".")).findings
        #expect(findings.count == 3)
        for finding in findings {
            #expect(finding.sentence.utf8.count <= SuggestionEngine.maximumSentenceLength)
            #expect(finding.folded.isKnown)
            let folded = finding.folded
            #expect(Array(folded.sentence[folded.carried]) == PhrasePattern.foldedBytes(finding.sentence))
            #expect(Array(folded.sentence[folded.match]) == PhrasePattern.foldedBytes(finding.matchedText))
            #expect(folded.sentence.count > 3 * 300 * 5)
        }
        #expect(Set(findings.map(\.fingerprint)).count == 3)
    }

    /// A combining tilde that makes `ñ` of the `n` of the token before, in the chunk but
    /// not in the finding's sentence alone (the sentence starts or ends between them,
    /// marks that fold to nothing may come first): the sentence is folded from its
    /// string, and the fingerprint is the one the same sentence has after `tres`.
    @Test(arguments: [
        "Vino el tren\n\u{301}\u{303} Son no talleres.", "Vino el tren\n\u{303} Son no talleres.",
        "Vino el tren\n\u{20D0}\u{301}\u{303} Son no talleres.", "Son no talleres en el tren\n\u{301} \u{303} Otra.",
        "Son no talleres en el tren\n\u{301}\u{303} Otra.",
    ])
    func aTildeAcrossTokensFoldsTheString(_ text: String) throws {
        let aligner = try Fixtures.aligner(Self.entries)
        let finding = try #require(aligner.align(TextDocument(text)).findings.first)
        let plain = try #require(
            aligner.align(TextDocument(text.replacingOccurrences(of: "tren", with: "tres"))).findings.first)
        #expect(!finding.folded.isKnown)
        #expect(plain.folded.isKnown)
        var refolded = finding
        refolded.folded = FoldedText()
        #expect(finding.fingerprint == refolded.fingerprint)
        if !finding.sentence.contains("tren") {
            #expect(finding.sentence == plain.sentence)
            #expect(finding.fingerprint == plain.fingerprint)
        }
    }

    /// The untranslated-word check's findings bring folded forms too.
    @Test func untranslatedWordsAreFoldedFromTokens() throws {
        let aligner = try Fixtures.untranslatedAligner()
        let text = "El Gobierno anunció un bailout tras el shortfall del presupuesto y una crackdown policial."
        let findings = aligner.align(TextDocument(text)).findings
        #expect(findings.count == 3)
        for finding in findings {
            #expect(finding.folded.isKnown)
            var refolded = finding
            refolded.folded = FoldedText()
            #expect(finding.fingerprint == refolded.fingerprint)
        }
    }

    /// Folded forms are a cache: a finding equals and hashes as the same finding without
    /// them, and changing its sentence or its matched text drops them.
    @Test func foldedFormsAreNotPartOfTheValue() throws {
        let aligner = try Fixtures.aligner(Self.entries)
        let finding = try #require(aligner.align(TextDocument("Las demandas son no talleres.")).findings.first)
        #expect(finding.folded.isKnown)
        var bare = finding
        bare.folded = FoldedText()
        #expect(bare == finding)
        #expect(Set([bare, finding]).count == 1)
        var edited = finding
        edited.sentence = "Otra frase: no talleres."
        #expect(!edited.folded.isKnown)
        #expect(edited.fingerprint != finding.fingerprint)
        var renamed = finding
        renamed.matchedText = "No talleres"
        #expect(!renamed.folded.isKnown)
        #expect(renamed.fingerprint == finding.fingerprint)
    }
}
