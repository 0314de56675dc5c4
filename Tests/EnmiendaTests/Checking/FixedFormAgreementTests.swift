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
    ])
    func theSentenceAgreesWithTheSuggestion(_ text: String, _ expected: String) throws {
        let alignment = try Self.aligner.get().align(TextDocument(text))
        #expect(alignment.correctedText == expected)
        #expect(alignment.findings.allSatisfy { $0.manualCheck == nil })
    }
}
