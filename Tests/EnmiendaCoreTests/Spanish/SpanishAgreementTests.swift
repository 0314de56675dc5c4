import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// Which words agree with a noun phrase, and their forms in another gender and number
/// (issue 16): from a lexicon's tags, or from the closed tables without one.
@Suite struct SpanishAgreementTests {
    static let feminine = AgreementFeatures(gender: .feminine, number: .plural)
    static let masculine = AgreementFeatures(gender: .masculine, number: .plural)

    /// A lexicon built in code with the readings the tests need.
    static let lexicon: SpanishLexicon = {
        var builder = LexiconBuilder()
        let rows: [(String, String, String)] = [
            ("todas", "todo", "<predet><f><pl>"), ("todos", "todo", "<predet><m><pl>"),
            ("todas", "todo", "<prn><tn><f><pl>"), ("todos", "todo", "<prn><tn><m><pl>"),
            ("cuantas", "cuanto", "<rel><nn><f><pl>"), ("cuantos", "cuanto", "<rel><nn><m><pl>"),
            ("que", "que", "<rel><an><mf><sp>"), ("que", "que", "<cnjsub>"),
            ("doscientas", "doscientos", "<num><f><sp>"), ("doscientos", "doscientos", "<num><m><sp>"),
            ("dos", "dos", "<num><mf><sp>"),
            ("ambas", "ambos", "<det><ind><f><pl>"), ("ambos", "ambos", "<det><ind><m><pl>"),
            ("destruida", "destruir", "<vblex><pp><f><sg>"), ("destruidas", "destruir", "<vblex><pp><f><pl>"),
            ("destruido", "destruir", "<vblex><pp><m><sg>"), ("destruidos", "destruir", "<vblex><pp><m><pl>"),
            ("fue", "ser", "<vbser><ifi><p3><sg>"), ("fueron", "ser", "<vbser><ifi><p3><pl>"),
            ("fue", "ir", "<vblex><ifi><p3><sg>"), ("fueron", "ir", "<vblex><ifi><p3><pl>"),
            ("completa", "completo", "<adj><f><sg>"), ("completa", "completar", "<vblex><pri><p3><sg>"),
            ("fuego", "fuego", "<n><m><sg>"), ("alto", "alto", "<adj><m><sg>"),
            ("evidencia", "evidencia", "<n><f><sg>"), ("pruebas", "prueba", "<n><f><pl>"),
            ("soldados", "soldado", "<n><mf><pl>"), ("inviables", "inviable", "<adj><mf><pl>"),
        ]
        for (form, lemma, tags) in rows { builder.add(form: form, lemma: lemma, tags: tags) }
        do {
            return try SpanishLexicon(image: LexiconImage(builder.build(source: "agreement fixture")))
        } catch {
            preconditionFailure("the agreement fixture does not read: \(error)")
        }
    }()

    let lexical = SpanishAgreement(morphology: SpanishMorphology(lexicon: Self.lexicon))
    let rules = SpanishAgreement(morphology: SpanishRules())

    @Test func tagsChangeOnlyInGenderAndNumber() {
        #expect(SpanishAgreement.retagged("<det><ind><f><pl>", gender: .masculine, number: nil) == "<det><ind><m><pl>")
        #expect(
            SpanishAgreement.retagged("<vbser><ifi><p3><sg>", gender: nil, number: .plural) == "<vbser><ifi><p3><pl>")
        #expect(SpanishAgreement.retagged("<num><mf><sp>", gender: .masculine, number: .plural) == "<num><mf><sp>")
    }

    @Test func determinersQuantifiersAndRelativesFollowTheNoun() {
        #expect(
            lexical.reinflect("todas", at: .beforeNoun, from: Self.feminine, to: Self.masculine) == .agrees("todos"))
        #expect(
            lexical.reinflect("Cuantas", at: .beforeNoun, from: Self.feminine, to: Self.masculine) == .agrees("Cuantos")
        )
        #expect(
            lexical.reinflect("doscientas", at: .beforeNoun, from: Self.feminine, to: Self.masculine)
                == .agrees("doscientos"))
        #expect(
            lexical.reinflect("ambas", at: .beforeNoun, from: Self.feminine, to: Self.masculine) == .agrees("ambos"))
        // Invariable words agree and stay; "que" is no determiner of the phrase.
        #expect(lexical.reinflect("dos", at: .beforeNoun, from: Self.feminine, to: Self.masculine) == .agrees("dos"))
        #expect(lexical.reinflect("que", at: .beforeNoun, from: Self.feminine, to: Self.masculine) == .unrelated)
        #expect(!lexical.isDeterminer("que"))
        #expect(lexical.isDeterminer("cuantas"))
    }

    @Test func aWordWithNoFormInTheNewAgreementIsUnsure() {
        let singular = AgreementFeatures(gender: .masculine, number: .singular)
        #expect(lexical.reinflect("ambas", at: .beforeNoun, from: Self.feminine, to: singular) == .unsure)
        #expect(rules.reinflect("ambas", at: .beforeNoun, from: Self.feminine, to: singular) == .unsure)
    }

    @Test func adjectivesAndParticiplesAfterTheNounOnly() {
        let singular = AgreementFeatures(gender: .feminine, number: .singular)
        #expect(
            lexical.reinflect("destruida", at: .afterNoun, from: singular, to: Self.feminine) == .agrees("destruidas"))
        #expect(lexical.reinflect("destruidos", at: .afterNoun, from: Self.feminine, to: Self.masculine) == .unrelated)
        #expect(lexical.reinflect("todas", at: .afterNoun, from: Self.feminine, to: Self.masculine) == .unrelated)
    }

    @Test func verbsChangeNumberInTheirTense() {
        #expect(lexical.reinflectVerb("fue", from: .singular, to: .plural) == .agrees("fueron"))
        #expect(lexical.reinflectVerb("completa", from: .singular, to: .plural) == .unsure)
        #expect(lexical.reinflectVerb("fueron", from: .singular, to: .plural) == .unrelated)
        #expect(rules.reinflectVerb("Fue", from: .singular, to: .plural) == .agrees("Fueron"))
        #expect(lexical.isCopula("fue"))
        #expect(!lexical.isCopula("completa"))
    }

    @Test func aPhraseTakesTheFeaturesOfItsHead() {
        #expect(lexical.phrase(["evidencia"]).features == AgreementFeatures(gender: .feminine, number: .singular))
        #expect(lexical.phrase(["pruebas", "de"]).features == AgreementFeatures(gender: .feminine, number: .plural))
        #expect(lexical.phrase(["soldados"]).features == AgreementFeatures(gender: nil, number: .plural))
        let adjective = lexical.phrase(["inviables"])
        #expect(!adjective.isNoun && adjective.known)
        // A fixed compound does not vary in number.
        #expect(lexical.phrase(["alto", "el", "fuego"]).features.number == nil)
        // An English loanword is unknown but nominal; a verb phrase of Spanish words is not.
        #expect(lexical.phrase(["deadline"]).nominal && !lexical.phrase(["deadline"]).known)
        #expect(!lexical.phrase(["fue"]).nominal)
    }

    @Test func withoutALexiconTheTablesDecide() {
        #expect(
            rules.reinflect("Varias", at: .beforeNoun, from: Self.feminine, to: Self.masculine) == .agrees("Varios"))
        #expect(rules.reinflect("las", at: .beforeNoun, from: Self.masculine, to: Self.feminine) == .unrelated)
        #expect(rules.determinerFeatures(of: "sus") == AgreementFeatures(gender: nil, number: .plural))
        #expect(rules.phrase(["la", "audiencia"]).features == AgreementFeatures(gender: .feminine, number: .singular))
    }
}
