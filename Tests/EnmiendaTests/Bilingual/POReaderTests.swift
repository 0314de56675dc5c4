import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// gettext PO catalogues: each msgstr is a segment, its escapes decoded and tied to the
/// file, and corrections touch nothing but the words they correct.
@Suite struct POReaderTests {
    private static let header = """
        # Spanish translation.
        msgid ""
        msgstr ""
        "Project-Id-Version: demo 1.0\\n"
        "Report-Msgid-Bugs-To: \\n"
        "PO-Revision-Date: 2024-01-01 00:00+0000\\n"
        "Last-Translator: Nadie <nadie@example.com>\\n"
        "Language-Team: Spanish <es@example.com>\\n"
        "Language: es\\n"
        "MIME-Version: 1.0\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Content-Transfer-Encoding: 8bit\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"


        """

    private static let msgfmt = "/usr/bin/msgfmt"

    private func read(_ text: String, path: String = "<memory>") throws -> SegmentedDocument {
        try POReader.read(TextDocument(text, path: path))
    }

    private func corrected(_ text: String) throws -> String {
        try Aligner(glossary: try Glossary.builtIn).align(read(text)).correctedText
    }

    /// Each run as its kind and the file bytes it comes from.
    private func runs(of segment: TextSegment, in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return segment.runs.map { run in
            (run.kind == .reference ? "ref " : "text ") + String(decoding: bytes[run.fileRange], as: UTF8.self)
        }
    }

    @Test func textAndRunsOfAMultiLineMsgstrWithEscapes() throws {
        let text = """
            msgid "Line \\"one\\"\\n"
            "two"
            msgstr ""
            "Línea \\"uno\\"\\n"
            "dos\\tdos\\\\ \\303\\251\\x41\\101"

            """
        let segment = try #require(try read(text).segments.first)
        #expect(String(decoding: segment.text, as: UTF8.self) == "Línea \"uno\"\ndos\tdos\\ éAA")
        #expect(segment.source == "Line \"one\"\ntwo")
        #expect(segment.id == "Line \"one\"\ntwo")
        #expect(segment.escaping == .cString)
        #expect(
            runs(of: segment, in: text) == [
                "text Línea ", #"ref \""#, "text uno", #"ref \""#, #"ref \n"#, "text dos", #"ref \t"#, "text dos",
                #"ref \\"#, "text  ", #"ref \303"#, #"ref \251"#, #"ref \x41"#, #"ref \101"#,
            ])
        // Every text run is its file bytes; every byte of the text has a run.
        let bytes = Array(text.utf8)
        for run in segment.runs where run.kind == .text {
            #expect(Array(bytes[run.fileRange]) == Array(segment.text[run.textRange]))
        }
        #expect(segment.runs.last?.textRange.upperBound == segment.text.count)
    }

    @Test func pluralFormsContextsAndIDs() throws {
        let text =
            Self.header + """
                #, fuzzy
                msgid "Save the file"
                msgid_plural "Save the files"
                msgstr[0] "Guarda el archivo"
                msgstr[1] "Guarda los archivos"

                msgctxt "menu"
                msgid "Open"
                msgstr "Abrir"

                msgid "Open"
                msgstr "Abre"

                msgid "Open"
                msgstr "Ábrelo"

                msgid "Untranslated"
                msgstr ""

                #~ msgid "Old"
                #~ msgstr "Viejo"

                """
        let document = try read(text)
        #expect(document.format == "PO")
        #expect(
            document.segments.map(\.id) == ["Save the file[0]", "Save the file[1]", "menu|Open", "Open", "Open (2)"])
        #expect(document.segments.map(\.source) == ["Save the file", "Save the files", "Open", "Open", "Open"])
        #expect(
            document.segments.map { String(decoding: $0.text, as: UTF8.self) } == [
                "Guarda el archivo", "Guarda los archivos", "Abrir", "Abre", "Ábrelo",
            ])
    }

    @Test func aSuffixedIDNeverTakesAnIDOfTheFile() throws {
        let text = """
            msgid "Open (2)"
            msgstr "Abrir (2)"

            msgid "Open"
            msgstr "Abrir"

            msgid "Open"
            msgstr "Abre"

            """
        #expect(try read(text).segments.map(\.id) == ["Open (2)", "Open", "Open (3)"])
    }

    @Test func correctionsNeverTouchCommentsContextsOrMsgids() throws {
        let text =
            Self.header + """
                # tomará lugar
                #. tomará lugar
                #: src/tomará lugar.c:12
                #| msgid "tomará lugar"
                msgctxt "tomará lugar"
                msgid "tomará lugar"
                msgstr "La reunión tomará lugar el lunes."

                #~ msgid "The event will take place"
                #~ msgstr "El evento tomará lugar"

                """
        let alignment = try Aligner(glossary: try Glossary.builtIn).align(read(text))
        #expect(alignment.findings.count == 1)
        #expect(alignment.findings.first?.segment?.id == "tomará lugar|tomará lugar")
        let expected = text.replacingOccurrences(
            of: "msgstr \"La reunión tomará lugar", with: "msgstr \"La reunión tendrá lugar")
        #expect(alignment.correctedText == expected)
    }

    @Test func aCorrectionAcrossAContinuationLineKeepsTheQuotes() throws {
        let text =
            Self.header + """
                msgid "The meeting will take place on Monday; the demands are non-starters."
                msgstr ""
                "La reunión tomará "
                "lugar el lunes; las demandas son no "
                "talleres."

                """
        let expected =
            Self.header + """
                msgid "The meeting will take place on Monday; the demands are non-starters."
                msgstr ""
                "La reunión tendrá "
                "lugar el lunes; las demandas son "
                "inviables."

                """
        #expect(try corrected(text) == expected)
    }

    @Test func aCorrectionNextToEscapesKeepsThem() throws {
        let text =
            Self.header + """
                msgid "\\"It will take place\\"\\n"
                msgstr "\\"Tomará lugar\\"\\n"

                """
        #expect(
            try corrected(text)
                == text.replacingOccurrences(of: "msgstr \"\\\"Tomará", with: "msgstr \"\\\"Tendrá"))
    }

    @Test(.enabled(if: ThirdPartyTool.runs(whenAvailable: FileManager.default.isExecutableFile(atPath: msgfmt))))
    func aCorrectedCatalogueStillPassesMsgfmtCheck() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.msgfmt),
            "msgfmt is missing: bash .ci/setup tests installs gettext")
        let text =
            Self.header + """
                #. A comment with "tomará lugar".
                #, c-format
                msgid "The event takes place at %s.\\n"
                msgstr ""
                "El evento tomará "
                "lugar en %s.\\n"

                msgid "One non-starter"
                msgid_plural "%d non-starters"
                msgstr[0] "Una propuesta: no talleres"
                msgstr[1] "%d propuestas: no "
                "talleres"

                msgctxt "tab"
                msgid "Rounds of ammunition:\\t%d"
                msgstr "Rondas de municiones:\\t%d"

                """
        let directory = try TemporaryDirectory()
        #expect(try runMsgfmt(directory.write(text, to: "original.po")).status == 0)
        let output = try corrected(text)
        #expect(output != text)
        let result = try runMsgfmt(directory.write(output, to: "corrected.po"))
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.isEmpty)
    }

    @Test(.enabled(if: ThirdPartyTool.runs(whenAvailable: FileManager.default.isExecutableFile(atPath: msgfmt))))
    func aCorrectedCRLFCatalogueKeepsItsLineEndsAndPassesMsgfmt() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.msgfmt),
            "msgfmt is missing: bash .ci/setup tests installs gettext")
        let lf =
            Self.header + """
                # tomará lugar
                msgid "It will take place"
                msgstr ""
                "Tomará "
                "lugar."

                """
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let document = try read(crlf)
        #expect(document.segments.map { String(decoding: $0.text, as: UTF8.self) } == ["Tomará lugar."])
        let output = try corrected(crlf)
        #expect(output == crlf.replacingOccurrences(of: "\"Tomará \"", with: "\"Tendrá \""))
        let directory = try TemporaryDirectory()
        let result = try runMsgfmt(directory.write(output, to: "crlf.po"))
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test(arguments: [
        ("msgid \"a\"\nmsgstr \"b\n", 2, 8, "unterminated string"),
        ("msgid \"a\"\r\nmsgstr \"b\r\n", 2, 8, "unterminated string"),
        ("msgid \"a\"\nmsgstr \"b\\", 2, 8, "unterminated string"),
        ("msgid \"a\"\nmsgstr \"año\\q\"\n", 2, 12, "invalid escape"),
        ("msgid \"a\"\nmsgstr \"\\x\"\n", 2, 9, "\\x without hex digits"),
        ("msgid \"a\"\nmsgstr \"\\x100\"\n", 2, 9, "hex escape out of range"),
        ("msgid \"a\"\nmsgstr \"\\400\"\n", 2, 9, "octal escape out of range"),
        ("msgid \"a\"\nmsgstr \"\\377\"\n", 2, 1, "invalid UTF-8"),
        ("# a comment\nmsgstr \"b\"\n", 2, 1, "msgstr without a msgid"),
        ("msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"c\"\n", 1, 1, "this msgid has no msgstr"),
        ("msgid \"a\"\n", 1, 1, "this msgid has no msgstr"),
        ("msgctxt \"a\"\n", 1, 1, "this msgctxt has no msgid"),
        ("msgid \"a\"\nmsgstring \"b\"\n", 2, 1, "unknown keyword msgstring"),
        ("msgid \"a\" x\nmsgstr \"b\"\n", 1, 11, "unexpected text after a string"),
        ("msgid\nmsgstr \"b\"\n", 1, 6, "expected a string after msgid"),
        ("\"a\"\nmsgid \"a\"\nmsgstr \"b\"\n", 1, 1, "a string outside any entry"),
        ("msgid \"a\"\nmsgstr[0] \"b\"\n", 2, 1, "msgstr[0] without a msgid_plural"),
        ("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr \"b\"\n", 3, 1, "its translations are msgstr[0]"),
        ("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[1] \"b\"\n", 3, 1, "msgstr[0] was expected"),
        ("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[x] \"b\"\n", 3, 8, "the index of a plural form"),
        ("msgid \"a\"\nmsgstr \"b\"\nmsgstr \"c\"\n", 3, 1, "a second msgstr"),
        ("msgid \"a\"\nmsgstr \"b\"\nmsgid_plural \"c\"\n", 3, 1, "msgid_plural out of place"),
    ])
    func errorsAreLocatedAtLineAndColumn(_ text: String, _ line: Int, _ column: Int, _ message: String) throws {
        let error = try #require(throws: InputError.self) { try read(text, path: "es.po") }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location == SourceLocation(path: "es.po", line: line, column: column))
        #expect(diagnostic.message.contains(message), "\(diagnostic.message)")
    }

    @Test func everyPrefixOfACatalogueIsReadOrRefusedWithALocation() throws {
        let text =
            Self.header + #"""
                msgctxt "ctx"
                msgid "One \\ \"file\"\n"
                msgid_plural "Files\t%d"
                msgstr[0] "Un \\ \"archivo\"\n"
                msgstr[1] ""
                "Archivos\t%d \303\251\x41" # note

                """#
        let bytes = Array(text.utf8)
        for end in 0...bytes.count {
            let prefix = Array(bytes[..<end])
            guard let document = try? TextDocument(bytes: prefix, path: "p.po") else { continue }
            do {
                let segmented = try POReader.read(document)
                for segment in segmented.segments {
                    for run in segment.runs where run.kind == .text {
                        #expect(Array(prefix[run.fileRange]) == Array(segment.text[run.textRange]))
                    }
                }
            } catch {
                let location = try #require(error.diagnostics.first?.location)
                #expect(location.line >= 1 && location.column >= 1)
            }
        }
    }

    @Test func aByteOrderMarkAndCommentsAfterStringsAreRead() throws {
        let text = "\u{FEFF}msgid \"a\" # note\nmsgstr \"b\" \"c\"\t# note\n"
        let document = try read(text)
        #expect(document.segments.map { String(decoding: $0.text, as: UTF8.self) } == ["bc"])
    }

    @Test func cataloguesAreToldByTheirContent() {
        #expect(POReader.looksLikePO(Array("# comment\n\nmsgid \"\"\nmsgstr \"\"\n".utf8)))
        #expect(POReader.looksLikePO(Array("\u{FEFF}msgctxt \"a\"\nmsgid \"b\"\n".utf8)))
        #expect(POReader.looksLikePO(Array("msgid\"a\"\n".utf8)))
        #expect(!POReader.looksLikePO(Array("msgidx \"a\"\n".utf8)))
        #expect(!POReader.looksLikePO(Array("Una nota sobre msgid.\n".utf8)))
        #expect(!POReader.looksLikePO(Array("# only a comment\n".utf8)))
    }

    /// Runs `msgfmt -c` on `path`; returns its exit status and what it wrote to standard error.
    private func runMsgfmt(_ path: String) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.msgfmt)
        process.arguments = ["-c", "-o", "/dev/null", path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
