import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// ``RecordReader``: JSON Lines records read one at a time; a bad record is a located
/// problem and reading goes on.
@Suite struct RecordReaderTests {
    /// The records of `bytes`, read through a file descriptor as standard input would be.
    private func records(_ bytes: [UInt8], maximumSize: Int = 1 << 20) throws -> [RecordReader.Record] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        var reader = RecordReader(descriptor: descriptor, name: "-", maximumSize: maximumSize)
        var result: [RecordReader.Record] = []
        while let record = try reader.next() { result.append(record) }
        return result
    }

    @Test func goodRecordsBecomeArticles() throws {
        let input = """
            {"path": "a.txt", "text": "Son no talleres.\\n"}

            {"text": "Hola", "path": "b/c d.md"}
            {"path": "x.po", "format": "text", "text": "msgid \\"a\\""}
            """
        let read = try records(Array(input.utf8))
        try #require(read.count == 3)
        #expect(read.map(\.number) == [1, 3, 4])
        #expect(read.map(\.path) == ["a.txt", "b/c d.md", "x.po"])
        #expect(read.allSatisfy { $0.problem == nil })
        #expect(read[0].article?.document.bytes == Array("Son no talleres.\n".utf8))
        #expect(read[2].article?.format == .text)
    }

    @Test func badRecordsAreLocatedByNumberAndTheOthersGoOn() throws {
        var input: [UInt8] = []
        input += Array("{\"path\": \"a.txt\", \"text\": \"bien\"}\n".utf8)
        input += Array("not json\n".utf8)
        input += Array("{\"path\": \"b.txt\"}\n".utf8)
        input += Array("{\"path\": \"ñ\", \"text\": \"a".utf8) + [0xFF] + Array("\"}\n".utf8)
        input += Array("[1, 2]\n".utf8)
        input += Array("{\"path\": \"c.txt\", \"text\": \"x\", \"format\": \"docx\"}\n".utf8)
        input += Array("{\"path\": \"d.xlf\", \"text\": \"<xliff\"}\n".utf8)
        input += Array("{\"path\": \"e.txt\", \"text\": \"fin\"}".utf8)
        let read = try records(input)
        #expect(read.map(\.number) == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(read.map { $0.problem == nil } == [true, false, false, false, false, false, false, true])
        let problems = read.compactMap(\.problem)
        try #require(problems.count == 6)
        #expect(problems[0].location == SourceLocation(path: "-", line: 2, column: 1))
        #expect(problems[0].message.contains("not valid JSON"))
        #expect(problems[1].message.contains("no \"text\""))
        #expect(read[2].path == "b.txt")
        #expect(problems[2].location == SourceLocation(path: "-", line: 4, column: 25))
        #expect(problems[2].message.contains("UTF-8"))
        #expect(problems[3].message.contains("not a JSON object"))
        #expect(problems[4].message.contains("\"format\""))
        // A document not valid in its format is located in its own text.
        #expect(problems[5].location.path == "d.xlf")
        #expect(read[7].article?.document.bytes == Array("fin".utf8))
    }

    @Test func aRecordLongerThanTheLimitIsSkippedUnheld() throws {
        let long = "{\"path\": \"a.txt\", \"text\": \"" + String(repeating: "palabra ", count: 40_000) + "\"}\n"
        let input = Array(long.utf8) + Array("{\"path\": \"b.txt\", \"text\": \"corto\"}\n".utf8)
        let read = try records(input, maximumSize: 1000)
        try #require(read.count == 2)
        #expect(read[0].problem?.message.contains("longer than 1000 bytes") == true)
        #expect(read[1].path == "b.txt")
        #expect(read[1].problem == nil)
    }
}
