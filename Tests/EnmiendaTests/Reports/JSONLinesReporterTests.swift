import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// ``JSONLinesReporter``: each line is the one-document LanguageTool response of
/// ``JSONReporter`` on one line, with the path, record and segment under `enmienda`.
@Suite struct JSONLinesReporterTests {
    private func object(_ text: some StringProtocol) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }

    @Test func aLineIsTheJSONReportOfItsDocumentOnOneLine() throws {
        let alignments = try ReportCases.example() + ReportCases.tricky()
        let text = JSONLinesReporter().report(alignments)
        #expect(text.hasSuffix("\n"))
        let written = lines(text)
        #expect(written.count == alignments.count)
        for (line, alignment) in zip(written, alignments) {
            // The same object as --format json writes for that document alone.
            let expected = try object(JSONReporter().report([alignment])) as NSDictionary
            #expect(try object(line) as NSDictionary == expected)
            #expect(!line.contains("\r"))
        }
    }

    @Test func whitespaceInsideStringsIsKeptAndOutsideDropped() throws {
        let text = JSONLinesReporter().report(try ReportCases.example())
        let line = try #require(lines(text).first)
        #expect(line.hasPrefix("{\"enmienda\":{\"path\":\"examples/kim-lavrov.es.txt\",\"summary\":{"))
        #expect(line.contains("\"matchedText\":\"no talleres\""))
        #expect(!line.contains("\" : "))
        var compactor = JSONLinesCompactor()
        var output = OutputBuffer()
        // A string cut between pieces, with an escaped quote and spaces in it.
        compactor.append(Array("{\n  \"a b\" : \"x \\\"".utf8), to: &output)
        compactor.append(Array(" y\" ,\n  \"c\" : [ 1, 2 ]\n}".utf8), to: &output)
        #expect(String(decoding: output.bytes, as: UTF8.self) == #"{"a b":"x \" y","c":[1,2]}"#)
    }

    @Test func recordAndSegmentGoUnderEnmienda() throws {
        let alignment = try ReportCases.example()[0]
        var output = OutputBuffer()
        JSONLinesReporter().write(
            .init(alignment: alignment, path: "x/año \"1\".txt", record: 7, segment: .init(id: "u 1", index: 3)),
            to: &output)
        let line = try object(String(decoding: output.bytes, as: UTF8.self))
        let enmienda = try #require(line["enmienda"] as? [String: Any])
        #expect(enmienda["path"] as? String == "x/año \"1\".txt")
        #expect(enmienda["record"] as? Int == 7)
        #expect(enmienda["segment"] as? NSDictionary == ["id": "u 1", "index": 3] as NSDictionary)
        #expect((line["matches"] as? [Any])?.count == alignment.findings.count)
    }

    @Test func anErrorLineSaysWhereAndWhy() throws {
        var output = OutputBuffer()
        JSONLinesReporter().writeError(
            Diagnostic(location: SourceLocation(path: "-", line: 4, column: 2), message: "record 4 is not valid JSON"),
            path: "a.txt", record: 4, to: &output)
        let text = String(decoding: output.bytes, as: UTF8.self)
        #expect(text.filter { $0 == "\n" }.count == 1)
        let line = try object(text)
        #expect(line["enmienda"] as? NSDictionary == ["path": "a.txt", "record": 4] as NSDictionary)
        #expect(
            line["error"] as? NSDictionary
                == ["path": "-", "line": 4, "column": 2, "message": "record 4 is not valid JSON"] as NSDictionary)
    }

    static let xliff = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file source-language="en" target-language="es" datatype="plaintext" original="a.txt"><body>
            <trans-unit id="1"><source>Those are non-starters.</source><target>Son no talleres.</target></trans-unit>
            <trans-unit id="2"><source>Nothing.</source><target>Nada que decir aquí.</target></trans-unit>
            <trans-unit id="3"><source>The event will take place.</source><target>El evento tomará lugar.</target></trans-unit>
          </body></file>
        </xliff>

        """

    @Test func aBilingualFileHasALinePerSegmentWithItsFindingsAndWords() throws {
        let aligner = Aligner(glossary: try Glossary.builtIn)
        let article = try Article(document: TextDocument(bytes: Array(Self.xliff.utf8), path: "news.xlf"))
        let alignment = aligner.align(article)
        let lines = JSONLinesReporter.lines(of: alignment, article: article, aligner: aligner, record: 2)
        try #require(lines.count == 3)
        #expect(lines.map(\.segment) == [.init(id: "1", index: 0), .init(id: "2", index: 1), .init(id: "3", index: 2)])
        #expect(lines.map { $0.alignment.findings.count } == [1, 0, 1])
        #expect(lines.map(\.alignment.wordCount) == [3, 4, 4])
        #expect(lines.reduce(0) { $0 + $1.alignment.wordCount } == alignment.wordCount)
        #expect(lines.allSatisfy { $0.path == "news.xlf" && $0.record == 2 })
        // The matches are those of the whole file, located in it.
        #expect(lines.flatMap(\.alignment.findings) == alignment.findings)
    }

    @Test func aPlainTextHasOneLine() throws {
        let aligner = Aligner(glossary: try Glossary.builtIn)
        let article = try Article(document: TextDocument(bytes: Array("Son no talleres.\n".utf8), path: "a.txt"))
        let lines = JSONLinesReporter.lines(of: aligner.align(article), article: article, aligner: aligner)
        try #require(lines.count == 1)
        #expect(lines[0].segment == nil)
        #expect(lines[0].alignment.findings.count == 1)
    }
}
