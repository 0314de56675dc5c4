import EnmiendaTestSupport
import Testing

@testable import Enmienda
@testable import EnmiendaCore

@Suite struct AlignerTests {
    private let nonStarters = Fixtures.entry(
        "non-starters", wrong: ["no talleres"], suggestions: ["inviables", "inaceptables"])

    private func findings(_ marked: Marked, _ entries: [GlossaryEntry]? = nil) throws -> [Finding] {
        try Fixtures.aligner(entries ?? [nonStarters]).align(TextDocument(marked.text)).findings
    }

    @Test(arguments: [
        "Las demandas son ⟦no talleres⟧.",
        "Las demandas son ⟦NO TALLERES⟧.",
        "Las demandas son ⟦No Tálleres⟧.",
        "Las demandas son ⟦no\ntalleres⟧.",
        "Las demandas son ⟦no\u{A0}\u{A0}talleres⟧.",
        "Las demandas son ⟦no \r\n  talleres⟧.",
        "Las demandas son ⟦no talle\u{301}res⟧.",
        "“⟦No talleres⟧”, dijo.",
    ])
    func matchesInAnyCaseAccentOrSpacing(_ text: String) throws {
        let marked = Marked(text)
        #expect(try findings(marked).map(\.byteRange) == marked.spans)
    }

    @Test(arguments: [
        "Los talleres no abren.",
        "No hay talleres.",
        "no talleresx",
        "uno talleres",
        "no, talleres",
        "no-talleres",
    ])
    func matchesOnlyWholeWordsWithOnlyWhitespaceBetween(_ text: String) throws {
        #expect(try findings(Marked(text)).isEmpty)
    }

    @Test func eñeIsNotFoldedToN() throws {
        let entry = Fixtures.entry("ano", wrong: ["ano"], suggestions: ["recto"])
        #expect(try findings(Marked("Feliz año nuevo."), [entry]).isEmpty)
    }

    @Test func longestMatchWinsThenEntryOrder() throws {
        let short = Fixtures.entry("short", wrong: ["rondas"], suggestions: ["x"])
        let long = Fixtures.entry("long", wrong: ["rondas de municiones"], suggestions: ["proyectiles"])
        let same = Fixtures.entry("same", wrong: ["rondas de municiones"], suggestions: ["y"])
        let result = try findings(Marked("Envió ⟦rondas de municiones⟧ y ⟦rondas⟧."), [short, long, same])
        #expect(result.map(\.entryID) == ["long", "short"])
    }

    @Test func overlappingMatchesKeepTheLongestEvenWhenItStartsLater() throws {
        let first = Fixtures.entry("first", wrong: ["de guerra"], suggestions: ["bélico"])
        let second = Fixtures.entry("second", wrong: ["guerra moderna actual"], suggestions: ["x"])
        let result = try findings(Marked("experiencia de ⟦guerra moderna actual⟧"), [first, second])
        #expect(result.map(\.entryID) == ["second"])
    }

    @Test(arguments: [
        ("Son no talleres.", "inviables"),
        ("No talleres: así lo dijo.", "Inviables"),
        ("SON NO TALLERES.", "INVIABLES"),
        ("Son No Talleres.", "inviables"),
        ("“No talleres”, dijo.", "Inviables"),
    ])
    func suggestionsFollowTheCaseOfTheMatch(_ text: String, _ expected: String) throws {
        let result = try findings(Marked(text))
        #expect(result.first?.suggestions.first == expected)
    }

    @Test func locationsPointAtTheMatchInTheOriginalBytes() throws {
        let text = "\u{FEFF}Primera línea.\r\nAquí: “son no talleres”."
        let finding = try #require(try findings(Marked(text)).first)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[finding.byteRange], as: UTF8.self) == "no talleres")
        #expect(finding.location.line == 2)
        #expect(finding.location.column == 12)
        let scalars = Array(text.unicodeScalars)
        #expect(
            String(
                String.UnicodeScalarView(scalars[finding.scalarOffset..<finding.scalarOffset + finding.scalarLength]))
                == "no talleres")
    }

    @Test func findingCarriesSentenceAndItsCorrection() throws {
        let finding = try #require(try findings(Marked("Primera frase. Ucrania las llamó no talleres. Fin.")).first)
        #expect(finding.sentence == "Ucrania las llamó no talleres.")
        #expect(finding.correctedSentence == "Ucrania las llamó inviables.")
        #expect(finding.suggestions == ["inviables", "inaceptables"])
        #expect(finding.message == "“no talleres” mistranslates “source of non-starters”")
    }

    @Test func correctedTextKeepsEveryOtherByte() throws {
        let text = "\u{FEFF}Son no talleres.\r\n\tY NO  TALLERES\u{A0}ya"
        let alignment = try Fixtures.aligner([nonStarters]).align(TextDocument(text))
        #expect(alignment.correctedText == "\u{FEFF}Son inviables.\r\n\tY INVIABLES\u{A0}ya")
    }

    @Test func correctedSentencesApplyEveryFindingOfTheSentence() throws {
        let war = Fixtures.entry("war-effort", wrong: ["esfuerzo de guerra"], suggestions: ["esfuerzo bélico"])
        let alignment = try Fixtures.aligner([nonStarters, war]).align(
            TextDocument("Ni no talleres ni esfuerzo de guerra. Otra."))
        #expect(alignment.correctedSentences.map(\.corrected) == ["Ni inviables ni esfuerzo bélico."])
    }

    @Test func noFindingsLeavesTheTextIdentical() throws {
        let text = "Texto sin errores\r\nconocidos"
        let alignment = try Fixtures.aligner([nonStarters]).align(TextDocument(text))
        #expect(alignment.findings.isEmpty)
        #expect(alignment.correctedBytes == Array(text.utf8))
    }

    @Test func invalidUTF8IsReportedWithItsByteOffset() {
        let bytes: [UInt8] = Array("línea uno\nmal ".utf8) + [0xC3, 0x28] + Array(" aquí".utf8)
        #expect {
            try TextDocument(bytes: bytes, path: "a.txt")
        } throws: { error in
            (error as? InputError)?.description == "a.txt:2:5: error: invalid UTF-8 at byte offset 15 (byte 0xC3)"
        }
    }

    @Test func theExampleArticleHasTheKnownMistakes() throws {
        let document = try TextDocument(contentsOfFile: Fixtures.path("examples/kim-lavrov.es.txt"))
        let alignment = Aligner(glossary: try Glossary.builtIn).align(document)
        let fixes = Dictionary(alignment.findings.map { ($0.matchedText, $0.topSuggestion) }) { first, _ in first }
        let required = [
            "no talleres": "inviables",
            "Hermandad Fighting Invincible": "invencible hermandad combativa",
            "rondas de municiones": "proyectiles",
            "Con cables de publicación": "Con información de agencias",
            "Demilitarize": "se desmilitarice",
            "asociación militar": "alianza militar",
            "esfuerzo de guerra": "esfuerzo bélico",
            "amenaza de seguridad": "amenaza para la seguridad",
            "promocionaron": "ensalzaron",
            "se expandirá en": "ampliará",
            "el liderazgo ruso": "los dirigentes rusos",
            "causa raíz": "causa de fondo",
            "por el estado": "por el Estado",
            "elimine al presidente Volodymyr Zelensky de su cargo": "destituya al presidente Volodymyr Zelensky",
            "12,000 tropas": "12.000 soldados",
            "30,000 tropas": "30.000 soldados",
            "6,000": "6.000",
            "edificios militares": "constructores militares",
            "conocimiento": "conocimientos técnicos",
            "Ministro de": "ministro de",
            "que vio a las tres naciones desplegar": "en el que las tres naciones desplegaron",
        ]
        for (matched, suggestion) in required {
            #expect(fixes[matched] == suggestion, "\(matched)")
        }
        #expect(alignment.findings.count { $0.entryID == "root-cause" } == 2)
    }

    @Test func theExampleArticleIsCorrectedAsExpected() throws {
        let document = try TextDocument(contentsOfFile: Fixtures.path("examples/kim-lavrov.es.txt"))
        let expected = try TextDocument(contentsOfFile: Fixtures.path("examples/kim-lavrov.corrected.es.txt"))
        let alignment = Aligner(glossary: try Glossary.builtIn).align(document)
        #expect(alignment.correctedBytes == expected.bytes)
        #expect(Aligner(glossary: try Glossary.builtIn).align(expected).findings.isEmpty)
    }
}
