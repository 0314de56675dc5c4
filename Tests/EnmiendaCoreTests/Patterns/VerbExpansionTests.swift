import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// Entries written as infinitives match every form of the verb, with the suggestion's
/// verb in the same form (issue 15), on the fixture lexicon.
@Suite struct VerbExpansionTests {
    static func fix(_ text: String, _ entries: [GlossaryEntry]) throws -> (String, [Finding]) {
        let alignment = try Fixtures.lexicalAligner(entries).align(TextDocument(text))
        return (alignment.correctedText, alignment.findings)
    }

    static let assume = Fixtures.entry("assume", wrong: ["asumir que"], suggestions: ["suponer que"])
    static let takePlace = Fixtures.entry(
        "take-place", wrong: ["tomar lugar"], suggestions: ["tener lugar", "celebrarse"])
    static let remove = Fixtures.entry("remove", wrong: ["eliminar"], suggestions: ["suprimir"])
    static let increase = Fixtures.entry("increase", wrong: ["aumentar"], suggestions: ["incrementar"])

    @Test(arguments: [
        ("Asumió que era tarde.", "Supuso que era tarde."),
        ("Que asuman que es tarde.", "Que supongan que es tarde."),
        ("Sigue asumiendo que es tarde.", "Sigue suponiendo que es tarde."),
        ("Habían asumido que era tarde.", "Habían supuesto que era tarde."),
        ("Asumiría que sí.", "Supondría que sí."),
        ("Yo asumo que sí.", "Yo supongo que sí."),
    ])
    func everyTenseAndPersonOfAVerbEntry(_ text: String, _ corrected: String) throws {
        #expect(try Self.fix(text, [Self.assume]).0 == corrected)
    }

    @Test func suggestionsFollowTheFormAndPronominalOnesTakeTheirPronoun() throws {
        let (corrected, findings) = try Self.fix("Las reuniones tomaron lugar ayer.", [Self.takePlace])
        #expect(corrected == "Las reuniones tuvieron lugar ayer.")
        #expect(findings.first?.suggestions == ["tuvieron lugar", "se celebraron"])
        let compound = try Self.fix("La reunión ha tomado lugar.", [Self.takePlace]).1
        #expect(compound.first?.matchedText == "ha tomado lugar")
        #expect(compound.first?.suggestions == ["ha tenido lugar", "se ha celebrado"])
    }

    @Test func accentsTellVerbFormsApart() throws {
        #expect(
            try Self.fix("Si la reunión tomara lugar, iríamos.", [Self.takePlace]).0
                == "Si la reunión tuviera lugar, iríamos.")
        #expect(try Self.fix("La reunión tomará lugar.", [Self.takePlace]).0 == "La reunión tendrá lugar.")
        // An entry that lists only the future does not turn the subjunctive into it.
        let future = Fixtures.entry("future", wrong: ["tomará lugar"], suggestions: ["tendrá lugar"])
        var listed = future
        listed.inflection = []
        #expect(try Self.fix("Si la reunión tomara lugar, iríamos.", [listed]).1.isEmpty)
        // A spelling that is no word is the form with its accent lost.
        #expect(try Self.fix("Tomaran lugar mañana.", [Self.takePlace]).1.count == 1)
    }

    @Test func encliticPronounsOnALoneVerb() throws {
        #expect(try Self.fix("Hay que eliminarlo.", [Self.remove]).0 == "Hay que suprimirlo.")
        #expect(try Self.fix("Siguen eliminándolos.", [Self.remove]).0 == "Siguen suprimiéndolos.")
        #expect(try Self.fix("Elimínalo ya.", [Self.remove]).0 == "Suprímelo ya.")
        #expect(try Self.fix("Eliminó el archivo.", [Self.remove]).0 == "Suprimió el archivo.")
    }

    @Test func aNounIsNotTheVerb() throws {
        #expect(try Self.fix("Hubo un aumento de precios.", [Self.increase]).1.isEmpty)
        #expect(try Self.fix("Yo aumento el precio.", [Self.increase]).0 == "Yo incremento el precio.")
    }

    @Test func aFormThatIsAlsoAFunctionWordIsTheVerbOnlyAfterItsSubject() throws {
        let save = Fixtures.entry("save", wrong: ["salvar"], suggestions: ["guardar"])
        #expect(try Self.fix("Se hará salvo que llueva.", [save]).1.isEmpty)
        #expect(try Self.fix("Yo salvo el archivo.", [save]).0 == "Yo guardo el archivo.")
        #expect(try Self.fix("Salva el archivo.", [save]).0 == "Guarda el archivo.")
    }

    @Test func entriesThatSayNotToInflectMatchAsWritten() throws {
        var entry = Self.assume
        entry.inflection = []
        #expect(try Self.fix("Asumió que era tarde.", [entry]).1.isEmpty)
        #expect(try Self.fix("Van a asumir que es tarde.", [entry]).1.count == 1)
    }

    @Test func withoutALexiconVerbEntriesMatchAsWritten() throws {
        let aligner = Aligner(
            glossary: try Glossary(entries: [Self.assume]),
            options: AlignmentOptions(morphology: SpanishMorphology(lexicon: nil), concurrency: 1))
        #expect(aligner.align(TextDocument("Asumió que era tarde.")).findings.isEmpty)
        #expect(aligner.align(TextDocument("Van a asumir que es tarde.")).findings.count == 1)
    }
}

/// Without a lexicon, an example in another form of a verb entry is passed over rather
/// than failed: only the lexicon conjugates.
@Suite struct ExampleCheckWithoutLexiconTests {
    @Test func verbExamplesAreSkippedOnlyWithoutALexicon() throws {
        var entry = Fixtures.entry("assume", wrong: ["asumir que"], suggestions: ["suponer que"])
        entry.examples = [
            GlossaryExample(
                text: "Asumió que era tarde.", corrected: "Supuso que era tarde.",
                location: SourceLocation(path: "g.xml", line: 3, column: 5))
        ]
        let glossary = try Glossary(entries: [entry])
        let rules = AlignmentOptions(morphology: SpanishMorphology(lexicon: nil), concurrency: 1)
        #expect(ExampleCheck.failures(in: glossary, options: rules).isEmpty)
        let lexical = AlignmentOptions(morphology: SpanishMorphology(lexicon: Fixtures.lexicon), concurrency: 1)
        #expect(ExampleCheck.failures(in: glossary, options: lexical).isEmpty)
        // A noun entry's example that is not flagged still fails without a lexicon.
        var noun = Fixtures.entry("noun", wrong: ["no taller"], suggestions: ["inviable"])
        noun.examples = [GlossaryExample(text: "Es un aumento.", corrected: "Es inviable.", location: entry.location)]
        #expect(ExampleCheck.failures(in: try Glossary(entries: [noun]), options: rules).count == 1)
    }
}
