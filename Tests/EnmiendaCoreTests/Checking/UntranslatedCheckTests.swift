import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// Words left in English are flagged in running Spanish, with a translation where the
/// bilingual dictionary has one, and never in names, quotes, addresses, identifiers,
/// Spanish words or technical text.
@Suite struct UntranslatedCheckTests {
    private func findings(_ text: String, source: String? = nil) throws -> [Finding] {
        try Fixtures.untranslatedAligner().align(TextDocument(text), source: source.map(SourceText.init))
            .findings.filter { $0.category == .untranslated }
    }

    private func flagged(_ text: String, source: String? = nil) throws -> [String] {
        try findings(text, source: source).map(\.matchedText)
    }

    /// A capitalized word is passed over even at the start of a sentence: a name as often
    /// as English (a hostile trial found *Baker* fixed into *Panadero*).
    @Test func capitalizedWordsAreNeverFlagged() throws {
        for name in ["Baker", "Amazon", "Target", "Walker", "Booking"] {
            #expect(try flagged("\(name) anunció ayer que reducirá su plantilla este año.") == [], "\(name)")
        }
    }

    /// One file name does not make a short news article technical text.
    @Test func oneFileNameLeavesTheCheckOn() throws {
        #expect(
            try flagged(
                "La policía halló el archivo passwords.txt y anunció una crackdown contra los hackers del país.")
                == ["crackdown"])
    }

    @Test func theIssueExamplesAreFlagged() throws {
        #expect(
            try flagged("El Gobierno anunció un bailout tras el shortfall del presupuesto y una crackdown policial.")
                == ["bailout", "shortfall", "crackdown"])
        // Not in the list, but two English words run together.
        #expect(try flagged("Los stakeholders criticaron el plan del Gobierno.") == ["stakeholders"])
    }

    @Test func aTranslationIsSuggestedInTheMatchedNumberAndCase() throws {
        let found = try findings("Los bailouts de los bancos costaron caro. El bailout fue la palabra del año.")
        #expect(found.map(\.topSuggestion) == ["rescates", "rescate"])
        #expect(found[0].correctedSentence == "Los rescates de los bancos costaron caro.")
        #expect(found[0].entryID == "untranslated-word")
        #expect(found[0].severity == .minor)
        // A dictionary's first sense may be the wrong one, and the words around it do not
        // follow its gender: a person chooses, fix does not apply it.
        #expect(found[0].manualCheck?.hasPrefix("a dictionary's translation, not a glossary's") == true)
        #expect(try findings("El Gobierno publicó la policy de la empresa.").map(\.suggestions) == [["política"]])
    }

    @Test func aWordWithoutTranslationKeepsItselfAndFixChangesNothing() throws {
        let text = "La policía anunció una crackdown contra la evasión."
        let alignment = try Fixtures.untranslatedAligner().align(TextDocument(text))
        #expect(alignment.findings.map(\.suggestions) == [["crackdown"]])
        #expect(
            alignment.findings[0].message
                == "“crackdown” is an English word left untranslated; the English–Spanish dictionary has no translation of it"
        )
        // "By hand" is said once, by the manual check that the reports show beside the message.
        #expect(!alignment.findings[0].message.contains("by hand"))
        #expect(alignment.findings[0].note?.contains("to be translated by hand") == true)
        #expect(alignment.correctedText == text)
        // It is left for a person, as fix says.
        #expect(alignment.findings[0].manualCheck == "translate “crackdown” by hand")
        #expect(alignment.unappliedFindings == alignment.findings)
    }

    @Test(arguments: [
        "El informe de Crackdown Media salió ayer por la tarde.",  // a name in mid-sentence
        "Boston recibió ayer a los ministros de Economía.",  // only capitalized in the English list
        "La película «crackdown» se estrenó ayer en Madrid.",
        "La película “crackdown” se estrenó ayer en Madrid.",
        "La película \"crackdown\" se estrenó ayer en Madrid.",
        "La película 'crackdown' se estrenó ayer en Madrid.",
        "La película `crackdown' se estrenó ayer en Madrid.",
        "Se llama así (crackdown) en los informes de la policía.",
        "Visite la página https://example.com/crackdown para leer más.",
        "Escriba a crackdown@example.com para pedir el informe.",
        "Abra el archivo crackdown.txt con un editor de textos.",
        "Las variables crack_down y crackDown guardan el estado.",
        "El valor crackdown2 guarda el estado del sistema.",
        "El informe de la CRACKDOWN salió ayer por la tarde.",
        "El tren de la red pasa a las once sin pan.",
        "Internet, el software y el marketing mueven el mundo.",
        "La vari- able del sistema guarda el estado actual.",  // a word broken at a line end
        "Crackdown.",  // a heading
    ])
    func isNotFlagged(_ text: String) throws {
        #expect(try flagged(text) == [])
    }

    @Test func anEnglishPassageIsNotAWordLeftByMistake() throws {
        #expect(try flagged("Dijo: The bailout deal were happy with the policy, y se fue.") == [])
        // A run inside Spanish: one finding per word, each with its own suggestion.
        #expect(
            try flagged("Criticaron ayer a los stakeholders del bailout en Madrid.") == ["stakeholders", "bailout"])
    }

    @Test func aGlossaryEntryOverTheSameBytesWins() throws {
        let entry = Fixtures.entry("bailout", wrong: ["bailout"], suggestions: ["rescate"], category: .untranslated)
        let found = try Fixtures.untranslatedAligner([entry]).align(
            TextDocument("El Gobierno anunció un bailout tras la crackdown policial.")
        ).findings
        #expect(found.map(\.entryID) == ["bailout", "untranslated-word"])
        #expect(found.map(\.matchedText) == ["bailout", "crackdown"])
    }

    @Test func withASourceOnlyWordsOfThePairedParagraphAreFlagged() throws {
        let text = "La crackdown siguió al shortfall del año.\n\nEl bailout llegó más tarde."
        let source = "The crackdown followed the year's shortfall.\n\nThe rescue came later."
        #expect(try flagged(text, source: source) == ["crackdown", "shortfall"])
        #expect(try flagged(text) == ["crackdown", "shortfall", "bailout"])
    }

    @Test func aWordTheTextRepeatsIsOneOfItsTermsUnlessTheSourceHasIt() throws {
        let text = "La crackdown empezó ayer por la tarde. La crackdown siguió hoy por la mañana."
        #expect(try flagged(text) == [])
        #expect(try flagged(text, source: "The crackdown began. The crackdown went on.") == ["crackdown", "crackdown"])
    }

    @Test func technicalTextKeepsItsJargonUnlessTheSourceHasIt() throws {
        let text =
            "Copie /etc/hosts y ~/.profile con --force, edite config.txt y $HOME/bin; después el shortfall del disco es grave."
        #expect(try flagged(text) == [])
        #expect(try flagged(text, source: "Then the disk's shortfall is serious.") == ["shortfall"])
    }

    @Test func webAddressesDoNotMakeATextTechnical() throws {
        let text =
            "La policía anunció una crackdown contra la evasión. Más en https://example.com/a/b y prensa@example.com."
        #expect(try flagged(text) == ["crackdown"])
    }

    @Test func wordsAfterAClosedQuoteAreChecked() throws {
        #expect(try flagged("El `modo' actual y la crackdown de la policía siguen.") == ["crackdown"])
        #expect(try flagged("La «ley» actual y la crackdown de la policía siguen.") == ["crackdown"])
    }

    @Test func theCheckIsOffWithoutAnEnglishLexicon() throws {
        let alignment = try Fixtures.untranslatedAligner(english: nil).align(
            TextDocument("El Gobierno anunció un bailout tras el shortfall del presupuesto."))
        #expect(alignment.findings.isEmpty)
    }

    @Test func findingsStayInTextOrderAcrossChunks() throws {
        var options = AlignmentOptions(
            morphology: SpanishMorphology(lexicon: Fixtures.lexicon), chunkSize: 64, concurrency: 2)
        options.englishLexicon = Fixtures.englishLexicon
        let aligner = Aligner(glossary: try Glossary(entries: []), options: options)
        let text =
            String(repeating: "El Gobierno anunció un bailout ayer. La policía siguió con su crackdown hoy. ", count: 1)
            + "Y el shortfall del presupuesto creció mucho."
        let found = aligner.align(TextDocument(text)).findings
        #expect(found.map(\.matchedText) == ["bailout", "crackdown", "shortfall"])
        #expect(found.map(\.byteRange.lowerBound) == found.map(\.byteRange.lowerBound).sorted())
    }
}
