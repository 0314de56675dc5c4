import Foundation
import Testing

/// Issue 17 and field cases 11 and 12: bilingual files are checked segment by segment,
/// their markup and source kept byte for byte; a bitext pairs with its source line by line.
@Suite struct BilingualCLITests {
    /// ../shared/cases/field/12-xliff-source-rewritten.xlf
    private static let case12 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
          <file original="news.txt" source-language="en" target-language="es" datatype="plaintext">
            <body>
              <trans-unit id="1">
                <source>NATO backs the ceasefire.</source>
                <target>La OTAN respalda el alto el fuego.</target>
              </trans-unit>
            </body>
          </file>
        </xliff>

        """

    /// ../shared/cases/field/12b-xliff-inline-tags.xlf
    private static let case12b = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
          <file original="app.strings" source-language="en" target-language="es" datatype="plaintext">
            <body>
              <trans-unit id="event.when" xml:space="preserve">
                <source>The launch event will take place in Madrid.</source>
                <target state="needs-review-translation">El evento de lanzamiento tomará lugar en Madrid.</target>
              </trans-unit>
              <trans-unit id="save.hint" xml:space="preserve">
                <source>Save the file before you close the window.</source>
                <target state="needs-review-translation">Salve la lima antes de cerrar la ventana.</target>
              </trans-unit>
              <trans-unit id="role" xml:space="preserve">
                <source>Volunteers play a <g id="1">key role</g> in the project.</source>
                <target state="needs-review-translation">Los voluntarios juegan un <g id="1">rol clave</g> en el proyecto.</target>
              </trans-unit>
              <trans-unit id="apply" xml:space="preserve">
                <source>Apply for a grant &amp; get funding.</source>
                <target state="needs-review-translation">Aplicar para una beca &amp; obtener fondos.</target>
              </trans-unit>
            </body>
          </file>
        </xliff>

        """

    /// ../shared/cases/field/11-source-line-aligned.en.txt and .es.txt
    private static let case11English = """
        Actually, the plan failed.
        The museum is currently closed.

        """
    private static let case11Spanish = """
        En realidad, el plan fracasó.
        El museo está actualmente cerrado.

        """

    private func write(_ text: String, _ name: String, in directory: URL) throws -> URL {
        let file = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    private static let xliff = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file source-language="en" target-language="es" datatype="plaintext" original="a.txt"><body>
            <trans-unit id="1"><source>Those are non-starters.</source><target>Son no talleres.</target></trans-unit>
            <trans-unit id="2"><source>The event will take place.</source><target>El evento <g id="1">tomará</g>
              lugar.</target></trans-unit>
          </body></file>
        </xliff>

        """

    @Test func xliffTargetsAreCorrectedAndEverythingElseKept() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = try write(Self.xliff, "a.xlf", in: directory)
        let fixed = try CLIRunner.run(["fix", file.path, "-o", "-"])
        #expect(fixed.status == 0, "\(fixed.standardError)")
        #expect(
            fixed.standardOutput
                == Self.xliff.replacingOccurrences(of: "Son no talleres.", with: "Son inviables.")
                .replacingOccurrences(of: "<g id=\"1\">tomará</g>", with: "<g id=\"1\">tendrá</g>"))
        #expect(fixed.standardError.contains("2 corrections applied"))

        let check = try CLIRunner.run(["check", "--no-notes", file.path])
        #expect(check.status == 1)
        #expect(check.standardOutput.contains("\(file.path):4:"))
        #expect(check.standardOutput.contains("    segment: 1, byte 4; source: Those are non-starters."))
        #expect(check.standardOutput.contains("    corrected: El evento tendrá lugar."))
        #expect(check.standardOutput.contains("2 findings (2 major) in 1 file, 7 words checked"))

        // By content, whatever the name; a directory takes .xlf files; count mode too.
        let disguised = try write(Self.xliff, "disguised/b.txt", in: directory)
        let byContent = try CLIRunner.run(["check", "--format", "count", disguised.path])
        #expect(byContent.status == 1)
        #expect(byContent.standardOutput.contains("2 findings"), "\(byContent.standardOutput)")
        _ = try write(Self.xliff, "segments/c.xlf", in: directory)
        let folder = try CLIRunner.run(["check", "--summary", directory.appendingPathComponent("segments").path])
        #expect(folder.status == 1)
        #expect(folder.standardOutput.hasPrefix("2 findings"))
    }

    @Test func aBilingualFileBringsItsOwnSource() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = try write(Self.xliff, "a.xlf", in: directory)
        let source = try write("Those are non-starters.\n", "en.txt", in: directory)
        let result = try CLIRunner.run(["check", "--source", source.path, file.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("XLIFF files carry their own source text"))
    }

    @Test func otherExtensionsAreRefusedUnlessReadAsText() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = try write("Son no talleres.\n", "nota.rtf", in: directory)
        let refused = try CLIRunner.run(["fix", file.path, "-o", "-"])
        #expect(refused.status == 2)
        #expect(refused.standardError.hasPrefix("\(file.path):1:1: error: files ending in .rtf are not checked"))
        let asText = try CLIRunner.run(["fix", "--as", "text", file.path, "-o", "-"])
        #expect(asText.status == 0)
        #expect(asText.standardOutput == "Son inviables.\n")
        // An XLIFF file read as text on purpose is checked as text: markup and all.
        let xliff = try write(Self.xliff, "a.xlf", in: directory)
        let plain = try CLIRunner.run(["check", "--summary", "--as", "text", xliff.path])
        #expect(!plain.standardOutput.contains(" 6 words checked"))
    }

    @Test func fieldCase12TheSourceIsNeverRewritten() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = try write(Self.case12, "12.xlf", in: directory)
        let fixed = try CLIRunner.run(["fix", file.path, "-o", "-"])
        #expect(fixed.status == 0)
        #expect(fixed.standardOutput == Self.case12)

        let inline = try write(Self.case12b, "12b.xlf", in: directory)
        let check = try CLIRunner.run(["check", "--summary", inline.path])
        #expect(check.standardOutput.hasPrefix("4 findings (2 major, 2 minor) in 1 file, 31 words checked"))
        let corrected = try CLIRunner.run(["fix", inline.path, "-o", "-"])
        let expected = Self.case12b
            .replacingOccurrences(of: "tomará lugar", with: "tendrá lugar")
            .replacingOccurrences(of: "Salve la", with: "Guarde la")
            .replacingOccurrences(
                of: "juegan un <g id=\"1\">rol clave</g>", with: "desempeñan un <g id=\"1\">papel clave</g>"
            )
            .replacingOccurrences(of: "Aplicar para una beca", with: "Solicitar una beca")
        #expect(corrected.standardOutput == expected)
    }

    @Test func fieldCase11ABitextPairsLineByLine() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let source = try write(Self.case11English, "11.en.txt", in: directory).path
        let target = try write(Self.case11Spanish, "11.es.txt", in: directory).path
        let fixed = try CLIRunner.run(["fix", "--source", source, target, "-o", "-"])
        #expect(fixed.standardOutput == Self.case11Spanish)
        let check = try CLIRunner.run(["check", "--source", source, target])
        #expect(check.status == 0, "\(check.standardOutput)")

        // The same lines with the English that does say "actually" on line 2.
        let english = try write("Actually, the plan failed.\nThe museum is actually closed.\n", "en.txt", in: directory)
        let flagged = try CLIRunner.run(["check", "--no-notes", "--source", english.path, target])
        #expect(flagged.status == 1)
        #expect(flagged.standardOutput.contains(":2:15: major: “actualmente” mistranslates “actually”"))
        #expect(flagged.standardOutput.contains("    segment: line 2, byte 15; source: The museum is actually closed."))
    }

    @Test func correctedSegmentsCanBeMarkedForReview() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let version12 = try write(
            Self.xliff.replacingOccurrences(of: "<target>Son", with: "<target state=\"final\">Son"), "a.xlf",
            in: directory)
        let marked12 = try CLIRunner.run(["fix", "--mark-for-review", version12.path, "-o", "-"])
        #expect(marked12.standardOutput.contains("<target state=\"needs-review-translation\">Son inviables.</target>"))
        #expect(
            marked12.standardOutput.contains(
                "<target state=\"needs-review-translation\">El evento <g id=\"1\">tendrá</g>"))

        let version2 = try write(
            """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="es">
             <file id="f"><unit id="u">
              <segment id="s1" state="final"><source>Non-starters.</source><target>Son no talleres.</target></segment>
              <segment id="s2" state="initial"><source>Fine.</source><target>Bien.</target></segment>
             </unit></file>
            </xliff>

            """, "b.xlf", in: directory)
        let marked2 = try CLIRunner.run(["fix", "--mark-for-review", version2.path, "-o", "-"])
        #expect(marked2.status == 0, "\(marked2.standardError)")
        #expect(
            marked2.standardOutput.hasPrefix(
                "<xliff xmlns:its=\"http://www.w3.org/2005/11/its\" its:version=\"2.0\" xmlns="))
        #expect(
            marked2.standardOutput.contains(
                "<segment id=\"s1\" state=\"translated\"><source>Non-starters.</source><target>Son <mrk id=\"enmienda-1\" type=\"its:any\" its:locQualityIssueType=\"mistranslation\" its:locQualityIssueComment=\"“no talleres” mistranslates “non-starters”\" its:locQualityIssueSeverity=\"60\">inviables</mrk>.</target>"
            ))
        #expect(marked2.standardOutput.contains("<segment id=\"s2\" state=\"initial\">"))

        let po = try write(
            """
            msgid "Non-starters."
            msgstr "Son no talleres."

            #: a.c:1
            #, c-format
            msgid "%d non-starters."
            msgstr "%d no talleres."

            """, "es.po", in: directory)
        let markedPO = try CLIRunner.run(["fix", "--mark-for-review", po.path, "-o", "-"])
        #expect(
            markedPO.standardOutput
                == "#, fuzzy\nmsgid \"Non-starters.\"\nmsgstr \"Son inviables.\"\n\n#: a.c:1\n#, c-format, fuzzy\nmsgid \"%d non-starters.\"\nmsgstr \"%d inviables.\"\n"
        )

        let subtitles = try write("1\n00:00:01,000 --> 00:00:02,000\nSon no talleres.\n", "a.srt", in: directory)
        let refused = try CLIRunner.run(["fix", "--mark-for-review", subtitles.path, "-o", "-"])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("SRT has no review state"))
    }

    /// Found by a hostile trial: entries with no blank line between them, `#|` lines and
    /// plural forms are each marked once, on the right entry, and msgfmt still reads them.
    @Test func fuzzyGoesOnTheCorrectedEntryOnly() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let po = try write(
            """
            msgid ""
            msgstr ""
            "Content-Type: text/plain; charset=UTF-8\\n"
            "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

            #, c-format
            msgid "a %s"
            msgstr "bien %s"
            msgid "b"
            msgstr "como no talleres"
            #| msgid "old"
            msgid "c"
            msgid_plural "cs"
            msgstr[0] "no talleres"
            msgstr[1] "no talleres"

            """, "np.po", in: directory)
        let marked = try CLIRunner.run(["fix", "--mark-for-review", po.path, "-o", "-"])
        #expect(marked.status == 0, "\(marked.standardError)")
        #expect(
            marked.standardOutput.hasSuffix(
                """
                #, c-format
                msgid "a %s"
                msgstr "bien %s"
                #, fuzzy
                msgid "b"
                msgstr "como inviables"
                #, fuzzy
                #| msgid "old"
                msgid "c"
                msgid_plural "cs"
                msgstr[0] "inviables"
                msgstr[1] "inviables"

                """), "\(marked.standardOutput)")
    }

    /// Found by a new user: subtitle tags are markup, transparent to matching and kept;
    /// WebVTT references are decoded and kept.
    @Test func subtitleTagsAreTransparent() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let vtt = try write(
            """
            WEBVTT

            00:01.000 --> 00:04.000
            <v Narrador no talleres>Los voluntarios juegan un <i>rol</i> clave &amp; más.</v>

            00:05.000 --> 00:06.000
            <c.yellow>La gira tomará</c>&nbsp;lugar.

            """, "a.vtt", in: directory)
        let fixed = try CLIRunner.run(["fix", vtt.path, "-o", "-"])
        #expect(
            fixed.standardOutput
                == """
                WEBVTT

                00:01.000 --> 00:04.000
                <v Narrador no talleres>Los voluntarios desempeñan un <i>papel</i> clave &amp; más.</v>

                00:05.000 --> 00:06.000
                <c.yellow>La gira tendrá</c>&nbsp;lugar.

                """)
        let srt = try write(
            "1\r\n00:00:01,000 --> 00:00:02,000\r\n{\\an8}Los voluntarios juegan un <i>rol</i> clave.\r\n", "a.srt",
            in: directory)
        let fixedSRT = try CLIRunner.run(["fix", srt.path, "-o", "-"])
        #expect(
            fixedSRT.standardOutput
                == "1\r\n00:00:01,000 --> 00:00:02,000\r\n{\\an8}Los voluntarios desempeñan un <i>papel</i> clave.\r\n")
    }

    /// Found by a new user: a review whose replacement is empty would delete the words;
    /// apply leaves such a finding alone and says why.
    @Test func anEmptyReplacementIsNotApplied() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = try write(Self.xliff, "a.xlf", in: directory)
        let export = try CLIRunner.run(["check", "--format", "xml", file.path])
        let review = export.standardOutput.replacingOccurrences(
            of: "    </finding>", with: "      <replacement> </replacement>\n    </finding>")
        let reviewFile = try write(review, "a.review.xml", in: directory)
        let applied = try CLIRunner.run(["apply", reviewFile.path, "--article", file.path, "-o", "-"])
        #expect(applied.status == 0, "\(applied.standardError)")
        #expect(applied.standardOutput == Self.xliff)
        #expect(applied.standardError.contains("the review's replacement is empty and would delete the words"))
    }
}
