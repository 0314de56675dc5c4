import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// Nouns in the other number with the lexicon: English loanwords in their English
/// plural, and nouns in apposition left alone in multiword suggestions (issue 15,
/// field case 07).
@Suite struct NounExpansionTests {
    static func fix(_ text: String, _ entry: GlossaryEntry) throws -> String {
        try Fixtures.lexicalAligner([entry]).align(TextDocument(text)).correctedText
    }

    @Test(arguments: [
        ("webinar", "seminario web", "Ofrecemos dos webinars gratuitos.", "Ofrecemos dos seminarios web gratuitos."),
        ("website", "sitio web", "Visite nuestros websites.", "Visite nuestros sitios web."),
        ("spam", "correo basura", "Bloquean los spams.", "Bloquean los correos basura."),
        ("spam", "correo no deseado", "Bloquean los spams.", "Bloquean los correos no deseados."),
        ("plug-in", "complemento", "Instale los plug-ins.", "Instale los complementos."),
        ("sponsor", "patrocinador", "Los sponsors firmaron.", "Los patrocinadores firmaron."),
    ])
    func loanwordsInTheirEnglishPlural(_ wrong: String, _ suggestion: String, _ text: String, _ corrected: String)
        throws
    {
        let entry = Fixtures.entry(wrong, wrong: [wrong], suggestions: [suggestion], category: .untranslated)
        #expect(try Self.fix(text, entry) == corrected)
    }

    @Test func theSpanishPluralStillMatchesAndKnownWordsKeepTheirOwn() throws {
        let sponsor = Fixtures.entry("sponsor", wrong: ["sponsor"], suggestions: ["patrocinador"])
        #expect(try Self.fix("Los sponsores firmaron.", sponsor) == "Los patrocinadores firmaron.")
        let regime = Fixtures.entry("regime", wrong: ["régimen"], suggestions: ["sitio"])
        #expect(try Self.fix("Los regímenes cayeron.", regime) == "Los sitios cayeron.")
        // A known Spanish word takes no English plural.
        #expect(try Self.fix("Los regimens cayeron.", regime) == "Los regimens cayeron.")
    }
}
