import Foundation
import Testing

@testable import Enmienda

/// The built-in entries whose convention depends on the variety are marked with the
/// varieties where they hold, and the aligner judges a text by its variety.
@Suite struct VarietyGlossaryTests {
    private static let text = "La economía creció un 2.5 % y llegaron 30,000 soldados."

    @Test(arguments: ["english-decimal-point", "english-thousands-separator"])
    func aDecimalPointEntryHoldsWhereTheCommaIsTheSign(_ id: String) throws {
        let entry = try #require(try Glossary.builtIn.entry(withID: id))
        for variety in SpanishVariety.allCases {
            #expect(entry.applies(to: variety) == (variety.decimalSign == .comma), "\(variety)")
        }
    }

    @Test func theVarietyDecidesWhatIsFlagged() throws {
        func flagged(_ variety: SpanishVariety) throws -> [String] {
            let aligner = Aligner(glossary: try Glossary.builtIn, options: AlignmentOptions(variety: variety))
            return aligner.align(TextDocument(Self.text)).findings.map(\.entryID)
        }
        #expect(try flagged(.spain) == ["english-decimal-point", "english-thousands-separator"])
        #expect(try flagged(.argentina) == ["english-decimal-point", "english-thousands-separator"])
        #expect(try flagged(.mexico).isEmpty)
        #expect(try flagged(.unitedStates).isEmpty)
    }

    @Test func theVarietiesAttributeRoundTripsThroughTheSchema() throws {
        let xml = """
            <glossary xmlns="urn:enmienda:glossary" version="1">
              <entry id="ordenador" category="terminology" severity="minor" varieties="es-419 es-US">
                <source>computer</source><wrong>ordenador</wrong><suggestion>computadora</suggestion>
              </entry>
            </glossary>
            """
        let glossary = try Glossary(xml: Array(xml.utf8), path: "g.xml")
        #expect(glossary.entries[0].varieties == [.latinAmerica, .unitedStates])
        #expect(GlossaryXMLWriter().xml(for: glossary).contains("varieties=\"es-419 es-US\""))
        let refused = xml.replacingOccurrences(of: "es-419 es-US", with: "es-419 es-FR")
        #expect(throws: InputError.self) { try Glossary(xml: Array(refused.utf8), path: "g.xml") }
    }
}
