import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// XLIFF 1.2 and 2.x and TMX: only targets are checked and corrected; inline tags are
/// transparent and kept; everything else is written back byte for byte (issue 17).
@Suite struct XLIFFReaderTests {
    private func article(_ xml: String, path: String = "a.xlf") throws -> Article {
        try Article(document: TextDocument(xml, path: path))
    }

    private func fixed(_ xml: String, path: String = "a.xlf") throws -> String {
        let aligner = Aligner(glossary: try Glossary.builtIn)
        return String(decoding: aligner.align(try article(xml, path: path)).correctedBytes, as: UTF8.self)
    }

    private static let version12 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- exported by a CAT tool -->
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file source-language="en-US" target-language="es-ES" datatype="html" original="a.html">
            <header><note>Son no talleres.</note></header>
            <body>
              <group id="g">
                <trans-unit id="u1">
                  <source>Those are non-starters, <ph id="1">&lt;b&gt;</ph>period.</source>
                  <target state="translated">Son no <!-- sic --><g id="2">talleres</g>, <ph id="1">&lt;b&gt;no talleres</ph>punto.</target>
                  <alt-trans><target>Son no talleres.</target></alt-trans>
                </trans-unit>
              </group>
              <trans-unit id="u2" translate="no"><source>no</source><target>Son no talleres.</target></trans-unit>
              <trans-unit id="u3"><source>Rounds.</source><target><![CDATA[Rondas de municiones & más.]]></target></trans-unit>
            </body>
          </file>
        </xliff>

        """

    @Test func version12TargetsOnly() throws {
        let article = try article(Self.version12)
        let segments = try #require(article.segmented).segments
        #expect(segments.map(\.id) == ["u1", "u3"])
        #expect(String(decoding: segments[0].text, as: UTF8.self) == "Son no talleres, punto.")
        #expect(segments[0].source == "Those are non-starters, period.")
        #expect(String(decoding: segments[1].text, as: UTF8.self) == "Rondas de municiones & más.")
    }

    @Test func version12CorrectionsTouchOnlyTheTargetWords() throws {
        let result = try fixed(Self.version12)
        let expected = Self.version12
            .replacingOccurrences(
                of: "Son no <!-- sic --><g id=\"2\">talleres</g>", with: "Son <!-- sic --><g id=\"2\">inviables</g>"
            )
            .replacingOccurrences(of: "<![CDATA[Rondas de municiones & más.]]>", with: "<![CDATA[Proyectiles & más.]]>")
        #expect(result == expected)
    }

    @Test func version2SegmentsAndInlineCodes() throws {
        let xml = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es">
             <file id="f1">
              <unit id="1">
               <segment id="s1"><source>It will take place.</source><target>Eso tomará <pc id="1">lugar</pc>.</target></segment>
               <ignorable><source> </source></ignorable>
               <segment id="s2"><source>Non-starters.</source><target>No talleres<ph id="2"/>.</target></segment>
              </unit>
             </file>
            </xliff>
            """
        let segments = try #require(try article(xml).segmented).segments
        #expect(segments.map(\.id) == ["1/s1", "1/s2"])
        #expect(
            try fixed(xml)
                == xml.replacingOccurrences(of: "tomará <pc", with: "tendrá <pc")
                .replacingOccurrences(of: "No talleres<ph", with: "Inviables<ph"))
    }

    @Test func crlfAndReferencesAreKept() throws {
        let xml =
            "<xliff version=\"1.2\"><file target-language=\"es\"><body><trans-unit id=\"1\"><source>x</source>"
            + "<target>Son&#32;no\r\ntalleres &#x263A;</target></trans-unit></body></file></xliff>"
        let segment = try #require(try article(xml).segmented?.segments.first)
        #expect(String(decoding: segment.text, as: UTF8.self) == "Son no\ntalleres ☺")
        #expect(
            try fixed(xml).contains("<target>Son&#32;inviables ☺</target>") || (try fixed(xml)).contains("inviables"))
        let result = try fixed(xml)
        #expect(result.hasSuffix("</target></trans-unit></body></file></xliff>"))
        #expect(result.contains("&#x263A;"))
    }

    @Test func aFileInAnotherLanguageIsRefused() {
        let xml = "<xliff version=\"1.2\"><file target-language=\"fr-FR\"><body/></file></xliff>"
        #expect(throws: InputError.self) { try article(xml) }
    }

    @Test func malformedXMLIsLocated() {
        let xml = "<xliff version=\"1.2\"><file target-language=\"es\"><body>\n<trans-unit></body></file></xliff>"
        #expect {
            try article(xml)
        } throws: { error in
            ((error as? InputError)?.diagnostics.first?.location.line ?? 0) == 2
        }
    }

    @Test func tmxSpanishSegmentsWithTheirSource() throws {
        let tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="en" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/>
            <body>
              <tu tuid="7"><tuv xml:lang="en"><seg>Non-starters.</seg></tuv><tuv xml:lang="es-MX"><seg>Son no <bpt i="1">&lt;b&gt;</bpt>talleres<ept i="1">&lt;/b&gt;</ept>.</seg></tuv></tu>
              <tu><tuv xml:lang="fr"><seg>Non.</seg></tuv></tu>
            </body></tmx>
            """
        let segments = try #require(try article(tmx, path: "m.tmx").segmented).segments
        #expect(segments.map(\.id) == ["7"])
        #expect(segments[0].source == "Non-starters.")
        #expect(String(decoding: segments[0].text, as: UTF8.self) == "Son no talleres.")
        // The replacement goes inside the bold, where the word it replaces was.
        #expect(
            try fixed(tmx, path: "m.tmx")
                == tmx.replacingOccurrences(of: "Son no <bpt", with: "Son <bpt")
                .replacingOccurrences(of: "</bpt>talleres<ept", with: "</bpt>inviables<ept"))
    }

    /// Found by a hostile trial: a foreign element named `target` is not XLIFF's; a DTD
    /// named by CAT tools is accepted (never loaded); a reference with leading zeros is
    /// legal; every Spanish variant of a TMX unit is a target.
    @Test func namespacesDoctypesLongReferencesAndVariants() throws {
        let xml = """
            <!DOCTYPE xliff SYSTEM "xliff-core-1.2.dtd">
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:o="urn:other">
             <file target-language="es"><body>
              <trans-unit id="1"><source>x</source><o:target>Son no talleres.</o:target><target>Son&#x00000000E9; no talleres.</target></trans-unit>
             </body></file>
            </xliff>
            """
        let segments = try #require(try article(xml).segmented).segments
        #expect(segments.map { String(decoding: $0.text, as: UTF8.self) } == ["Soné no talleres."])
        #expect(
            try fixed(xml).contains(
                "<o:target>Son no talleres.</o:target><target>Son&#x00000000E9; inviables.</target>"))

        let tmx = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4"><header srclang="en" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/>
            <body><tu tuid="7"><tuv xml:lang="en"><seg>Non-starters.</seg></tuv><tuv xml:lang="es-ES"><seg>No talleres.</seg></tuv><tuv xml:lang="es-MX"><seg>Son no talleres.</seg></tuv></tu></body></tmx>
            """
        let variants = try #require(try article(tmx, path: "m.tmx").segmented).segments
        #expect(variants.map(\.id) == ["7 es-ES", "7 es-MX"])
        #expect(variants.allSatisfy { $0.source == "Non-starters." })
    }

    /// Found by a hostile trial: text marked not to be translated is never changed.
    @Test func protectedTextIsLeftAlone() throws {
        let version12 = """
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file target-language="es"><body>
            <trans-unit id="1"><source>a</source><target>Son <mrk mtype="protected">no talleres</mrk> y no talleres.</target></trans-unit>
            </body></file></xliff>
            """
        #expect(try fixed(version12) == version12.replacingOccurrences(of: "y no talleres", with: "y inviables"))
        let version2 = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="es"><file id="f"><unit id="u"><segment><source>x</source><target>Son <mrk id="m1" translate="no">no talleres</mrk> y no talleres.</target></segment></unit></file></xliff>
            """
        #expect(try fixed(version2) == version2.replacingOccurrences(of: "y no talleres", with: "y inviables"))
    }
}
