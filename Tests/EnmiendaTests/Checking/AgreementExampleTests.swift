import EnmiendaTestSupport
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Corrected sentences agree (issue 16), with the installed lexicon, in the manner of
/// LanguageTool's rule examples: each kind of agreement repaired, each beside an example
/// where the words around the match must not change.
@Suite struct AgreementExampleTests {
    static let entries = [
        Fixtures.entry("rounds", wrong: ["rondas de municiones"], suggestions: ["proyectiles"]),
        Fixtures.entry("conflicts", wrong: ["conflictos armados"], suggestions: ["conflagraciones bélicas"]),
        Fixtures.entry("audience", wrong: ["audiencia"], suggestions: ["público"]),
        Fixtures.entry("evidence", wrong: ["evidencia"], suggestions: ["pruebas"]),
        Fixtures.entry("non-starters", wrong: ["no talleres"], suggestions: ["inviables"]),
        Fixtures.entry("troops", wrong: ["{number} tropas"], suggestions: ["{number} soldados"]),
        Fixtures.entry("deadline", wrong: ["deadline"], suggestions: ["fecha límite"]),
        Fixtures.entry("argument", wrong: ["riña"], suggestions: ["argumento"]),
        Fixtures.entry("evidence-that", wrong: ["evidencia de que"], suggestions: ["pruebas de que"]),
        Fixtures.entry("people", wrong: ["gente"], suggestions: ["personas"]),
        Fixtures.entry("ammunition", wrong: ["municiones"], suggestions: ["munición"]),
        Fixtures.entry("shell", wrong: ["concha"], suggestions: ["shell"]),
    ]

    static let aligner = Result {
        let lexicon = try #require(TestLexicon.loaded.lexicon, "install apertium-spa-cat (bash .ci/setup tests)")
        return Aligner(
            glossary: try Glossary(entries: entries),
            options: AlignmentOptions(morphology: SpanishMorphology(lexicon: lexicon), concurrency: 1))
    }

    private func alignment(_ text: String) throws -> Alignment {
        try Self.aligner.get().align(TextDocument(text))
    }

    private func fixed(_ text: String) throws -> String { try alignment(text).correctedText }

    /// Field case 14: every determiner and quantifier follows the new noun.
    @Test(arguments: [
        ("Enviaron varias rondas de municiones.", "Enviaron varios proyectiles."),
        ("Enviaron ciertas rondas de municiones.", "Enviaron ciertos proyectiles."),
        ("Enviaron todas las rondas de municiones.", "Enviaron todos los proyectiles."),
        ("Enviaron cuantas rondas de municiones pudieron.", "Enviaron cuantos proyectiles pudieron."),
        ("Enviaron ambas rondas de municiones.", "Enviaron ambos proyectiles."),
        ("Enviaron unas pocas rondas de municiones.", "Enviaron unos pocos proyectiles."),
        ("Enviaron doscientas rondas de municiones.", "Enviaron doscientos proyectiles."),
        ("Todas estas rondas de municiones llegaron.", "Todos estos proyectiles llegaron."),
        ("Hubo varios conflictos armados.", "Hubo varias conflagraciones bélicas."),
        ("Murieron dos tropas rusas.", "Murieron dos soldados rusos."),
        ("Unas 6000 tropas llegaron.", "Unos 6000 soldados llegaron."),
        ("El deadline vence hoy.", "La fecha límite vence hoy."),
    ])
    func determinersAndQuantifiersAgree(_ text: String, _ expected: String) throws {
        #expect(try fixed(text) == expected)
    }

    /// A masculine singular before its noun takes its short form (RAE, *Nueva gramática*
    /// §13.4b), and a loanword ending in a consonant cluster its English plural.
    @Test func apocopeAndLoanwordPlurals() throws {
        #expect(try fixed("La primera riña está asumida.") == "El primer argumento está asumido.")
        #expect(try fixed("Ninguna riña está suministrada.") == "Ningún argumento está suministrado.")
        #expect(try fixed("Las conchas interactivas leen.") == "Los shells interactivos leen.")
        // The lexicon also lists old spellings without the accent: the text's spelling wins.
        #expect(try fixed("La riña está extraída.") == "El argumento está extraído.")
    }

    @Test func determinersOfAnotherNounStay() throws {
        #expect(try fixed("Enviaron a las tropas rondas de municiones.") == "Enviaron a las tropas proyectiles.")
        #expect(
            try fixed("Entregaron a las fuerzas armadas rondas de municiones.")
                == "Entregaron a las fuerzas armadas proyectiles.")
        #expect(try fixed("Las tropas usan rondas de municiones.") == "Las tropas usan proyectiles.")
    }

    @Test func coordinatedAdjectivesAgree() throws {
        #expect(
            try fixed("Enviaron rondas de municiones nuevas y baratas.") == "Enviaron proyectiles nuevos y baratos.")
        #expect(
            try fixed("Hubo conflictos armados largos, costosos y muy sangrientos.")
                == "Hubo conflagraciones bélicas largas, costosas y muy sangrientas.")
    }

    @Test func aComplementBetweenTheSubjectAndItsVerbIsSkipped() throws {
        #expect(
            try fixed("Las riñas obligatorias a opciones largas son obligatorias para opciones cortas.")
                == "Los argumentos obligatorios a opciones largas son obligatorios para opciones cortas.")
        #expect(
            try fixed("La riña de la orden de copia fue rechazada.")
                == "El argumento de la orden de copia fue rechazado.")
    }

    /// Trials by a hostile tester: appositions, adverbs, periphrases, adjectives after a
    /// complement, and coordinated subjects.
    @Test func appositionsPeriphrasesAndComplements() throws {
        #expect(try fixed("Las rondas de municiones, nuevas, llegaron.") == "Los proyectiles, nuevos, llegaron.")
        #expect(
            try fixed("Enviaron unas rondas de municiones muy bien guardadas.")
                == "Enviaron unos proyectiles muy bien guardados.")
        #expect(try fixed("La gente va a ser evacuada.") == "Las personas van a ser evacuadas.")
        #expect(try fixed("La gente puede estar cansada.") == "Las personas pueden estar cansadas.")
        #expect(
            try fixed("Las rondas de municiones de élite rusas llegaron.") == "Los proyectiles de élite rusos llegaron."
        )
        #expect(
            try fixed("La evidencia de fraude presentada fue clara.")
                == "Las pruebas de fraude presentadas fueron claras.")
    }

    /// A new user's trial: the quantifier of a partitive heads the phrase.
    @Test func aPartitiveQuantifierAgrees() throws {
        #expect(
            try fixed("Muchas de las rondas de municiones estaban vacías.")
                == "Muchos de los proyectiles estaban vacíos.")
        #expect(try fixed("Una de las rondas de municiones fue disparada.") == "Uno de los proyectiles fue disparado.")
        #expect(
            try fixed("Varias de esas rondas de municiones eran falsas.") == "Varios de esos proyectiles eran falsos.")
        #expect(
            try fixed("El envío de las rondas de municiones fue aprobado.")
                == "El envío de los proyectiles fue aprobado.")
    }

    @Test func aCoordinatedSubjectKeepsItsVerb() throws {
        #expect(try fixed("Los tanques y las municiones llegaron.") == "Los tanques y la munición llegaron.")
        #expect(
            try fixed("Las municiones y los tanques fueron enviados.") == "La munición y los tanques fueron enviados.")
        #expect(
            try fixed("La gente, el gobierno y la prensa mintieron.")
                == "Las personas, el gobierno y la prensa mintieron.")
    }

    @Test func adjectivesOfAnotherNounStay() throws {
        #expect(try fixed("La riña otra vez falló.") == "El argumento otra vez falló.")
        #expect(
            try fixed("Enviaron rondas de municiones a las tropas rusas.") == "Enviaron proyectiles a las tropas rusas."
        )
        #expect(
            try fixed("Enviaron rondas de municiones y granadas nuevas.")
                == "Enviaron proyectiles y granadas nuevas.")
    }

    @Test func predicativeParticiplesAndAdjectivesAgree() throws {
        #expect(try fixed("Las rondas de municiones fueron destruidas.") == "Los proyectiles fueron destruidos.")
        #expect(try fixed("La audiencia quedó muy impresionada.") == "El público quedó muy impresionado.")
        #expect(try fixed("Fueron enviadas las rondas de municiones.") == "Fueron enviados los proyectiles.")
        #expect(
            try fixed("Dijo que las rondas de municiones han sido almacenadas.")
                == "Dijo que los proyectiles han sido almacenados.")
    }

    @Test func aPredicateOfAnotherClauseStays() throws {
        // From Apertium's translation of bash(1): "falsa" is the predicate of "la expresión".
        let text = "Si la primera riña no es un operador válido, la expresión es falsa."
        #expect(try fixed(text) == "Si el primer argumento no es un operador válido, la expresión es falsa.")
    }

    @Test func aPredicateOfAnotherSubjectStays() throws {
        #expect(
            try fixed("El envío de las rondas de municiones fue aprobado.")
                == "El envío de los proyectiles fue aprobado.")
        #expect(
            try fixed("Destruyeron las rondas de municiones y la casa quedó dañada.")
                == "Destruyeron los proyectiles y la casa quedó dañada.")
    }

    @Test func theVerbFollowsTheSubjectsNumber() throws {
        #expect(try fixed("La evidencia fue destruida.") == "Las pruebas fueron destruidas.")
        #expect(try fixed("La evidencia ha sido destruida.") == "Las pruebas han sido destruidas.")
        #expect(try fixed("La evidencia se perdió ayer.") == "Las pruebas se perdieron ayer.")
        #expect(try fixed("Dijo que la evidencia no demuestra nada.") == "Dijo que las pruebas no demuestran nada.")
        #expect(try fixed("La evidencia completa el expediente.") == "Las pruebas completan el expediente.")
    }

    @Test func aVerbOfAnotherSubjectStays() throws {
        #expect(
            try fixed("La destrucción de la evidencia fue rápida.") == "La destrucción de las pruebas fue rápida.")
        #expect(try fixed("El fiscal destruyó la evidencia.") == "El fiscal destruyó las pruebas.")
        #expect(
            try fixed("Destruyeron la evidencia encontrada ayer.") == "Destruyeron las pruebas encontradas ayer.")
    }

    @Test func aPredicateAdjectiveTakesThePlaceOfTheArticle() throws {
        #expect(try fixed("Dijo que es un no taller.") == "Dijo que es inviable.")
        #expect(try fixed("Calificó las demandas como unos no talleres.") == "Calificó las demandas como inviables.")
        #expect(try fixed("Los no talleres fueron rechazados.") == "Los inviables fueron rechazados.")
    }

    /// The span covers every word that changes, so every report and `fix` see the whole edit.
    @Test func theFindingCoversEveryWordItChanges() throws {
        let text = "Ayer todas las rondas de municiones fueron destruidas en Kiev."
        let finding = try #require(try alignment(text).findings.first)
        #expect(finding.matchedText == "todas las rondas de municiones fueron destruidas")
        #expect(finding.suggestions == ["todos los proyectiles fueron destruidos"])
        #expect(finding.message == "“rondas de municiones” mistranslates “source of rounds”")
        #expect(finding.correctedSentence == "Ayer todos los proyectiles fueron destruidos en Kiev.")
        #expect(finding.manualCheck == nil)
    }

    @Test func theLayoutBetweenUnchangedWordsIsKept() throws {
        let text = "Las rondas de municiones\nfueron  destruidas.\n"
        #expect(try fixed(text) == "Los proyectiles\nfueron  destruidos.\n")
    }

    /// Agreement beyond reach: the finding says so, and `fix` writes nothing.
    @Test func agreementBeyondReachIsLeftForAManualCheck() throws {
        for text in [
            "La evidencia que presentó el fiscal fue destruida.",
            "Las rondas de municiones que enviaron estaban dañadas.",
            "La audiencia aplaudió emocionada.",
            // The verb of the clause after "de que" is not the subject's.
            "La evidencia de que el plan fracasó es clara.",
            // The predicate after a parenthesis.
            "La evidencia de fraude es, según el juez, clara.",
        ] {
            let alignment = try alignment(text)
            let finding = try #require(alignment.findings.first)
            #expect(finding.manualCheck != nil, "\(text)")
            #expect(alignment.correctedText == text)
            #expect(alignment.unappliedFindings == [finding])
        }
        let finding = try #require(try alignment("La evidencia que presentó el fiscal fue destruida.").findings.first)
        #expect(
            finding.manualCheck
                == "the subject’s verb is not next to it: check that “presentó”, “fue” and “destruida” agree with the suggestion"
        )
    }
}
