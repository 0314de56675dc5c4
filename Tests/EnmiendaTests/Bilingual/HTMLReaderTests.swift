import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// HTML articles: the text of each block is checked, tags left out and references
/// decoded, and corrections change nothing but the corrected words.
@Suite struct HTMLReaderTests {
    private func read(_ html: String) throws -> SegmentedDocument {
        try HTMLReader.read(TextDocument(html, path: "page.html"))
    }

    /// Each segment's id and text.
    private func segments(_ html: String) throws -> [String] {
        try read(html).segments.map { "\($0.id): \(String(decoding: $0.text, as: UTF8.self))" }
    }

    private func check(_ html: String) throws -> Alignment {
        try Aligner(glossary: Glossary.builtIn).align(read(html))
    }

    // MARK: - Blocks

    @Test func eachBlockIsASegment() throws {
        let html = """
            <!DOCTYPE html><html lang="es"><head><title>Noticias</title></head><body>
            <h1>Titular</h1><p>Primer párrafo.</p><p>Segundo <b>párrafo</b>
            <ul><li>uno<li>dos</ul><table><tr><td>celda<th>cabecera</table>
            <blockquote>Cita</blockquote><figure><img src=foto.png><figcaption>Pie</figcaption></figure>
            <dl><dt>término<dd>definición</dl><div>Texto del div<p>párrafo interior</p>y más</div>
            </body></html>
            """
        #expect(
            try segments(html) == [
                "title 1: Noticias", "h1 1: Titular", "p 1: Primer párrafo.", "p 2: Segundo párrafo\n",
                "li 1: uno", "li 2: dos", "td 1: celda", "th 1: cabecera", "blockquote 1: Cita",
                "figcaption 1: Pie", "dt 1: término", "dd 1: definición", "div 1: Texto del div",
                "p 3: párrafo interior", "div 1/2: y más",
            ])
        let document = try read(html)
        #expect(document.format == "HTML")
        #expect(document.segments.allSatisfy { $0.source == nil && $0.escaping == .xml })
    }

    @Test func idsComeFromTheIdAttributeAndStayUnique() throws {
        let html = """
            <p id="intro">a</p><p id="intro">b</p><p id="dos palabras">c</p><div id=caja>d<p>e</p>f</div>
            """
        #expect(
            try segments(html) == ["intro: a", "p 2: b", "p 3: c", "caja: d", "p 4: e", "caja/2: f"])
    }

    @Test func textInNoBlockAndBreaksSplitTheText() throws {
        #expect(
            try segments("Suelto <b>y</b> más<p>uno<br>dos</p>fin") == [
                "text 1: Suelto y más", "p 1: uno", "p 1/2: dos", "text 2: fin",
            ])
        #expect(try check("<p>El acto tomará<br>lugar mañana.</p>").findings.isEmpty)
    }

    @Test func forgivingMarkupIsReadAsBrowsersDo() throws {
        let html = """
            <P CLASS=nota data-x='a>b'>Uno<p>Dos <a href=/x/y.html title=hola>enlace</A></p foo>
            <ul><li>a<li>b<ul><li>c</ul>d</ul>
            <p>Cierre <i>sin</p> fin
            """
        let found = try segments(html)
        #expect(
            found == [
                "p 1: Uno", "p 2: Dos enlace", "li 1: a", "li 2: b", "li 3: c", "li 2/2: d", "p 3: Cierre sin",
                "text 1:  fin",
            ])
    }

    /// libxml2's own ways: a misplaced document type makes the `</` after it text, a `<`
    /// that starts no tag opens no paragraph, blanks before the content are dropped.
    @Test func libxml2sQuirksAreFollowed() throws {
        #expect(try segments("<p>uno<!DOCTYPE html></p>dos</p>tres") == ["p 1: uno</p>dos", "text 1: tres"])
        #expect(try segments("<<b>x</b>") == ["text 1: <x"])
        #expect(try segments("  \n<!-- c -->\n<!DOCTYPE html>\n  Hola <p>mundo") == ["text 1: Hola ", "p 1: mundo"])
    }

    /// Random pages of tags, text and references: every block is read as libxml2 reads it.
    @Test func tagSoupIsReadAsLibxml2ReadsIt() throws {
        let pieces = [
            "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<a href=x>", "</a>", "<li>", "</li>", "<ul>", "</ul>",
            "<div>",
            "</div>", "<span>", "</span>", "<table>", "</table>", "<tr>", "<td>", "</td>", "<th>", "<br>", "<hr>",
            "<h1>", "</h1>", "<blockquote>", "<section>", "</section>", "<dl>", "<dt>", "<dd>", "<form>", "<option>",
            "<code>", "</code>", "<pre>", "</pre>", "<script>x<y</script>", "<style>p{}</style>", "<!-- c -->",
            "<img src=a.png>", "<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<title>", "</title>",
            "<meta charset=utf-8>", "<font>", "<center>", "<caption>", "<tbody>", "<figure>", "<figcaption>",
            "<noscript>", "</noscript>", "<wbr>", "<p/>", "</p foo>", "<p title=\"a>b\">", "</ 3>", "<?php x ?>",
            "<!DOCTYPE html>", "&#0;", "&#233", "&amp", "&unknown;", "<P>", "<SCRIPT>a</SCRIPT >", "<!-->", "\r",
            "<p class='it>s'>", "</br>", "<![CDATA[x]]>", "</_x>", "&;", "<span translate=no>", "<", ">", "&",
        ]
        let texts = ["palabra ", "otra", " y ", "tomará lugar", "&nbsp;", "&eacute;", "\n"]
        var generator = SeededGenerator(state: 2_026)
        for _ in 0..<300 {
            let html = (0..<Int.random(in: 1...60, using: &generator)).map { _ in
                (Bool.random(using: &generator) ? texts : pieces).randomElement(using: &generator) ?? ""
            }.joined()
            var skipped: [Diagnostic] = []
            _ = try HTMLReader.read(TextDocument(html, path: "soup.html"), skipped: &skipped)
            #expect(skipped.isEmpty, "\(html.debugDescription)")
        }
    }

    // MARK: - Corrections

    @Test func inlineMarkupIsTransparent() throws {
        let html = #"<p>El acto <a href="/acto">tomará <em>lugar</em></a> mañana.</p>"#
        #expect(try segments(html) == ["p 1: El acto tomará lugar mañana."])
        let alignment = try check(html)
        #expect(alignment.findings.map(\.entryID) == ["take-place"])
        #expect(alignment.findings.first?.segment?.id == "p 1")
        #expect(alignment.correctedText == #"<p>El acto <a href="/acto">tendrá <em>lugar</em></a> mañana.</p>"#)
    }

    @Test func correctionsChangeNothingButTheCorrectedWords() throws {
        let html = """
            <!DOCTYPE html>
            <!-- tomará lugar en un comentario -->
            <html lang="es">
            <head>
            <meta charset="utf-8">
            <title>El congreso tomará lugar</title>
            <style>p::after { content: "tomará lugar"; }</style>
            <script>var s = "<p>tomará lugar</p>" && 1 < 2;</script>
            </head>
            <body class=article data-x='no talleres'>
            <p id=lead title="tomará lugar">El acto <em class="x">tomará</em> lugar en Kyiv &amp; Lviv&mdash;las \
            demandas son no talleres.
            <p>China juega un rol clave.<br>Otra línea &#233;pica.
            </body>
            </html>

            """
        let alignment = try check(html)
        #expect(
            alignment.findings.map(\.entryID).sorted() == ["non-starters", "play-a-role", "take-place", "take-place"])
        let expected =
            html
            .replacingOccurrences(of: "<title>El congreso tomará", with: "<title>El congreso tendrá")
            .replacingOccurrences(of: #"<em class="x">tomará</em>"#, with: #"<em class="x">tendrá</em>"#)
            .replacingOccurrences(of: "son no talleres.", with: "son inviables.")
            .replacingOccurrences(of: "China juega un rol", with: "China desempeña un papel")
        #expect(alignment.correctedText == expected)
    }

    @Test func codeScriptsAndStylesAreNeverChecked() throws {
        let html = """
            <p title="tomará lugar">Nada.</p><!-- tomará lugar -->
            <script>tomará lugar</script><style>/* tomará lugar */</style>
            <p>Ejecute <code>tomará lugar</code> y <kbd>tomará lugar</kbd>, <samp>tomará lugar</samp>, \
            <var>tomará lugar</var>.</p>
            <pre>tomará lugar</pre><textarea>tomará lugar</textarea><template><p>tomará lugar</p></template>
            <noscript>tomará lugar</noscript><svg><text>tomará lugar</text></svg>
            <p translate="no">tomará lugar</p><p>Marca <span translate=no>tomará lugar</span> registrada.</p>
            """
        let found = try segments(html)
        #expect(found == ["p 1: Nada.", "p 2: Ejecute  y , , .", "p 5: Marca  registrada."])
        let alignment = try check(html)
        #expect(alignment.findings.isEmpty)
        #expect(alignment.correctedText == html)
    }

    @Test func referencesAreDecodedAndNoBreakSpacesAreSpaces() throws {
        let html =
            "<p>El acto tomará&nbsp;lugar; caf&eacute; &mdash; &#233;l &#xE9;l &lt;b&gt; &amp; no&nbsp;talleres</p>"
        #expect(try segments(html) == ["p 1: El acto tomará\u{A0}lugar; café — él él <b> & no\u{A0}talleres"])
        let alignment = try check(html)
        #expect(alignment.findings.map(\.entryID) == ["take-place", "non-starters"])
        #expect(
            alignment.correctedText
                == "<p>El acto tendrá&nbsp;lugar; caf&eacute; &mdash; &#233;l &#xE9;l &lt;b&gt; &amp; inviables</p>")
    }

    @Test func aCorrectionOverACharacterReferenceReplacesItWhole() throws {
        let alignment = try check("<p>El acto tomar&#225; lugar.</p>")
        #expect(alignment.findings.map(\.entryID) == ["take-place"])
        #expect(alignment.correctedText == "<p>El acto tendrá lugar.</p>")
    }

    @Test func byteOrderMarkAndCRLFAreKept() throws {
        let html = "\u{FEFF}<p>El acto\r\ntomará lugar.</p>\r\n<p>Otro.</p>\r\n"
        #expect(try segments(html) == ["p 1: El acto\r\ntomará lugar.", "p 2: Otro."])
        let alignment = try check(html)
        #expect(alignment.findings.first?.location.line == 2)
        #expect(alignment.correctedText == html.replacingOccurrences(of: "tomará", with: "tendrá"))
    }

    // MARK: - Safety

    @Test func aBlockLibxml2ReadsDifferentlyIsLeftAsItIs() throws {
        // libxml2 drops a control character from text; the block is not checked.
        let html = "<p>El acto tomará lugar\u{1}.</p>\n<p>Mañana tomará lugar otro.</p>"
        var skipped: [Diagnostic] = []
        let document = try HTMLReader.read(TextDocument(html, path: "page.html"), skipped: &skipped)
        #expect(document.segments.map(\.id) == ["p 2"])
        #expect(skipped.map(\.location.description) == ["page.html:1:4"])
        #expect(skipped.first?.message.contains("left unchecked") == true)
        let alignment = Aligner(glossary: try Glossary.builtIn).align(document)
        #expect(alignment.correctedText == "<p>El acto tomará lugar\u{1}.</p>\n<p>Mañana tendrá lugar otro.</p>")
    }

    @Test func aPageNothingOfWhichCanBeLocatedIsRefused() throws {
        // libxml2 stops at the NUL bytes and reads nothing.
        let html = "\0\0\0<p>El acto tomará lugar.</p>"
        #expect {
            try HTMLReader.read(TextDocument(html, path: "page.html"))
        } throws: { error in
            let error = try #require(error as? InputError)
            return error.description.hasPrefix("page.html:1:1: ")
                && error.description.contains("nothing in it can be checked safely")
        }
    }

    @Test func pagesWithoutTextHaveNoSegments() throws {
        for html in [
            "", "\u{FEFF}", "   \n", "<!-- nada -->", "<html><head></head><body> </body></html>", "<script>x</script>",
        ] {
            #expect(try read(html).segments.isEmpty, "\(html.debugDescription)")
        }
    }

    @Test func malformedMarkupNeverCrashes() throws {
        let aligner = Aligner(glossary: try Glossary.builtIn)
        let pieces = [
            "<p>", "</p>", "<p", "<", "</", "<!--", "-->", "--!>", "<!DOCTYPE html>", "<?php ", "?>", "<![CDATA[",
            "]]>",
            "&", "&amp;", "&nbsp", "&#", "&#x", "&#233", "&#0;", "&#xD800;", "&#99999999999;", ";", "=", "\"", "'",
            "<script>", "</script>", "<style>", "</style >", "<SCRIPT>", "<b>", "</b>", "<i>", "<li>", "<td>", "<tr>",
            "<table>", "<div>", "</div>", "<br>", "</br>", "<br/>", "<p/>", "<html>", "</html>", "<body>", "</body>",
            "<head>", "<title>", "<code>", "</code>", "<pre>", "<a href=x>", "<a href='y", "<p class=\"z\">", "\n",
            "\r\n", " ", "\t", "tomará lugar", "no talleres", " juega un rol ", "ñ", "\u{A0}", "€", "\u{1}", "\0", "é",
            "<noscript>", "<template>", "translate=no>", "<span translate=no>", "<?", "<!", "</ 3>", "<_x>", "<p id=",
        ]
        var generator = SeededGenerator(state: 20_261_130)
        for round in 0..<600 {
            let count = Int.random(in: 1...40, using: &generator)
            let html = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            var skipped: [Diagnostic] = []
            guard let document = try? HTMLReader.read(TextDocument(html, path: "fuzz.html"), skipped: &skipped) else {
                continue
            }
            let bytes = document.document.bytes
            #expect(Set(document.segments.map(\.id)).count == document.segments.count, "round \(round)")
            for segment in document.segments {
                for run in segment.runs where run.kind == .text {
                    #expect(bytes[run.fileRange].elementsEqual(segment.text[run.textRange]), "round \(round)")
                }
                for run in segment.runs where run.kind == .reference {
                    #expect(bytes[run.fileRange.lowerBound] == UInt8(ascii: "&"), "round \(round)")
                }
            }
            _ = aligner.align(document).correctedBytes
        }
    }

    @Test(.timeLimit(.minutes(1))) func unclosedAndMisclosedTagsTakeBoundedWork() throws {
        let misclosed = String(repeating: "<b>x", count: 40_000) + String(repeating: "</i>y", count: 40_000)
        #expect(throws: InputError.self) { try read(misclosed) }
        let attributes = "<p " + (0..<40_000).map { "a\($0)=x" }.joined(separator: " ") + ">hola</p>"
        #expect(throws: InputError.self) { try read(attributes) }

        let nested =
            String(repeating: "<div>", count: 20_000) + "El acto tomará lugar."
            + String(repeating: "</div>", count: 20_000)
        #expect(try check(nested).findings.map(\.entryID) == ["take-place"])
        let unclosed = String(repeating: "<p>uno <b>dos", count: 20_000)
        #expect(try read(unclosed).segments.count == 20_000)
    }

    @Test func aLargePageIsLocatedThroughout() throws {
        let html = (1...30_000).map { "<p>Párrafo \($0): el acto tomará lugar.</p>\n" }.joined()
        var skipped: [Diagnostic] = []
        let document = try HTMLReader.read(TextDocument(html, path: "page.html"), skipped: &skipped)
        #expect(skipped.isEmpty)
        #expect(document.segments.count == 30_000)
        let last = try #require(document.segments.last)
        #expect(last.id == "p 30000")
        #expect(String(decoding: last.text, as: UTF8.self) == "Párrafo 30000: el acto tomará lugar.")
        let bytes = document.document.bytes
        #expect(bytes[last.fileRange(ofTextRange: 0..<last.text.count)].elementsEqual(last.text))
    }
}
