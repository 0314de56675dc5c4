import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// The JSON writer that replaced `JSONEncoder` must write what a JSON parser reads back.
@Suite struct JSONValueTests {
    @Test func stringsWithQuotesBackslashesAndControlCharactersRoundTrip() throws {
        let tricky = "a \"cita\" \\ barra\nnueva\tlínea \u{01} 🙂 / fin"
        let value = JSONValue.object([
            ("z", .string(tricky)), ("a", .array([.int(-3), .double(2.5), .double(1), .bool(true), .array([])])),
            ("m", .object([])),
        ])
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(value.text().utf8)) as? [String: Any])
        #expect(parsed["z"] as? String == tricky)
        let array = try #require(parsed["a"] as? [Any])
        #expect(array.count == 5)
        #expect((array[1] as? NSNumber)?.doubleValue == 2.5)
        #expect(value.text().hasPrefix("{\n  \"a\" : ["), "keys in sorted order, two-space indentation")
        #expect(value.text().contains("/ fin"), "slashes are not escaped")
    }

    /// The escaping copies runs of plain bytes at once: seeded random strings of quotes,
    /// backslashes, control characters, non-ASCII and plain text read back unchanged.
    @Test func randomStringsReadBackUnchanged() throws {
        let pieces = ["a", "ñ", "\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{7F}", "/", "😀", "ab c", "€", ""]
        var generator = SeededGenerator(state: 42)
        for _ in 0..<1_000 {
            let string = (0..<Int.random(in: 0..<24, using: &generator)).map { _ in
                pieces[Int.random(in: pieces.indices, using: &generator)]
            }.joined()
            let text = JSONValue.array([.string(string)]).text()
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String])
            #expect(parsed == [string], "\(string.debugDescription)")
        }
    }

    @Test func longArraysWrittenOnSeveralCoresReadTheSame() throws {
        // Long enough to be cut into slices, with a ragged last slice and nested arrays.
        let matches = (0..<10_000).map { index in
            JSONValue.object([
                ("offset", .int(index * 7 - 5)), ("text", .string("línea \(index) \"\u{02}\"")),
                ("replacements", .array((0..<(index % 3)).map { .object([("value", .int($0))]) })),
            ])
        }
        let value = JSONValue.object([("documents", .array([.object([("matches", .array(matches))])]))])
        let serial = value.text()
        for concurrency in [2, 3, 8] {
            #expect(value.text(concurrency: concurrency) == serial, "concurrency \(concurrency)")
        }
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(serial.utf8)) as? [String: Any])
        let documents = try #require(parsed["documents"] as? [[String: Any]])
        #expect((documents[0]["matches"] as? [Any])?.count == 10_000)
    }
}
