import Foundation
import Testing

/// Entries match Spanish words, not strings (issue 15), through the command line with
/// the installed lexicon: the field cases 07, 13 and 15 of the trials on real material.
@Suite struct WordFormsCLITests {
    private func fix(_ text: String, glossary: String? = nil) throws -> String {
        var arguments = ["fix", "-", "-o", "-"]
        if let glossary { arguments += ["--no-builtin", "--glossary", glossary] }
        let result = try CLIRunner.run(arguments, input: Array(text.utf8))
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput
    }

    private func importing(_ csv: String) throws -> String {
        let directory = try CLIRunner.temporaryDirectory()
        let rows = directory.appendingPathComponent("rows.csv")
        try Data(csv.utf8).write(to: rows)
        let glossary = directory.appendingPathComponent("mine.xml").path
        let result = try CLIRunner.run(["glossary", "import", rows.path, "--glossary", glossary])
        #expect(result.status == 0, "\(result.standardError)")
        return glossary
    }

    /// Case 13: accent folding never turns one verb form into another.
    @Test func accentsTellVerbFormsApart() throws {
        let text = """
            Si la reunión tomara lugar en Madrid, iríamos todos.
            Yo aplico para una beca cada año.
            La cumbre tomará lugar en Ginebra.

            """
        #expect(
            try fix(text) == """
                Si la reunión tuviera lugar en Madrid, iríamos todos.
                Yo solicito una beca cada año.
                La cumbre tendrá lugar en Ginebra.

                """)
    }

    /// Case 15: the built-in verb calques in the gerund, and `realizó que la`.
    @Test func builtInVerbEntriesMatchEveryForm() throws {
        let text = """
            Los estudiantes están aplicando para la beca.
            La asamblea está jugando un rol decisivo.
            El gobierno realizó que la crisis era grave.

            """
        #expect(
            try fix(text) == """
                Los estudiantes están solicitando la beca.
                La asamblea está desempeñando un papel decisivo.
                El gobierno se dio cuenta de que la crisis era grave.

                """)
    }

    /// Case 15b: entries imported from a CSV of lemmas conjugate, unknown regular verbs
    /// (clickear) included, and suggestions come in the matched form.
    @Test func importedLemmasMatchTheirConjugatedForms() throws {
        let glossary = try importing(
            """
            wrong,suggestion,source
            tomar lugar,tener lugar,take place
            clickear,hacer clic,click
            resetear,restablecer,reset
            asumir que,suponer que,assume that

            """)
        let text = """
            La reunión tomó lugar en Ginebra.
            Clickee en el botón.
            El técnico reseteó el router y lo está reseteando otra vez.
            Asumieron que era tarde; habían asumido que nadie vendría.
            Hay que resetearlo.

            """
        #expect(
            try fix(text, glossary: glossary) == """
                La reunión tuvo lugar en Ginebra.
                Haga clic en el botón.
                El técnico restableció el router y lo está restableciendo otra vez.
                Supusieron que era tarde; habían supuesto que nadie vendría.
                Hay que restablecerlo.

                """)
    }

    /// Case 07: English loanwords in their English plural, nouns in apposition left alone.
    @Test func loanwordsMatchInTheirEnglishPlural() throws {
        let glossary = try importing(
            """
            wrong,suggestion,source,id
            webinar,seminario web|webinario,webinar,webinar
            website,sitio web,website,website
            screenshot,captura de pantalla|pantallazo,screenshot,screenshot
            spam,correo basura|correo no deseado,spam,spam
            sponsor,patrocinador,sponsor,sponsor
            plugin,complemento|extensión,plugin,plugin
            plug-in,complemento|extensión,plug-in,plugin

            """)
        let text = """
            Mañana ofrecemos dos webinars gratuitos.
            Visite nuestros websites oficiales.
            Adjunte dos screenshots del error.
            Los filtros bloquean los spams más comunes.
            Los sponsors del torneo firmaron ayer.
            Instale los plug-ins necesarios.

            """
        #expect(
            try fix(text, glossary: glossary) == """
                Mañana ofrecemos dos seminarios web gratuitos.
                Visite nuestros sitios web oficiales.
                Adjunte dos capturas de pantalla del error.
                Los filtros bloquean los correos basura más comunes.
                Los patrocinadores del torneo firmaron ayer.
                Instale los complementos necesarios.

                """)
    }

    /// A noun that shares a form with the verb is not the verb (*un aumento*).
    @Test func aNounAfterADeterminerIsNotTheVerb() throws {
        let glossary = try importing(
            """
            wrong,suggestion,source
            aumentar,incrementar,increase

            """)
        let text = "Hubo un aumento de precios. Yo aumento el precio.\n"
        #expect(try fix(text, glossary: glossary) == "Hubo un aumento de precios. Yo incremento el precio.\n")
    }
}

/// `glossary show --forms` lists what an entry matches, and `glossary validate` reports
/// a form two entries both generate.
@Suite struct EntryFormsCLITests {
    @Test func showFormsListsEveryFormWithItsSuggestions() throws {
        let result = try CLIRunner.run(["glossary", "show", "take-place", "--forms"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("glossaries/calques.xml:") == true)
        #expect(lines.contains("tomaron lugar → tuvieron lugar | se celebraron  (listed)"))
        #expect(lines.contains("tomara lugar → tuviera lugar | se celebrara  <vblex><pis><p3><sg>"))
        #expect(lines.contains("tomando lugar → teniendo lugar | celebrándose  <vblex><ger>"))
        #expect(lines.count > 60)
        let missing = try CLIRunner.run(["glossary", "show", "no-such-entry", "--forms"])
        #expect(missing.status == 2)
    }

    @Test func validateChecksEveryFormOfASuggestionAgainstTheOtherEntries() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let rows = directory.appendingPathComponent("rows.csv")
        try Data("wrong,suggestion,source,id\nsalvar,guardar,save,a\nguardó,almacenó,kept,b\n".utf8).write(to: rows)
        let glossary = directory.appendingPathComponent("mine.xml").path
        #expect(try CLIRunner.run(["glossary", "import", rows.path, "--glossary", glossary]).status == 0)
        let result = try CLIRunner.run(["glossary", "validate", "--no-builtin", "--glossary", glossary])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("suggestion 'guardó' of entry 'a' is flagged by entry 'b'"))
    }

    @Test func validateReportsAGeneratedSuggestionItsOwnEntryFlags() throws {
        let glossary = try CLIRunner.file(
            """
            <glossary xmlns="urn:enmienda:glossary" version="2">
              <entry id="take-place" category="mistranslation" severity="minor">
                <source>take place</source><wrong>tomar lugar</wrong><suggestion>tener lugar</suggestion>
                <form><wrong>tuvo lugar</wrong><suggestion>ocurrió</suggestion></form>
              </entry>
            </glossary>
            """, named: "own.xml")
        // The preterite of the suggestion is the form the entry lists as wrong: a first fix
        // writes it, a second one corrects it again.
        let text = try CLIRunner.temporaryDirectory().appendingPathComponent("t.txt")
        try Data("El evento tomó lugar ayer.\n".utf8).write(to: text)
        let fixed = try CLIRunner.run(["fix", "--no-builtin", "--glossary", glossary.path, text.path, "-o", "-"])
        #expect(fixed.standardOutput == "El evento tuvo lugar ayer.\n")
        let result = try CLIRunner.run(["glossary", "validate", "--no-builtin", "--glossary", glossary.path])
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains(
                "error: suggestion 'tuvo lugar', a form entry 'take-place' generates, is flagged by the entry itself"))
        // A suggestion no form of the entry flags is not reported.
        let built = try CLIRunner.run(["glossary", "validate"])
        #expect(built.status == 0)
    }

    /// The context that let an entry correct a sentence is still there around its
    /// correction: a generated form its own wrong forms flag is reported even when the
    /// entry requires words nearby, which the suggestion alone does not have.
    @Test func validateReportsAGeneratedSuggestionItsOwnEntryFlagsInItsContext() throws {
        let glossary = try CLIRunner.file(
            """
            <glossary xmlns="urn:enmienda:glossary" version="2">
              <entry id="order-food" category="mistranslation" severity="minor">
                <source>order</source><wrong>ordenar</wrong><wrong>pide</wrong><suggestion>pedir</suggestion>
                <require after="3">pizza</require>
              </entry>
            </glossary>
            """, named: "context.xml")
        let result = try CLIRunner.run(["glossary", "validate", "--no-builtin", "--glossary", glossary.path])
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains(
                "error: suggestion 'pide', a form entry 'order-food' generates, is flagged by the entry itself"))
    }

    @Test func validateReportsAFormTwoEntriesGenerate() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let rows = directory.appendingPathComponent("rows.csv")
        try Data(
            "wrong,suggestion,source,id\nasumir que,suponer que,assume,assume\nasumió que,dio por sentado que,assumed,assumed\n"
                .utf8
        )
        .write(to: rows)
        let glossary = directory.appendingPathComponent("mine.xml").path
        #expect(try CLIRunner.run(["glossary", "import", rows.path, "--glossary", glossary]).status == 0)
        let result = try CLIRunner.run(["glossary", "validate", "--no-builtin", "--glossary", glossary])
        #expect(result.status != 0)
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains(
                "form 'asumió que' of entry 'assumed' is also a form of entry 'assume', which comes first and wins"),
            "\(result.standardOutput)")
    }
}

/// Two entries that list the same verb phrase share every form of it: the clash is said
/// once, with the number of forms, not once per form.
@Suite struct SharedFormsCLITests {
    @Test func aVerbPhraseTwoEntriesListIsReportedOnce() throws {
        let glossary = try CLIRunner.file(
            """
            <glossary xmlns="urn:enmienda:glossary" version="2">
              <entry id="my-take-place" category="mistranslation" severity="minor">
                <source>take place</source><wrong>tomar lugar</wrong><suggestion>celebrarse</suggestion>
              </entry>
            </glossary>
            """, named: "mine.xml")
        // The built-in take-place entry lists the same phrase.
        let result = try CLIRunner.run(["glossary", "validate", "--glossary", glossary.path])
        #expect(result.status == 1)
        let clashes = result.standardOutput.split(separator: "\n").filter { $0.contains("also form") }
        #expect(clashes.count == 1, "\(result.standardOutput)")
        #expect(
            clashes.first?.contains("forms of entry 'my-take-place' ('tomó lugar', ") == true,
            "\(result.standardOutput)")
        #expect(clashes.first?.contains("are also forms of entry 'take-place', which comes first and wins") == true)
    }
}

/// What the new-user trial of issue 15 found, each kept as a test.
@Suite struct WordFormsTrialTests {
    private func fix(_ text: String, rows: String? = nil) throws -> String {
        var arguments = ["fix", "-", "-o", "-"]
        if let rows {
            let directory = try CLIRunner.temporaryDirectory()
            let csv = directory.appendingPathComponent("rows.csv")
            try Data(rows.utf8).write(to: csv)
            let glossary = directory.appendingPathComponent("mine.xml").path
            #expect(try CLIRunner.run(["glossary", "import", csv.path, "--glossary", glossary]).status == 0)
            arguments += ["--no-builtin", "--glossary", glossary]
        }
        return try CLIRunner.run(arguments, input: Array(text.utf8)).standardOutput
    }

    @Test func pronominalSuggestionsInCompoundTensesTakeTheThirdPerson() throws {
        let rows = "wrong,suggestion,source\ncolapsar,derrumbarse,collapse\n"
        #expect(
            try fix("El techo había colapsado. Temen que la presa haya colapsado.\n", rows: rows)
                == "El techo se había derrumbado. Temen que la presa se haya derrumbado.\n")
    }

    @Test func prepositionAndArticleContract() throws {
        #expect(
            try fix("Los sindicatos ponen presión sobre el Ejecutivo.\n")
                == "Los sindicatos presionan al Ejecutivo.\n")
    }

    @Test func aNounAfterAnAdjectiveOrAVerbIsNotTheVerb() throws {
        let rows = "wrong,suggestion,source\ncambiar,modificar,change\n"
        let text = "Vive un profundo cambio político. Hubo cambio de gobierno. Quieren cambio. Yo cambio el plan.\n"
        #expect(
            try fix(text, rows: rows)
                == "Vive un profundo cambio político. Hubo cambio de gobierno. Quieren cambio. Yo modifico el plan.\n")
    }

    @Test func feminineNounsWithAStressedATakeElAndUn() throws {
        let rows =
            "wrong,suggestion,source,id\naumento,alza,increase,increase\npistola de asalto,arma de asalto,assault rifle,rifle\n"
        #expect(
            try fix("El aumento fue grande. Compró una pistola de asalto.\n", rows: rows)
                == "El alza fue grande. Compró un arma de asalto.\n")
    }

    @Test func pronominalWrongFormsMatchWithTheirPronoun() throws {
        let rows = "wrong,suggestion,source\nenfocarse en,centrarse en,focus on\n"
        #expect(
            try fix("La ministra se enfoca en la economía. Se ha enfocado en la salud.\n", rows: rows)
                == "La ministra se centra en la economía. Se ha centrado en la salud.\n")
    }

    @Test func theTextsAccentsChooseAmongFormsOfAnUnknownVerb() throws {
        let rows = "wrong,suggestion,source\ngooglear,buscar en internet,google\n"
        #expect(try fix("Ayer googleé a la candidata.\n", rows: rows) == "Ayer busqué en internet a la candidata.\n")
    }

    @Test func aPhraseSuggestionTakesNoEncliticAndFixedCompoundsDoNotVary() throws {
        let rows = "wrong,suggestion,source\nclickear,hacer clic,click\n"
        #expect(try fix("Clickéalo y verás.\n", rows: rows) == "Clickéalo y verás.\n")
        #expect(try fix("Los ceasefires anteriores fracasaron.\n") == "Los alto el fuego anteriores fracasaron.\n")
    }

    @Test func vosotrosImperativesWithOsTakeNoAccent() throws {
        let shown = try CLIRunner.run(["glossary", "show", "take-place", "--forms"]).standardOutput
        #expect(!shown.contains("celébraos"))
    }
}
