import Enmienda
import EnmiendaCore
import Foundation
import Testing

/// `check --format json|text|jsonl|sarif|html` and `fix` write a plain text longer than several
/// chunks (1 MiB each) a batch at a time; what they write is what the whole-document path
/// writes (`--baseline` keeps `check` on it; the library's whole alignment for `fix`).
@Suite struct StreamedReportCLITests {
    static let glossary = """
        <?xml version="1.0" encoding="UTF-8"?>
        <glossary xmlns="urn:enmienda:glossary" version="1">
          <entry id="non-starters" category="mistranslation" severity="major">
            <source>non-starters</source>
            <wrong>no talleres</wrong>
            <suggestion>inviables</suggestion>
            <suggestion>inaceptables</suggestion>
            <note>“non-starter” is an idiom.</note>
          </entry>
          <entry id="war-effort" category="terminology" severity="minor">
            <source>war effort</source>
            <wrong>esfuerzo de guerra</wrong>
            <suggestion>esfuerzo bélico</suggestion>
          </entry>
        </glossary>

        """

    /// About 1.3 MB: two 1 MiB chunks, each a batch with `--jobs 1`, a marker region across
    /// the cut, characters beyond U+FFFF before matches, CRLF and a byte-order mark.
    static let text: String = {
        let filler = String(repeating: "La reunión siguió sin más novedades en la capital. ", count: 5)
        let lines = [
            "Ucrania 🇺🇦 calificó las demandas como no talleres. \(filler)",
            "Corea del Norte 😀 envió tropas para el esfuerzo\r\nde guerra. \(filler)",
            "Kiev ve las propuestas como no\r\ntalleres. \(filler)",
            "Nada que decir aquí. \(filler)",
        ]
        var body = ""
        var index = 0
        while body.utf8.count < 1_300_000 {
            if index == 1500 { body += "<!-- enmienda-disable: non-starters -->\r\n" }
            if index == 3000 { body += "<!-- enmienda-enable: non-starters -->\r\n" }
            body += lines[index % lines.count] + "\r\n"
            index += 1
        }
        return "\u{FEFF}" + body
    }()

    /// The glossary, the article and an empty baseline, written once.
    static let files: (glossary: String, article: String, baseline: String)? = {
        guard let directory = try? CLIRunner.temporaryDirectory() else { return nil }
        let glossary = directory.appendingPathComponent("glosario.xml").path
        let article = directory.appendingPathComponent("larga.txt").path
        let empty = directory.appendingPathComponent("vacía.txt").path
        let baseline = directory.appendingPathComponent("baseline.xml").path
        guard (try? Data(Self.glossary.utf8).write(to: URL(fileURLWithPath: glossary))) != nil,
            (try? Data(text.utf8).write(to: URL(fileURLWithPath: article))) != nil,
            (try? Data().write(to: URL(fileURLWithPath: empty))) != nil,
            (try? CLIRunner.run(["check", "--format", "xml", "-o", baseline, empty]))?.status == 0
        else { return nil }
        return (glossary, article, baseline)
    }()

    static func run(_ arguments: [String], input: [UInt8] = []) throws -> CLIRunner.Result {
        let files = try #require(Self.files)
        return try CLIRunner.run(
            arguments + ["--jobs", "1", "--no-untranslated", "--no-builtin", "--glossary", files.glossary],
            input: input,
            environment: ["ENMIENDA_LEXICON": "off"])
    }

    @Test(arguments: ["json", "text", "jsonl", "sarif", "html"])
    func aStreamedReportIsTheWholeFileReport(_ format: String) throws {
        let files = try #require(Self.files)
        let streamed = try Self.run(["check", "--format", format, files.article])
        let whole = try Self.run(["check", "--format", format, "--baseline", files.baseline, files.article])
        #expect(streamed.status == 1)
        #expect(whole.status == 1)
        #expect(streamed.standardOutput.utf8.count > 500_000)
        #expect(streamed.standardOutput == whole.standardOutput)
    }

    @Test func aReportWrittenToAFileSaysHowManyFindingsItHolds() throws {
        let files = try #require(Self.files)
        let output = try CLIRunner.temporaryDirectory().appendingPathComponent("informe.json").path
        let streamed = try Self.run(["check", "--format", "json", files.article, "-o", output])
        let whole = try Self.run(["check", "--format", "json", "--baseline", files.baseline, files.article])
        #expect(streamed.status == 1)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == whole.standardOutput)
        let count = whole.standardOutput.components(separatedBy: "\"entryId\"").count - 1
        #expect(streamed.standardError.hasSuffix("\(count) findings in 1 file: json report written to \(output)\n"))
    }

    @Test func standardInputIsStreamedToo() throws {
        let files = try #require(Self.files)
        let bytes = Array(Self.text.utf8)
        let streamed = try Self.run(["check", "--format", "json", "-"], input: bytes)
        let whole = try Self.run(["check", "--format", "json", "--baseline", files.baseline, "-"], input: bytes)
        #expect(streamed.status == 1)
        #expect(streamed.standardOutput == whole.standardOutput)
    }

    @Test func aStreamedFixWritesTheWholeCorrection() throws {
        let files = try #require(Self.files)
        let options = AlignmentOptions(morphology: SpanishMorphology(lexicon: nil))
        let aligner = Aligner(glossary: try Glossary(contentsOfFile: files.glossary), options: options)
        let document = try TextDocument(bytes: Array(Self.text.utf8), path: files.article)
        let alignment = aligner.applyingIgnoreMarkers(aligner.align(document)).alignment
        let output = try CLIRunner.temporaryDirectory().appendingPathComponent("corregida.txt").path
        let fixed = try Self.run(["fix", files.article, "-o", output])
        #expect(fixed.status == 0)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: output))) == alignment.correctedBytes)
        let count = alignment.findings.count
        #expect(fixed.standardError == "\(files.article): \(count) corrections applied, written to \(output)\n")
        let piped = try Self.run(["fix", "-", "-o", "-"], input: Array(Self.text.utf8))
        #expect(Array(piped.standardOutput.utf8) == alignment.correctedBytes)
    }

    /// A long record among short ones is written a batch at a time too: the lines are
    /// those of the whole-document path, its record number and path included.
    @Test func aLongRecordIsStreamedWithItsNumberAndPath() throws {
        let files = try #require(Self.files)
        func record(_ path: String, _ text: String) throws -> String {
            let data = try JSONSerialization.data(withJSONObject: ["path": path, "text": text], options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
        let records =
            try [
                record("corta-1", "Son no talleres."), record("larga", Self.text), record("corta-2", "Bien."),
            ].joined(separator: "\n") + "\n"
        let input = Array(records.utf8)
        let streamed = try Self.run(["check", "--format", "jsonl", "--records", "-"], input: input)
        let whole = try Self.run(
            ["check", "--format", "jsonl", "--baseline", files.baseline, "--records", "-"], input: input)
        #expect(streamed.status == 1)
        let lines = streamed.standardOutput.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.count == 3 && lines[1].contains("\"path\":\"larga\",\"record\":2"))
        #expect(streamed.standardOutput == whole.standardOutput)
    }
}
