import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// A line break that a bilingual file writes as an escape (`\n` in a PO string, `&#10;`
/// or `&#xD;` in XLIFF) survives a correction across it, as a plain text's does: the
/// corrected file's segment reads as the plain text corrected.
@Suite struct EscapedLineBreakTests {
    static let texts = [
        "Son no\ntalleres.",
        "Son no\r\ntalleres y rondas de\nmuniciones.",
        "Son no\rtalleres.",
        "Disparó rondas\nde\nmuniciones y 12,000\ntropas.",
        "Sin salto: son no talleres.",
    ]

    private func plainFix(_ text: String) throws -> String {
        try Aligner(glossary: try Glossary.builtIn).align(TextDocument(text)).correctedText
    }

    /// The only target segment's text of the file `fixed` makes of `file`.
    private func fixedSegment(_ file: String, path: String) throws -> String {
        let aligner = Aligner(glossary: try Glossary.builtIn)
        let corrected = aligner.align(try Article(document: TextDocument(file, path: path))).correctedBytes
        let reread = try Article(document: TextDocument(validated: corrected, path: path))
        let segments = try #require(reread.segmented).segments
        try #require(segments.count == 1)
        return String(decoding: segments[0].text, as: UTF8.self)
    }

    @Test(arguments: texts)
    func aPOStringSplitAfterEachLineBreak(_ text: String) throws {
        var escaped = text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n\"\n\"")
        escaped = "msgstr \"\"\n\"" + escaped + "\"\n"
        let file = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"x\"\n" + escaped
        #expect(try fixedSegment(file, path: "a.po") == plainFix(text))
    }

    @Test(arguments: texts)
    func anXLIFFTargetWithCharacterReferences(_ text: String) throws {
        let escaped = text.replacingOccurrences(of: "\r", with: "&#xD;").replacingOccurrences(of: "\n", with: "&#10;")
        let file = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file source-language="en" target-language="es" datatype="plaintext" original="a">
                <body>
                  <trans-unit id="1"><source>x</source><target>\(escaped)</target></trans-unit>
                </body>
              </file>
            </xliff>
            """
        #expect(try fixedSegment(file, path: "a.xlf") == plainFix(text))
    }

    @Test func theFixedTextsDifferFromTheOriginals() throws {
        // Else the two tests above would pass with no correction at all.
        for text in Self.texts { #expect(try plainFix(text) != text) }
        #expect(try plainFix(Self.texts[0]) == "Son\ninviables.")
    }
}
