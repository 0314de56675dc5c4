import EnmiendaTestSupport
import Foundation
import Testing

/// Issue 17: what `fix` writes in XLIFF, PO and TMX is read by translate-toolkit (PyPI),
/// a third party, with the corrected targets and the sources untouched; PO passes
/// `msgfmt -c`. `.ci/setup tests` installs both; without them these tests are skipped.
@Suite struct ThirdPartyReadersTests {
    /// Runs `python3 script arguments…` with this process's environment (the python3 on
    /// PATH, where `.ci/setup` installed translate-toolkit).
    private static func python(_ script: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let hasTranslateToolkit = (try? python("import translate.storage.factory").status) == 0
    static let hasMsgfmt = FileManager.default.isExecutableFile(atPath: "/usr/bin/msgfmt")

    /// Each unit as `source → target`, one per line, as translate-toolkit reads the file.
    private func units(_ path: String) throws -> [String] {
        let script = """
            import sys
            from translate.storage import factory
            store = factory.getobject(sys.argv[1])
            for unit in store.units:
                if unit.isheader() or not unit.source:
                    continue
                def text(value):
                    strings = getattr(value, "strings", [value])
                    return " | ".join(str(s) for s in strings) if len(strings) > 1 else str(value)
                print(f"{text(unit.source)} → {text(unit.target)}")
            """
        let result = try Self.python(script, [path])
        #expect(result.status == 0, "\(result.output)")
        return result.output.split(separator: "\n").map(String.init)
    }

    private func fixed(_ text: String, _ name: String) throws -> (input: URL, output: URL) {
        let directory = try CLIRunner.temporaryDirectory()
        let input = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: input)
        let output = directory.appendingPathComponent("fixed-" + name)
        let result = try CLIRunner.run(["fix", input.path, "-o", output.path])
        #expect(result.status == 0, "\(result.standardError)")
        return (input, output)
    }

    @Test(.enabled(if: ThirdPartyTool.runs(whenAvailable: hasTranslateToolkit))) func xliffIsReadBack() throws {
        try #require(Self.hasTranslateToolkit, "translate-toolkit is missing: bash .ci/setup tests installs it")
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file source-language="en" target-language="es" datatype="plaintext" original="a.txt"><body>
                <trans-unit id="1"><source>Those are non-starters &amp; more.</source><target state="translated">Son no talleres &amp; más.</target></trans-unit>
                <trans-unit id="2"><source>Volunteers play a <g id="1">key role</g>.</source><target>Los voluntarios juegan un <g id="1">rol clave</g>.</target></trans-unit>
              </body></file>
            </xliff>

            """
        let (input, output) = try fixed(xliff, "a.xlf")
        #expect(
            try units(input.path) == [
                "Those are non-starters & more. → Son no talleres & más.",
                "Volunteers play a key role. → Los voluntarios juegan un rol clave.",
            ])
        #expect(
            try units(output.path) == [
                "Those are non-starters & more. → Son inviables & más.",
                "Volunteers play a key role. → Los voluntarios desempeñan un papel clave.",
            ])
    }

    @Test(.enabled(if: ThirdPartyTool.runs(whenAvailable: hasTranslateToolkit))) func tmxIsReadBack() throws {
        try #require(Self.hasTranslateToolkit, "translate-toolkit is missing: bash .ci/setup tests installs it")
        let tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="en" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/>
            <body>
              <tu tuid="1"><tuv xml:lang="en"><seg>The event will take place.</seg></tuv><tuv xml:lang="es"><seg>El evento tomará lugar.</seg></tuv></tu>
            </body></tmx>

            """
        let (_, output) = try fixed(tmx, "m.tmx")
        #expect(try units(output.path) == ["The event will take place. → El evento tendrá lugar."])
    }

    @Test(.enabled(if: ThirdPartyTool.runs(whenAvailable: hasTranslateToolkit && hasMsgfmt)))
    func poIsReadBackAndPassesMsgfmt() throws {
        try #require(Self.hasTranslateToolkit, "translate-toolkit is missing: bash .ci/setup tests installs it")
        try #require(Self.hasMsgfmt, "msgfmt is missing: bash .ci/setup tests installs gettext")
        let po = """
            # Spanish translation.
            msgid ""
            msgstr ""
            "Project-Id-Version: demo 1.0\\n"
            "PO-Revision-Date: 2026-11-30 12:00+0100\\n"
            "Last-Translator: Ana Pérez <ana@example.com>\\n"
            "Language-Team: Spanish <es@example.com>\\n"
            "Language: es\\n"
            "MIME-Version: 1.0\\n"
            "Content-Type: text/plain; charset=UTF-8\\n"
            "Content-Transfer-Encoding: 8bit\\n"
            "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

            #: src/main.c:10
            #, c-format
            msgid "The event with %d guests will take place."
            msgstr ""
            "El evento con %d invitados tomará "
            "lugar."

            msgid "one proposal"
            msgid_plural "%d non-starters"
            msgstr[0] "una propuesta"
            msgstr[1] "%d no talleres"

            """
        let (_, output) = try fixed(po, "es.po")
        #expect(
            try units(output.path) == [
                "The event with %d guests will take place. → El evento con %d invitados tendrá lugar.",
                "one proposal | %d non-starters → una propuesta | %d inviables",
            ])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/msgfmt")
        process.arguments = ["-c", "-o", "/dev/null", output.path]
        let pipe = Pipe()
        process.standardError = pipe
        try process.run()
        let errors = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: errors, as: UTF8.self))")
        #expect(errors.isEmpty, "\(String(decoding: errors, as: UTF8.self))")
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(
            text.contains(
                "msgid \"The event with %d guests will take place.\"\nmsgstr \"\"\n\"El evento con %d invitados tendrá \"\n\"lugar.\""
            ))
    }
}
