import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Corrections keep the text's line structure: matches stay inside their sentence and
/// paragraph, line breaks inside a match survive the correction, and no line is joined,
/// split, emptied or padded (issue 13; ../shared/cases/integrity/01, 02 and field case 16).
@Suite struct LineStructureTests {
    static let aligner = Result { Aligner(glossary: try Glossary.builtIn) }
    /// The same with the installed lexicon (the rules alone when it is missing), whose
    /// agreement reaches verbs and predicates.
    static let lexicalAligner = Result {
        Aligner(
            glossary: try Glossary.builtIn,
            options: AlignmentOptions(morphology: SpanishMorphology(lexicon: TestLexicon.loaded.lexicon)))
    }

    private func fixed(_ text: String) throws -> String {
        try Self.aligner.get().align(TextDocument(text)).correctedText
    }

    private func findings(_ text: String) throws -> [Finding] {
        try Self.aligner.get().align(TextDocument(text)).findings
    }

    // MARK: Matches stay inside a sentence and a paragraph

    @Test func noMatchRunsAcrossALineThatStartsWithACapital() throws {
        // A table row of human-written Spanish, and a headline.
        #expect(try findings("Esto es la configuración regional\nChino (República Popular de China)\n").isEmpty)
        #expect(try findings("El plan dice que no\nTalleres del Sur abrirá mañana.\n").isEmpty)
    }

    @Test func noMatchRunsAcrossABlankLine() throws {
        #expect(try findings("Fin del texto. No\n\nTalleres del Sur abrirá mañana.\n").isEmpty)
        #expect(try findings("las demandas como no\n\ntalleres.").isEmpty)
        #expect(try findings("las demandas como no\r\n  \r\ntalleres.").isEmpty)
        #expect(try findings("las demandas como no\u{2029}talleres.").isEmpty)
        // One line break is wrapping, not a paragraph.
        #expect(try findings("las demandas como no\r\ntalleres.").map(\.entryID) == ["non-starters"])
    }

    @Test func aWordTheGlossaryCapitalizesMayStartTheNextLine() throws {
        let text = "Lavrov celebró la “Hermandad\nFighting Invincible” con Corea del Norte.\n"
        #expect(try findings(text).map(\.entryID) == ["invincible-fighting-brotherhood"])
        #expect(try fixed(text) == "Lavrov celebró la “invencible\nhermandad combativa” con Corea del Norte.\n")
    }

    // MARK: Line breaks inside a match are kept

    @Test func aBreakStaysBetweenTheSameWords() throws {
        // ../shared/cases/field/16-fix-merges-wrapped-lines.txt
        let text =
            "La cumbre de la OTAN tomará\nlugar en Madrid el próximo mes, y los aliados jugarán un\nrol clave en las conversaciones.\n"
        #expect(
            try fixed(text)
                == "La cumbre de la OTAN tendrá\nlugar en Madrid el próximo mes, y los aliados desempeñarán un\npapel clave en las conversaciones.\n"
        )
        #expect(try fixed("La cumbre tomará\r\nlugar hoy.") == "La cumbre tendrá\r\nlugar hoy.")
    }

    @Test func aShorterReplacementKeepsTheBreaksInOrder() throws {
        #expect(
            try fixed("Configuración de Red automática de Directorios\nde Casa de las Máquinas\n")
                == "Configuración de Red automática de directorios\npersonales de las Máquinas\n")
    }

    @Test func aBreakWithNoRoomInsideTakesThePlaceOfASpaceBeside() throws {
        #expect(try fixed("Las demandas como no\ntalleres, dijo.\n") == "Las demandas como\ninviables, dijo.\n")
        #expect(try fixed("Las demandas como no\r\ntalleres, dijo.\r\n") == "Las demandas como\r\ninviables, dijo.\r\n")
        #expect(try fixed("Las demandas como no\rtalleres, dijo.\r") == "Las demandas como\rinviables, dijo.\r")
        #expect(try fixed("Son no\ntalleres de hoy.") == "Son inviables\nde hoy.")
        #expect(try fixed("(no\ntalleres)") == "(inviables\n)")
        #expect(try fixed("Dijo:\nno\ntalleres.") == "Dijo:\ninviables\n.")
    }

    @Test func aMatchThatFillsWholeLinesIsLeftForAManualEdit() throws {
        let text = "Titular:\nNo\ntalleres\nfin"
        let alignment = try Self.aligner.get().align(TextDocument(text))
        #expect(alignment.findings.map(\.entryID) == ["non-starters"])
        #expect(alignment.unappliedFindings == alignment.findings)
        #expect(alignment.correctedText == text)
        // Shown on one line, the corrected sentence still carries the correction; the text
        // report says that fix leaves it.
        #expect(alignment.findings[0].correctedSentence.contains("Inviables"))
        #expect(TextReporter().report([alignment]).contains("fix: left for a manual edit"))
        #expect(
            !TextReporter().report([try Self.aligner.get().align(TextDocument("son no\ntalleres"))]).contains("fix:"))
    }

    @Test func aNoBreakSpaceStaysANoBreakSpace() throws {
        #expect(try fixed("Iba a 15\u{A0}mph por la calle.") == "Iba a 15\u{A0}millas por hora por la calle.")
    }

    @Test func theSARIFFixIsTheEditThatFixMakes() throws {
        let text = "Las demandas como no\ntalleres, dijo.\n"
        let alignment = try Self.aligner.get().align(TextDocument(text, path: "a.txt"))
        let sarif = SARIFReporter(glossary: try Glossary.builtIn).report([alignment])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        let fixes = try #require(results.first?["fixes"] as? [[String: Any]])
        let changes = try #require(fixes.first?["artifactChanges"] as? [[String: Any]])
        let replacement = try #require((changes.first?["replacements"] as? [[String: Any]])?.first)
        let region = try #require(replacement["deletedRegion"] as? [String: Any])
        let inserted = try #require(replacement["insertedContent"] as? [String: Any])
        #expect(inserted["text"] as? String == "\ninviables")
        #expect(region["byteOffset"] as? Int == 17)
        #expect(region["byteLength"] as? Int == 12)
        #expect(region["startLine"] as? Int == 1 && region["endLine"] as? Int == 2)
    }

    @Test func languageToolReplacementsKeepTheBreaksThatFitInsideTheMatch() throws {
        let text = "La cumbre tomará\r\nlugar hoy. Son no\ntalleres, dijo."
        let alignment = try Self.aligner.get().align(TextDocument(text, path: "a.txt"))
        let json = JSONReporter().report([alignment])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let matches = try #require(root["matches"] as? [[String: Any]])
        let values = matches.map { match in
            ((match["replacements"] as? [[String: Any]])?.first?["value"] as? String) ?? ""
        }
        // The first fits inside its match; the second needs the space beside, so it is as written.
        #expect(values == ["tendrá\r\nlugar", "inviables"])
    }

    @Test func applyingAReviewKeepsTheLinesAndNamesWhatItLeaves() throws {
        let text = "Las demandas como no\ntalleres, dijo.\nTitular:\nNo\ntalleres\nfin\n"
        let document = TextDocument(text, path: "a.txt")
        let alignment = try Self.aligner.get().align(document)
        #expect(alignment.findings.count == 2)
        let xml = CorrectionsXMLReporter().report([alignment])
        let review = try Review(xml: Array(xml.utf8), path: "review.xml")
        let (bytes, unapplied) = try review.documents[0].corrections(of: document)
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == "Las demandas como\ninviables, dijo.\nTitular:\nNo\ntalleres\nfin\n")
        #expect(unapplied.map(\.line) == [4])
    }

    // MARK: The rule itself

    private func apply(_ text: String, _ range: Range<Int>, _ replacement: String) -> String {
        String(decoding: Corrections.apply([(range, replacement)], to: Array(text.utf8)), as: UTF8.self)
    }

    private func span(of word: String, in text: String) -> Range<Int> {
        let bytes = Array(text.utf8)
        let needle = Array(word.utf8)
        let start =
            (0...(bytes.count - needle.count)).first { bytes[$0..<$0 + needle.count].elementsEqual(needle) } ?? 0
        return start..<start + needle.count
    }

    @Test func plainSpacesTakeTheReplacementAsWritten() {
        let text = "a b c d"
        #expect(apply(text, span(of: "b c", in: text), "x\u{A0}y z") == "a x\u{A0}y z d")
    }

    @Test func gapsMapInOrderAndExtraOnesAreDropped() {
        let text = "a b\u{A0}c\td e"
        #expect(apply(text, span(of: "b\u{A0}c\td", in: text), "x y z") == "a x\u{A0}y\tz e")
        #expect(apply(text, span(of: "b\u{A0}c\td", in: text), "x y") == "a x\u{A0}y e")
        let wrapped = "a b\nc d e"
        #expect(apply(wrapped, span(of: "b\nc d", in: wrapped), "x y") == "a x\ny e")
        let late = "a b c\nd e"
        #expect(apply(late, span(of: "b c\nd", in: late), "x y") == "a x\ny e")
    }

    @Test func aDeletionAcrossABreakLeavesTheBreakBetweenTheWordsAround() {
        let text = "uno no\ntalleres dos"
        #expect(apply(text, span(of: "no\ntalleres", in: text), "") == "uno\ndos")
    }

    @Test func aBreakInTheReplacementBecomesASpace() {
        let text = "a b c"
        #expect(apply(text, span(of: "b", in: text), "x\ny") == "a x y c")
    }

    @Test func neighbouringCorrectionsDoNotTakeTheSameSpace() {
        let text = "uno a\nb c\nd dos"
        let bytes = Array(text.utf8)
        let first = span(of: "a\nb", in: text)
        let second = span(of: "c\nd", in: text)
        let edits = Corrections.edits(for: [(first, "x"), (second, "y")], in: bytes).compactMap { $0 }
        #expect(edits.count == 2)
        #expect(edits[0].byteRange.upperBound <= edits[1].byteRange.lowerBound)
        let output = String(decoding: Corrections.apply([(first, "x"), (second, "y")], to: bytes), as: UTF8.self)
        #expect(output == "uno x\ny\ndos")
    }

    // MARK: The property, over seeded random texts with random wrapping

    static let words = [
        "no talleres", "No talleres", "rondas de municiones", "unas rondas de munición", "12,000 tropas",
        "tomará lugar",
        "jugar un rol", "esfuerzo de guerra", "Hermandad Fighting Invincible", "15 mph", "causa raíz",
        "el liderazgo ruso",
        "Directorios de Casa", "la", "casa", "dijo", "Madrid", "(", ")", ",", ".", "“", "”", "y", "que",
        "Ministro de Defensa", "varias", "todas las", "fueron", "destruidas", "nuevas", "y", "es", "un", "no taller",
        "como", "evidencia", "ha sido",
    ]
    static let separators = [" ", " ", " ", " ", "\n", "\r\n", "\r", "\u{A0}", "  ", "\t", " \n", "\n  ", "\n\n", ""]

    /// The number of line breaks, counted as editors count them (`\r\n` is one).
    private func lineBreaks(_ bytes: [UInt8]) -> Int {
        LineBreaks.count(in: bytes, 0..<bytes.count).breaks
    }

    /// Lines (split at LF, CR or CRLF) that start or end with a space, tab or no-break space.
    private func paddedLines(_ bytes: [UInt8]) -> (leading: Int, trailing: Int) {
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let blank: (Character?) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
        return (lines.count { blank($0.first) }, lines.count { blank($0.last) })
    }

    @Test(arguments: 0..<400)
    func correctionsKeepLinesAndEveryByteOutsideThem(_ seed: Int) throws {
        var generator = SeededGenerator(state: UInt64(seed) &+ 0x5EED)
        var text = ""
        for _ in 0..<Int.random(in: 1...40, using: &generator) {
            text += Self.words.randomElement(using: &generator) ?? ""
            text += Self.separators.randomElement(using: &generator) ?? " "
        }
        // Wrap at random: any plain space may become a line break of any kind.
        var wrapped: [UInt8] = []
        for byte in text.utf8 {
            if byte == 0x20, Int.random(in: 0..<5, using: &generator) == 0 {
                wrapped += [[0x0A], [0x0D, 0x0A], [0x0D]].randomElement(using: &generator) ?? [0x0A]
            } else {
                wrapped.append(byte)
            }
        }
        let aligner = try (seed.isMultiple(of: 2) ? Self.aligner : Self.lexicalAligner).get()
        let alignment = try aligner.align(TextDocument(bytes: wrapped, path: "random.txt"))
        let corrected = alignment.correctedBytes
        let shown =
            "\(String(decoding: wrapped, as: UTF8.self).debugDescription) → \(String(decoding: corrected, as: UTF8.self).debugDescription)"

        #expect(lineBreaks(corrected) == lineBreaks(wrapped), "the number of lines: \(shown)")
        let before = paddedLines(wrapped)
        let after = paddedLines(corrected)
        #expect(after.leading <= before.leading, "no line gains leading whitespace: \(shown)")
        #expect(after.trailing <= before.trailing, "no line gains trailing whitespace: \(shown)")

        // Every byte outside the edits is the input's; each edit covers one finding's
        // match and at most the whitespace right beside it.
        let edits = alignment.edits
        #expect(edits.count == alignment.findings.count)
        #expect(alignment.unappliedFindings.count == edits.count { $0 == nil })
        var rebuilt: [UInt8] = []
        var position = 0
        for (edit, finding) in zip(edits, alignment.findings) {
            guard let edit else { continue }
            #expect(edit.byteRange.lowerBound >= position)
            #expect(edit.byteRange.lowerBound <= finding.byteRange.lowerBound)
            #expect(edit.byteRange.upperBound >= finding.byteRange.upperBound)
            let around =
                Array(wrapped[edit.byteRange.lowerBound..<finding.byteRange.lowerBound])
                + Array(wrapped[finding.byteRange.upperBound..<edit.byteRange.upperBound])
            #expect(String(decoding: around, as: UTF8.self).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
            rebuilt += wrapped[position..<edit.byteRange.lowerBound]
            rebuilt += edit.replacement
            position = edit.byteRange.upperBound
        }
        rebuilt += wrapped[position...]
        #expect(rebuilt == corrected)
        #expect(TextEdit.apply(alignment.edits, to: wrapped) == corrected)
        // No finding runs across a blank line.
        for finding in alignment.findings {
            let blankLine = finding.matchedText.split { !$0.isWhitespace }.contains { gap in
                LineBreaks.count(in: Array(gap.utf8), 0..<gap.utf8.count).endsParagraph
            }
            #expect(!blankLine, "\(finding.matchedText.debugDescription)")
        }
    }
}
