import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// Inflection, slots, context rules and sensitivity, through the public aligner.
@Suite struct PatternTests {
    private func entry(
        _ wrong: [String], _ suggestions: [String], configure: (inout GlossaryEntry) -> Void = { _ in }
    ) -> GlossaryEntry {
        var entry = Fixtures.entry("e", wrong: wrong, suggestions: suggestions)
        configure(&entry)
        return entry
    }

    private func corrected(_ text: String, _ entries: [GlossaryEntry], options: AlignmentOptions = AlignmentOptions())
        throws -> String
    {
        Aligner(glossary: try Glossary(entries: entries), options: options).align(TextDocument(text)).correctedText
    }

    @Test(arguments: [
        ("Criticó las demandas como no talleres.", "Criticó las demandas como inviables."),
        ("Es un no taller.", "Es un inviable."),
        ("NO TALLERES.", "INVIABLES."),
    ])
    func wrongFormsMatchInTheOtherNumberAndSuggestionsFollow(_ text: String, _ expected: String) throws {
        #expect(try corrected(text, [entry(["no talleres"], ["inviables"])]) == expected)
    }

    @Test func headOfAPhraseInflectsTogether() throws {
        let partnership = entry(["asociación militar"], ["alianza militar"])
        #expect(try corrected("Sus asociaciones militares.", [partnership]) == "Sus alianzas militares.")
        let rounds = entry(["rondas de municiones"], ["proyectiles"])
        #expect(try corrected("Disparó una ronda de municiones.", [rounds]) == "Disparó un proyectil.")
    }

    @Test func determinerBeforeTheMatchFollowsTheNewGender() throws {
        let rounds = entry(["rondas de munición"], ["proyectiles"])
        #expect(try corrected("Envió unas rondas de munición.", [rounds]) == "Envió unos proyectiles.")
        #expect(try corrected("Unas rondas de munición.", [rounds]) == "Unos proyectiles.")
    }

    @Test func adjectiveAfterTheHeadFollowsTheNewGender() throws {
        let troops = entry(["{number} tropas"], ["{number} soldados"])
        #expect(try corrected("Hay dos tropas heridas.", [troops]) == "Hay dos soldados heridos.")
        #expect(try corrected("Hay dos tropas para eso.", [troops]) == "Hay dos soldados para eso.")
    }

    @Test func inflectNoneKeepsTheWrittenFormOnly() throws {
        let verb = entry(["Demilitarize"], ["se desmilitarice"]) { $0.inflection = [] }
        #expect(try corrected("que Ucrania Demilitarizes", [verb]) == "que Ucrania Demilitarizes")
    }

    @Test func listedFormsWinOverGeneratedOnes() throws {
        var root = entry(["causa raíz"], ["causa de fondo"])
        root.forms = [GlossaryForm(wrongForms: ["causas raíz", "causas raíces"], suggestions: ["causas de fondo"])]
        #expect(
            try corrected("Las causas raíces y la causa raíz.", [root]) == "Las causas de fondo y la causa de fondo.")
    }

    @Test(arguments: [
        ("más de 12,000 tropas", "más de 12.000 soldados"),
        ("unas 6000 tropas", "unos 6000 soldados"),
        ("dos tropas", "dos soldados"),
        ("las tropas se replegaron", "las tropas se replegaron"),
    ])
    func numberSlotCarriesIntoTheSuggestion(_ text: String, _ expected: String) throws {
        #expect(try corrected(text, [entry(["{number} tropas"], ["{number} soldados"])]) == expected)
    }

    @Test(arguments: [
        ("desplegó 12,000 hombres", "desplegó 12.000 hombres"),
        ("un total de 1,250,000 votos", "un total de 1.250.000 votos"),
        ("una inflación del 2,125 %", "una inflación del 2,125 %"),
        ("3,5 millones", "3,5 millones"),
        ("1,500 millones", "1,500 millones"),
        ("en 2025 y a las 10:30", "en 2025 y a las 10:30"),
        ("el 12,5", "el 12,5"),
    ])
    func englishThousandsSeparatorsAreRewritten(_ text: String, _ expected: String) throws {
        #expect(try corrected(text, [entry(["{english-number}"], ["{english-number}"])]) == expected)
    }

    @Test func thousandsSeparatorFollowsTheOptions() throws {
        let numbers = entry(["{english-number}"], ["{english-number}"])
        let options = AlignmentOptions(thousandsSeparator: .space)
        #expect(try corrected("12,000 hombres", [numbers], options: options) == "12\u{A0}000 hombres")
    }

    @Test func wordsSlotSpansAPhraseAndVerbSlotConjugates() throws {
        let saw = entry(["que vio a {words} {verb}"], ["en el que {words} {verb:preterite}"])
        #expect(
            try corrected("un ejercicio que vio a las tres naciones desplegar aviones", [saw])
                == "un ejercicio en el que las tres naciones desplegaron aviones")
        #expect(
            try corrected("un ejercicio que vio a Japón desplegar aviones", [saw])
                == "un ejercicio en el que Japón desplegó aviones")
        let remove = entry(["elimine al {words} de su cargo"], ["destituya al {words}"])
        #expect(
            try corrected("exige que elimine al presidente Volodymyr Zelensky de su cargo y", [remove])
                == "exige que destituya al presidente Volodymyr Zelensky y")
    }

    @Test func adjectiveSlotTakesATransform() throws {
        let leadership = entry(["el liderazgo {adjective}"], ["los dirigentes {adjective:plural}"])
        #expect(try corrected("medidas del el liderazgo ruso", [leadership]) == "medidas del los dirigentes rusos")
        #expect(try corrected("el liderazgo de la empresa", [leadership]) == "el liderazgo de la empresa")
    }

    @Test func requiredAndForbiddenContext() throws {
        let builders = entry(["edificios militares"], ["constructores militares"]) {
            $0.context = [ContextRule(kind: .require, before: 2, phrases: ["ingenieros y"])]
        }
        #expect(
            try corrected("6,000 ingenieros y edificios militares", [builders])
                == "6,000 ingenieros y constructores militares")
        #expect(
            try corrected("el cuartel y sus edificios militares", [builders]) == "el cuartel y sus edificios militares")
        let knowHow = entry(["conocimiento"], ["conocimientos técnicos"]) {
            $0.context = [
                ContextRule(kind: .require, before: 3, phrases: ["equipos", "equipo militar"]),
                ContextRule(kind: .forbid, after: 1, phrases: ["del", "de"]),
            ]
        }
        #expect(
            try corrected("equipos militares y conocimiento a Pyongyang", [knowHow])
                == "equipos militares y conocimientos técnicos a Pyongyang")
        #expect(try corrected("el conocimiento del idioma", [knowHow]) == "el conocimiento del idioma")
        #expect(try corrected("equipos y conocimiento del idioma", [knowHow]) == "equipos y conocimiento del idioma")
    }

    /// Field case 09: a `require` list that names the entry's own wrong words let one
    /// *envases* license the next in correct Spanish. Such phrases never license; the
    /// other words of the list still do, and `glossary validate` names the phrase.
    @Test func anEntryNeverLicensesItself() throws {
        let package = entry(["envase"], ["paquete"]) {
            $0.context = [ContextRule(kind: .require, before: 10, after: 10, phrases: ["envases", "apt"])]
        }
        let human = "El Reglamento de envases y Residuos de envases."
        #expect(try corrected(human, [package]) == human)
        #expect(try corrected("Instale el envase con apt.", [package]) == "Instale el paquete con apt.")
        // A licensed occurrence licenses the others within its reach, listed or not.
        let unlisted = entry(["envase"], ["paquete"]) {
            $0.context = [ContextRule(kind: .require, before: 4, after: 4, phrases: ["apt"])]
        }
        #expect(
            try corrected("Con apt, el envase y el otro envase llegan.", [unlisted])
                == "Con apt, el paquete y el otro paquete llegan.")
        #expect(try corrected("El envase y el otro envase llegan.", [unlisted]) == "El envase y el otro envase llegan.")
        let problems = GlossaryValidation.problems(in: try Glossary(entries: [package]))
        #expect(problems.contains { $0.message.contains("requires 'envases' nearby, a form of its own wrong words") })
        let unrelated = entry(["envase"], ["paquete"]) {
            $0.context = [ContextRule(kind: .require, before: 10, after: 10, phrases: ["apt"])]
        }
        #expect(GlossaryValidation.problems(in: try Glossary(entries: [unrelated])).isEmpty)
    }

    @Test func contextDoesNotReachIntoAnotherSentence() throws {
        let builders = entry(["edificios militares"], ["constructores militares"]) {
            $0.context = [ContextRule(kind: .require, before: 3, phrases: ["ingenieros"])]
        }
        #expect(
            try corrected("Llegaron ingenieros. Edificios militares.", [builders])
                == "Llegaron ingenieros. Edificios militares.")
    }

    @Test func exceptionsSuppressOverlappingMatches() throws {
        let knowHow = entry(["conocimiento"], ["conocimientos técnicos"]) {
            $0.exceptions = ["con conocimiento de causa"]
        }
        #expect(try corrected("actuó con conocimiento de causa", [knowHow]) == "actuó con conocimiento de causa")
        #expect(try corrected("armas y conocimiento", [knowHow]) == "armas y conocimientos técnicos")
    }

    @Test func caseSensitiveEntriesFireOnlyOnThatCaseAndNotWhereTheCaseIsRight() throws {
        let minister = entry(["Ministro de"], ["ministro de"]) {
            $0.isCaseSensitive = true
            $0.inflection = [.number, .gender]
        }
        #expect(try corrected("dijo el Ministro de Defensa", [minister]) == "dijo el ministro de Defensa")
        #expect(try corrected("dijo la Ministra de Defensa", [minister]) == "dijo la ministra de Defensa")
        #expect(try corrected("dijo el ministro de Defensa", [minister]) == "dijo el ministro de Defensa")
        #expect(try corrected("Ministro de Defensa: Juan", [minister]) == "Ministro de Defensa: Juan")
        #expect(try corrected("EL MINISTRO DE DEFENSA", [minister]) == "EL MINISTRO DE DEFENSA")
    }

    @Test func accentSensitiveEntriesTellElFromÉl() throws {
        let mas = entry(["mas de"], ["más de"]) { $0.isAccentSensitive = true }
        #expect(try corrected("tiene mas de diez", [mas]) == "tiene más de diez")
        #expect(try corrected("tiene más de diez", [mas]) == "tiene más de diez")
    }

    @Test func theGenderOfAHeadComesFromItsTellingWordNotAnInvariableAdjective() throws {
        // "enorme" and "interior" end like masculine nouns; the noun before them decides.
        let blast = entry(["explosión masiva"], ["explosión enorme"])
        #expect(try corrected("Una explosión masiva.", [blast]) == "Una explosión enorme.")
        let politics = entry(["política doméstica"], ["política interior"])
        #expect(try corrected("La política doméstica domina.", [politics]) == "La política interior domina.")
        let exit = entry(["éxito de emergencia"], ["salida de emergencia"])
        #expect(try corrected("Usaron el éxito de emergencia.", [exit]) == "Usaron la salida de emergencia.")
    }

    @Test(arguments: [
        ("Creció un 2.5 %.", "Creció un 2,5 %."),
        ("Huyeron 1.25 millones.", "Huyeron 1,25 millones."),
        ("Recaudaron 12.000 millones.", "Recaudaron 12.000 millones."),
        ("Instale la versión 2.5 del programa.", "Instale la versión 2.5 del programa."),
        ("Son 1234.5 millones.", "Son 1234.5 millones."),
    ])
    func englishDecimalsAreWrittenWithADecimalComma(_ text: String, _ expected: String) throws {
        let decimal = entry(["{english-decimal} millones"], ["{english-decimal} millones"]) {
            $0.inflection = []
            $0.forms = [GlossaryForm(wrongForms: ["{english-decimal} %"], suggestions: ["{english-decimal} %"])]
        }
        #expect(try corrected(text, [decimal]) == expected)
    }

    @Test func caseSensitiveEntriesKeepTheCaseOfTheirSuggestions() throws {
        let time = entry(["{number} PM"], ["{number} p. m."]) {
            $0.isCaseSensitive = true
            $0.inflection = []
        }
        #expect(try corrected("A las 5 PM del lunes.", [time]) == "A las 5 p. m. del lunes.")
        #expect(try corrected("A las 5 pm del lunes.", [time]) == "A las 5 pm del lunes.")
        let nato = entry(["NATO"], ["OTAN"]) {
            $0.isCaseSensitive = true
            $0.inflection = []
        }
        #expect(try corrected("NATO se reunió.", [nato]) == "OTAN se reunió.")
        var both = entry(["{number} PM"], ["{number} p. m."]) {
            $0.isCaseSensitive = true
            $0.inflection = []
        }
        both.forms = [GlossaryForm(wrongForms: ["{number} pm"], suggestions: ["{number} p. m."])]
        #expect(
            try corrected("A las 5 PM y a las 6 pm del lunes.", [both]) == "A las 5 p. m. y a las 6 p. m. del lunes.")
    }

    @Test func aWordAfterTheNounAgreesOnlyWhereItReadsAsAnAdjective() throws {
        let file = entry(["lima"], ["archivo"])
        #expect(try corrected("Las limas vacías se ignoran.", [file]) == "Los archivos vacíos se ignoran.")
        #expect(try corrected("La lima rusa llegó.", [file]) == "El archivo ruso llegó.")
        #expect(try corrected("Esta lima significa el fin.", [file]) == "Este archivo significa el fin.")
        #expect(try corrected("La lima apunta distingue.", [file]) == "El archivo apunta distingue.")
        #expect(try corrected("Las limas abiertas se cierran.", [file]) == "Los archivos abiertos se cierran.")
        #expect(try corrected("La lima descrita antes.", [file]) == "El archivo descrito antes.")
    }
}

@Suite struct MorphologyPluginTests {
    /// A morphology that knows one irregular plural the rules do not.
    struct Irregular: Morphology {
        let rules = SpanishRules()
        func isFunctionWord(_ word: String) -> Bool { rules.isFunctionWord(word) }
        func number(of word: String) -> GrammaticalNumber? {
            word.lowercased() == "régimen"
                ? .singular : word.lowercased() == "regímenes" ? .plural : rules.number(of: word)
        }
        func inflect(_ word: String, to number: GrammaticalNumber) -> String {
            switch (word.lowercased(), number) {
            case ("régimen", .plural): "regímenes"
            case ("regímenes", .singular): "régimen"
            default: rules.inflect(word, to: number)
            }
        }
        func gender(of noun: String) -> GrammaticalGender? { rules.gender(of: noun) }
        func inflect(_ word: String, toGender gender: GrammaticalGender) -> String? {
            rules.inflect(word, toGender: gender)
        }
        func preterite(of infinitive: String, number: GrammaticalNumber) -> String? {
            rules.preterite(of: infinitive, number: number)
        }
    }

    @Test func aPluggedMorphologyDrivesTheExpansion() throws {
        let entry = Fixtures.entry("regime", wrong: ["régimen títere"], suggestions: ["régimen satélite"])
        let glossary = try Glossary(entries: [entry])
        let text = TextDocument("Apoyan a los regímenes títeres.")
        let plugged = Aligner(glossary: glossary, options: AlignmentOptions(morphology: Irregular()))
        #expect(plugged.align(text).correctedText == "Apoyan a los regímenes satélites.")
        // The regular rules move no accent here, so the suggestion is spelt wrong without the plug-in.
        #expect(Aligner(glossary: glossary).align(text).correctedText == "Apoyan a los régimenes satélites.")
    }

    @Test func textInParenthesesAndQuotesAlignsLikeAnyOther() throws {
        let entry = Fixtures.entry("e", wrong: ["no talleres"], suggestions: ["inviables"])
        let aligner = Aligner(glossary: try Glossary(entries: [entry]))
        #expect(
            aligner.align(TextDocument("Son (no talleres) y «no talleres».")).correctedText
                == "Son (inviables) y «inviables».")
    }

}
