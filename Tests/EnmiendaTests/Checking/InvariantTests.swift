import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Invariants checked on many generated texts (seeded, so every run checks the same ones).
@Suite struct InvariantTests {
    static let fragments = [
        "no talleres", "NO TALLERES", "No talleres", "rondas de municiones", "unas rondas de munición", "12,000 tropas",
        "2,125 %", "esfuerzo de guerra", "Ministro de", "causa raíz", "el liderazgo ruso", "Sr.", "EE. UU.", "año",
        "municio\u{301}n", "tal\u{AD}leres", "“", "”", "«", "»", "(", ")", ",", ".", "!", "¿", "?", "—", "🙂", "ñandú",
        "Demilitarize", "6,000", "que vio a las tres naciones desplegar", "elimine al presidente de su cargo",
    ]
    static let spaces = [" ", " ", " ", "  ", "\u{A0}", "\n", "\r\n", "\r", "\t", "\u{202F}", ""]

    static func text(seed: UInt64) -> [UInt8] {
        var generator = SeededGenerator(state: seed)
        var text = Bool.random(using: &generator) ? "\u{FEFF}" : ""
        for _ in 0..<Int.random(in: 0...60, using: &generator) {
            text += fragments.randomElement(using: &generator) ?? ""
            text += spaces.randomElement(using: &generator) ?? " "
        }
        return Array(text.utf8)
    }

    static let aligner = Result { Aligner(glossary: try Glossary.builtIn) }

    @Test(arguments: 0..<300)
    func offsetsLinesAndColumnsPointAtTheFindings(_ seed: Int) throws {
        let bytes = Self.text(seed: UInt64(seed))
        let alignment = try Self.aligner.get().align(TextDocument(bytes: bytes, path: "p.txt"))
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        for finding in alignment.findings {
            #expect(bytes[finding.byteRange].elementsEqual(finding.matchedText.utf8))
            let prefix = String(decoding: bytes[..<finding.byteRange.lowerBound], as: UTF8.self)
            #expect(finding.scalarOffset == prefix.unicodeScalars.count)
            #expect(
                String(
                    String.UnicodeScalarView(
                        scalars[finding.scalarOffset..<finding.scalarOffset + finding.scalarLength]))
                    == finding.matchedText)
            // Lines and columns, counted independently: \r\n, \r and \n end a line; a BOM is no column.
            let lines = prefix.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .components(separatedBy: "\n")
            #expect(finding.location.line == lines.count)
            let lastLine = lines.count == 1 ? String(lines[0].drop { $0 == "\u{FEFF}" }) : lines[lines.count - 1]
            #expect(finding.location.column == lastLine.unicodeScalars.count + 1)
        }
    }

    @Test(arguments: 0..<300)
    func correctingChangesOnlyTheFindingsSpans(_ seed: Int) throws {
        let bytes = Self.text(seed: UInt64(seed) + 10_000)
        let alignment = try Self.aligner.get().align(TextDocument(bytes: bytes, path: "p.txt"))
        var output = alignment.correctedBytes[...]
        var position = 0
        for finding in alignment.findings {
            #expect(finding.byteRange.lowerBound >= position, "findings overlap")
            let before = bytes[position..<finding.byteRange.lowerBound]
            #expect(output.starts(with: before))
            output = output.dropFirst(before.count)
            #expect(output.starts(with: finding.topSuggestion.utf8))
            output = output.dropFirst(finding.topSuggestion.utf8.count)
            position = finding.byteRange.upperBound
        }
        #expect(output.elementsEqual(bytes[position...]))
    }

    /// Found by FuzzAligner: without the lexicon, the agreement of *1 tropas* reached into
    /// the words of the next finding, and the overlapping findings stopped the aligner.
    @Test func findingsGrownByAgreementNeverOverlap() throws {
        let aligner = Aligner(glossary: try Glossary.builtIn)
        let alignment = aligner.align(TextDocument("1 tropas das de una ronda de munición"))
        var end = 0
        for finding in alignment.findings {
            #expect(finding.byteRange.lowerBound >= end)
            end = finding.byteRange.upperBound
        }
        #expect(!alignment.findings.isEmpty)
    }

    /// `count` decides findings without making them (issue #19): it must decide the same
    /// ones, with the English lexicon's untranslated words among them, and with a chunk
    /// size small enough that texts are cut into several chunks.
    @Test(arguments: 0..<200)
    func countingFindsWhatAligningFinds(_ seed: Int) throws {
        let english = ["el bailout", "la policy", "quickly", "the deal", "un shortfall"]
        var bytes = Self.text(seed: UInt64(seed) + 30_000)
        for (index, phrase) in english.enumerated() where (seed >> index) & 1 == 1 {
            // After a space, so never inside a character.
            let spaces = bytes.indices.filter { bytes[$0] == 0x20 }
            let at = spaces.isEmpty ? bytes.count : spaces[spaces.count * index / english.count] + 1
            bytes.insert(contentsOf: Array("\(phrase) ".utf8), at: at)
        }
        let document = TextDocument(validated: bytes, path: "p.txt")
        var options = try Self.aligner.get().options
        options.chunkSize = 64
        options.englishLexicon = Fixtures.englishLexicon
        let aligner = try Aligner(compiled: Self.aligner.get(), options: options)
        let alignment = aligner.align(document)
        let counted = aligner.count(document)
        #expect(counted.findingsBySeverity == Tally(alignment).findingsBySeverity)
        #expect(counted.words == alignment.wordCount)
    }

    @Test(arguments: 0..<100)
    func noCorrectionReproducesTheInputByteForByte(_ seed: Int) throws {
        let bytes = Self.text(seed: UInt64(seed) + 20_000)
        let alignment = Aligner(glossary: .empty).align(try TextDocument(bytes: bytes, path: "p.txt"))
        #expect(alignment.findings.isEmpty)
        #expect(alignment.correctedBytes == bytes)
    }
}

/// Loading a glossary, writing it and loading it again gives an equal glossary.
@Suite struct GlossaryRoundTripTests {
    /// The entries without their locations in the file (which writing moves).
    private func content(_ glossary: Glossary) -> [GlossaryEntry] {
        let nowhere = SourceLocation(path: "", line: 0, column: 0)
        return glossary.entries.map { entry in
            var entry = entry
            entry.location = nowhere
            entry.examples = entry.examples.map { example in
                var example = example
                example.location = nowhere
                return example
            }
            return entry
        }
    }

    private func roundTrip(_ glossary: Glossary) throws {
        let written = GlossaryXMLWriter().xml(for: glossary)
        let reloaded = try Glossary(xml: Array(written.utf8), path: "written.xml")
        #expect(content(reloaded) == content(glossary))
        #expect(reloaded.title == glossary.title)
        #expect(GlossaryXMLWriter().xml(for: reloaded) == written, "writing is idempotent")
    }

    @Test func theBuiltInGlossaryRoundTrips() throws {
        try roundTrip(try Glossary.builtIn)
    }

    @Test func everyFeatureRoundTrips() throws {
        let xml = """
            <glossary xmlns="urn:enmienda:glossary" version="1" xmlns:t="urn:tool">
              <title>Todo &amp; más</title>
              <entry id="all" category="locale-violation" severity="critical" inflect="number gender" case="sensitive"
                     accents="sensitive" t:owner="ana">
                <source>a &lt;b&gt;</source>
                <wrong>{number} tropas</wrong>
                <suggestion>{number} soldados</suggestion>
                <form><wrong>x y</wrong><suggestion>z</suggestion></form>
                <require before="2" after="1">más de|unos</require>
                <forbid after="1">de</forbid>
                <exception>las tropas</exception>
                <note>Una nota
                  en dos líneas.</note>
                <incorrect corrected="12.000 soldados" suggestions="12.000 soldados">12,000 <marker>tropas</marker></incorrect>
                <correct>Las tropas "se" fueron.</correct>
                <t:review by="ana"><t:comment>ok</t:comment></t:review>
              </entry>
              <entry id="plain" category="style" severity="minor" inflect="none">
                <source>s</source><wrong>w</wrong><suggestion>v</suggestion>
              </entry>
            </glossary>
            """
        try roundTrip(try Glossary(xml: Array(xml.utf8), path: "all.xml"))
    }
}
