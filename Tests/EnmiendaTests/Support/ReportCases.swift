import EnmiendaTestSupport
import Foundation

@testable import Enmienda
@testable import EnmiendaCore

/// The two runs every reporter's golden files are made from.
///
/// - `kim-lavrov`: the example article (`examples/kim-lavrov.es.txt`) with the built-in
///   glossary.
/// - `tricky`: two hand-written documents with a small inline glossary: CRLF line ends, a
///   byte-order mark, a flag emoji (two code points, four UTF-16 units, eight bytes), a
///   decomposed accent and an emoji before matches on their lines (a code point each, but
///   no terminal column and two), a match wrapped over a CRLF, an entry with two
///   suggestions and a note full of markup, an untranslated critical entry inside «» next
///   to `&` and `<…>`, and a headline whose match fills two whole lines, so that its
///   correction is left for a manual edit.
enum ReportCases {
    /// The example article's path, relative, as the goldens show it.
    static let examplePath = "examples/kim-lavrov.es.txt"

    /// The example article checked against the built-in glossary.
    static func example() throws -> [Alignment] {
        let bytes = Array(try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent(examplePath)))
        return [Aligner(glossary: try Glossary.builtIn).align(try TextDocument(bytes: bytes, path: examplePath))]
    }

    /// The inline glossary of the tricky case.
    static let trickyGlossaryXML = """
          <entry id="non-starters" category="mistranslation" severity="major">
            <source>non-starters</source>
            <wrong>no talleres</wrong>
            <suggestion>inviables</suggestion>
            <suggestion>inaceptables</suggestion>
            <note>Say "inviables" &amp; never &lt;no talleres&gt;: “non-starter” is an idiom.</note>
          </entry>
          <entry id="war-effort" category="terminology" severity="minor">
            <source>war effort</source>
            <wrong>esfuerzo de guerra</wrong>
            <suggestion>esfuerzo bélico</suggestion>
          </entry>
          <entry id="invincible-fighting-brotherhood" category="untranslated" severity="critical" inflect="none">
            <source>invincible fighting brotherhood</source>
            <wrong>Hermandad Fighting Invincible</wrong>
            <suggestion>invencible hermandad combativa</suggestion>
          </entry>
        """

    static func trickyGlossary() throws -> Glossary {
        try Glossary(xml: Fixtures.glossaryXML(trickyGlossaryXML), path: "tricky.xml")
    }

    /// The tricky documents: path, and text with every expected finding marked `⟦…⟧`.
    static let trickyTexts: [(path: String, text: Marked)] = [
        (
            "notas/crónica 1.txt",
            Marked(
                "\u{FEFF}Crónica 🇰🇵: el ⟦esfuerzo de guerra⟧ de Pyongyang\r\n"
                    + "\r\n"
                    + "Ucrania 🇺🇦 —según «fuentes»— califico\u{301} las demandas como ⟦no talleres⟧ y pidió \"más\" ayuda.\r\n"
                    + "En 2024 😀 Corea del Norte envió tropas para ayudar en el ⟦esfuerzo\r\nde guerra⟧ & la "
                    + "«⟦Hermandad Fighting Invincible⟧» <según> Lavrov.\r\n"
                    + "\r\n"
                    + "⟦No\r\ntalleres⟧\r\n")
        ),
        ("notas/b.txt", Marked("Kiev ve las propuestas como ⟦no talleres⟧.\nOtra línea, sin nada.\n")),
    ]

    /// The tricky documents checked against the inline glossary.
    static func tricky() throws -> [Alignment] {
        let aligner = Aligner(glossary: try trickyGlossary())
        return try trickyTexts.map { try aligner.align(TextDocument(bytes: Array($0.text.text.utf8), path: $0.path)) }
    }

    /// Where each marked finding of the tricky documents is, by document.
    static var trickySpans: [[ExpectedSpan]] {
        trickyTexts.map { document in
            document.text.spans.map { ExpectedSpan($0, in: Array(document.text.text.utf8)) }
        }
    }
}

/// A finding's position worked out from the text alone, in every unit the reports use.
struct ExpectedSpan: Equatable {
    var line: Int
    /// In code points from the start of the line; a byte-order mark does not count.
    var column: Int
    var endLine: Int
    var endColumn: Int
    var byteOffset: Int
    var byteLength: Int
    var scalarOffset: Int
    var scalarLength: Int
    var utf16Offset: Int
    var utf16Length: Int
    var matchedText: String

    init(_ span: Range<Int>, in bytes: [UInt8]) {
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        func lineAndColumn(_ offset: Int) -> (Int, Int) {
            let before = Array(text(0..<offset).unicodeScalars)
            let lineStart = (before.lastIndex(of: "\n").map { $0 + 1 }) ?? 0
            let line = before.count { $0 == "\n" } + 1
            let byteOrderMark = line == 1 && before.first == "\u{FEFF}" ? 1 : 0
            return (line, before.count - lineStart + 1 - byteOrderMark)
        }
        (line, column) = lineAndColumn(span.lowerBound)
        (endLine, endColumn) = lineAndColumn(span.upperBound)
        byteOffset = span.lowerBound
        byteLength = span.count
        matchedText = text(span)
        scalarOffset = text(0..<span.lowerBound).unicodeScalars.count
        scalarLength = matchedText.unicodeScalars.count
        utf16Offset = text(0..<span.lowerBound).utf16.count
        utf16Length = matchedText.utf16.count
    }
}
