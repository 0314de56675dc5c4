import Testing

@testable import EnmiendaCore

@Suite struct SpanishLexiconTests {
    static func lexicon() throws -> SpanishLexicon {
        var builder = LexiconBuilder()
        for (form, features) in RegularConjugation.paradigm(of: "asumir") {
            builder.add(form: form, lemma: "asumir", tags: features.tags)
        }
        builder.add(form: "aumento", lemma: "aumento", tags: "<n><m><sg>")
        builder.add(form: "aumento", lemma: "aumentar", tags: "<vblex><pri><p1><sg>")
        builder.add(form: "aumento", lemma: "aumentar", tags: "<vblex><pri><p1><sg>")
        builder.add(form: "ignored", lemma: "ignored", tags: "<xyz>")
        return try SpanishLexicon(image: LexiconImage(builder.build(source: "test")))
    }

    @Test func formsAreAnalysedAndGenerated() throws {
        let lexicon = try Self.lexicon()
        #expect(lexicon.source == "test")
        #expect(lexicon.analyses(of: "asumió").map(\.description) == ["asumir<vblex><ifi><p3><sg>"])
        #expect(Set(lexicon.analyses(of: "aumento").map(\.lemma)) == ["aumento", "aumentar"])
        #expect(lexicon.analyses(of: "ignored").isEmpty)
        #expect(!lexicon.contains("asumio"))
        #expect(lexicon.contains("asumiendo"))
        let preterite = WordFeatures(partOfSpeech: .verb, verbForm: .preterite, person: 3, number: .plural)
        #expect(lexicon.forms(of: "asumir", like: preterite) == ["asumieron"])
        #expect(lexicon.paradigm(of: "asumir").count == 65)
        #expect(lexicon.paradigm(of: "nada").isEmpty)
        #expect(lexicon.formCount == 55)
    }

    @Test func damagedImagesAreRefused() throws {
        var builder = LexiconBuilder()
        builder.add(form: "casa", lemma: "casa", tags: "<n><f><sg>")
        let bytes = builder.build(source: "test")
        #expect(throws: SpanishLexicon.FormatError.self) {
            try SpanishLexicon(image: LexiconImage(Array(bytes.prefix(30))))
        }
        #expect(throws: SpanishLexicon.FormatError.self) { try SpanishLexicon(image: LexiconImage([])) }
        // Every single-byte change either still reads or is refused: never a crash.
        for index in 8..<bytes.count {
            for value: UInt8 in [0, 0xFF, 0x7F] {
                var damaged = bytes
                damaged[index] = value
                if let lexicon = try? SpanishLexicon(image: LexiconImage(damaged)) {
                    _ = lexicon.analyses(of: "casa")
                    _ = lexicon.paradigm(of: "casa")
                }
            }
        }
    }

    @Test(arguments: [
        ("aplicar", "apliqué", "aplique"), ("llegar", "llegué", "llegue"), ("realizar", "realicé", "realice"),
        ("averiguar", "averigüé", "averigüe"),
    ])
    func spellingChangesBeforeE(_ verb: String, _ preterite: String, _ subjunctive: String) {
        let forms = Dictionary(
            RegularConjugation.paradigm(of: verb).map { ($0.features.tags, $0.form) }, uniquingKeysWith: { a, _ in a })
        #expect(forms["<vblex><ifi><p1><sg>"] == preterite)
        #expect(forms["<vblex><prs><p3><sg>"] == subjunctive)
    }

    @Test func yBetweenVowelsAndTheOtherSpellingChanges() {
        func form(_ verb: String, _ tags: String) -> [String] {
            RegularConjugation.paradigm(of: verb).filter { $0.features.tags == tags }.map(\.form)
        }
        #expect(form("construir", "<vblex><ifi><p3><sg>") == ["construyó"])
        #expect(form("construir", "<vblex><pri><p1><sg>") == ["construyo"])
        #expect(form("leer", "<vblex><ger>") == ["leyendo"])
        #expect(form("proteger", "<vblex><pri><p1><sg>") == ["protejo"])
        #expect(form("vencer", "<vblex><pri><p1><sg>") == ["venzo"])
        #expect(form("distinguir", "<vblex><pri><p1><sg>") == ["distingo"])
        #expect(form("tomar", "<vblex><pis><p1><pl>") == ["tomáramos", "tomásemos"])
        #expect(form("clickear", "<vblex><prs><p3><sg>") == ["clickee"])
        #expect(form("resetear", "<vblex><ifi><p3><sg>") == ["reseteó"])
        #expect(RegularConjugation.paradigm(of: "casa").isEmpty)
        #expect(RegularConjugation.paradigm(of: "ar").isEmpty)
    }
}
