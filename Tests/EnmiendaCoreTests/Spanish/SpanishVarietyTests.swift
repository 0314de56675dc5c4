import Testing

@testable import EnmiendaCore

/// The varieties of Spanish: their tags, which contain which, and the conventions that
/// differ between them (Ortografía 2010, §8.2.2.1.2).
@Suite struct SpanishVarietyTests {
    @Test func tagsAreReadWithoutRegardToCaseOrUnderscore() {
        #expect(SpanishVariety(tag: "es-MX") == .mexico)
        #expect(SpanishVariety(tag: "es_mx") == .mexico)
        #expect(SpanishVariety(tag: "ES-419") == .latinAmerica)
        #expect(SpanishVariety(tag: "es-es") == .spain)
        for tag in ["es", "es-FR", "en-US", "es-MX-x", "", "-", "es-"] {
            #expect(SpanishVariety(tag: tag) == nil, "\(tag)")
        }
        for variety in SpanishVariety.allCases { #expect(SpanishVariety(tag: variety.tag) == variety) }
    }

    @Test func latinAmericaIncludesItsCountriesOnly() {
        #expect(SpanishVariety.latinAmerica.includes(.argentina))
        #expect(SpanishVariety.latinAmerica.includes(.mexico))
        #expect(SpanishVariety.latinAmerica.includes(.latinAmerica))
        #expect(!SpanishVariety.latinAmerica.includes(.spain))
        #expect(!SpanishVariety.latinAmerica.includes(.unitedStates))
        #expect(!SpanishVariety.latinAmerica.includes(.equatorialGuinea))
        #expect(!SpanishVariety.argentina.includes(.latinAmerica))
        #expect(!SpanishVariety.mexico.includes(.argentina))
    }

    @Test func theDecimalSignAndThousandsSeparatorFollowTheVariety() {
        for variety in [SpanishVariety.spain, .argentina, .chile, .colombia, .uruguay] {
            #expect(variety.decimalSign == .comma, "\(variety)")
            #expect(variety.thousandsSeparator == .period, "\(variety)")
        }
        for variety in [SpanishVariety.mexico, .unitedStates, .guatemala, .dominicanRepublic, .puertoRico] {
            #expect(variety.decimalSign == .point, "\(variety)")
            #expect(variety.thousandsSeparator == .comma, "\(variety)")
        }
        #expect(AlignmentOptions().thousandsSeparator == .period)
        #expect(AlignmentOptions(variety: .mexico).thousandsSeparator == .comma)
        #expect(AlignmentOptions(variety: .mexico, thousandsSeparator: .space).thousandsSeparator == .space)
    }
}
