import EnmiendaTestSupport
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// The words around a match agree with a suggestion of another gender or number even
/// when the entry does not inflect (`inflect="none"`) and when the nouns on either side
/// are of either gender (*accionista*, *parte*): `fix` wrote *Las partes interesadas
/// estaban preocupados* for the built-in *stakeholders* entry.
@Suite struct FixedFormAgreementTests {
    private static func entry(_ id: String, _ wrong: String, _ suggestion: String, inflects: Bool) -> GlossaryEntry {
        var entry = Fixtures.entry(id, wrong: [wrong], suggestions: [suggestion])
        if !inflects { entry.inflection = [] }
        return entry
    }

    static let aligner = Result {
        let lexicon = try #require(TestLexicon.loaded.lexicon, "install apertium-spa-cat (bash .ci/setup tests)")
        let entries = [
            entry("stakeholders", "los stakeholders", "las partes interesadas", inflects: false),
            entry("shareholders", "accionistas", "partes interesadas", inflects: true),
            entry("quarrel", "tuvieron un argumento", "tuvieron una discusión", inflects: false),
            entry("rounds", "rondas de municiones", "proyectiles", inflects: true),
            entry("troops", "{number} tropas", "{number} soldados", inflects: true),
        ]
        return Aligner(
            glossary: try Glossary(entries: entries),
            options: AlignmentOptions(morphology: SpanishMorphology(lexicon: lexicon), concurrency: 1))
    }

    @Test(arguments: [
        ("Los stakeholders estaban preocupados.", "Las partes interesadas estaban preocupadas."),
        ("Los stakeholders quedaron contentos con el plan.", "Las partes interesadas quedaron contentas con el plan."),
        ("Los accionistas estaban preocupados.", "Las partes interesadas estaban preocupadas."),
        ("Los accionistas europeos votaron.", "Las partes interesadas europeas votaron."),
        // A form that opens with a verb: its subject is no part of the phrase.
        ("Los dos hermanos tuvieron un argumento.", "Los dos hermanos tuvieron una discusión."),
        // A partitive's head before a form that opens with its determiner.
        (
            "Muchos de los stakeholders están molestos y cansados.",
            "Muchas de las partes interesadas están molestas y cansadas."
        ),
        // A verb coordinated with the subject's shares it, and its predicate agrees.
        (
            "Las rondas de municiones fueron enviadas la semana pasada y estaban almacenadas en un depósito.",
            "Los proyectiles fueron enviados la semana pasada y estaban almacenados en un depósito."
        ),
        (
            "Unas 3.500 tropas rusas cruzaron la frontera y fueron rodeadas.",
            "Unos 3.500 soldados rusos cruzaron la frontera y fueron rodeados."
        ),
        // A clause with a subject of its own does not.
        (
            "Las rondas de municiones llegaron y las tropas estaban cansadas.",
            "Los proyectiles llegaron y las tropas estaban cansadas."
        ),
        // A subject after a clause that ends in its predicate is no coordinated phrase:
        // its own predicate agrees (it was left as "fueron enviadas", unchecked).
        (
            "La casa fue vendida y las rondas de municiones fueron enviadas.",
            "La casa fue vendida y los proyectiles fueron enviados."
        ),
    ])
    func theSentenceAgreesWithTheSuggestion(_ text: String, _ expected: String) throws {
        let alignment = try Self.aligner.get().align(TextDocument(text))
        #expect(alignment.correctedText == expected)
        #expect(alignment.findings.allSatisfy { $0.manualCheck == nil })
    }
}
