import Foundation
import Testing

@testable import Enmienda

/// ``OutputBuffer`` keeps everything in memory without a descriptor, writes a full buffer
/// out, and keeps the first failed write for ``OutputBuffer/flush()`` to throw; its memory
/// is its own, copied on write, and the JSON tokens written into it (escapes found eight
/// bytes at a time, keys and numbers written in one step) are those of a byte-by-byte
/// writer.
@Suite struct OutputBufferTests {
    @Test func withoutADescriptorEveryByteIsKept() throws {
        var output = OutputBuffer()
        output.append("añ")
        output.append(UInt8(ascii: "!"))
        output.appendJSON("a\"b\\c\n\u{01}😀")
        output.appendJSON(-1_234_567)
        output.appendJSON(2.5)
        output.appendJSON(3.0)
        try output.flush()
        #expect(String(decoding: output.bytes, as: UTF8.self) == "añ!\"a\\\"b\\\\c\\n\\u0001😀\"-12345672.53")
    }

    @Test func aFullBufferIsWrittenOut() throws {
        let pipe = Pipe()
        let writer = DescriptorWriter(descriptor: pipe.fileHandleForWriting.fileDescriptor, name: "pipe")
        var output = OutputBuffer(writer: writer, capacity: 4)
        output.append("abc")
        #expect(output.bytes.count == 3)
        output.append("de")
        #expect(output.bytes.isEmpty, "five bytes fill a buffer of four")
        output.append("f")
        try output.flush()
        try pipe.fileHandleForWriting.close()
        #expect(try pipe.fileHandleForReading.readToEnd() == Data("abcdef".utf8))
    }

    @Test func aFailedWriteIsKeptAndThrownOnFlush() {
        var output = OutputBuffer(writer: DescriptorWriter(descriptor: -1, name: "nowhere"), capacity: 2)
        output.append("abc")
        #expect(output.failed)
        output.append("def")
        #expect(output.bytes.isEmpty, "what follows a failure is dropped")
        #expect(throws: WriteError(destination: "nowhere", code: EBADF)) { try output.flush() }
    }

    /// JSON escaping one byte at a time, as the reports did before runs were found eight
    /// bytes at a time.
    private func escapedByteByByte(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x22: result += Array(#"\""#.utf8)
            case 0x5C: result += Array(#"\\"#.utf8)
            case 0x0A: result += Array(#"\n"#.utf8)
            case 0x0D: result += Array(#"\r"#.utf8)
            case 0x09: result += Array(#"\t"#.utf8)
            case ..<0x20: result += Array(String(format: "\\u%04x", Int(byte)).utf8)
            default: result.append(byte)
            }
        }
        return result
    }

    @Test func escapesEveryByteThatNeedsItWhereverItFallsInAWord() {
        // Each byte that needs escaping, and bytes near the bounds of the word tests (0x1F,
        // 0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xFF), at every offset of 1 to 24 bytes of
        // plain text, so that it falls in each lane of an eight-byte word and in the tail.
        let specials: [String] = [
            "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", " ", "!", "#", "[", "]", "\u{7F}", "é", "€",
            "😀",
        ]
        for special in specials {
            for offset in 0..<24 {
                for tail in [0, 1, 7, 8, 9] {
                    let text =
                        String(repeating: "a", count: offset) + special + String(repeating: "z", count: tail) + special
                    var output = OutputBuffer()
                    output.appendJSONEscaped(text)
                    #expect(output.bytes == escapedByteByByte(text), "\(special.debugDescription) at \(offset)")
                    // And the result is JSON that reads back as the text.
                    let quoted = Data(([UInt8(ascii: "[")] + [UInt8(ascii: "\"")] + output.bytes + Array("\"]".utf8)))
                    let decoded = try? JSONSerialization.jsonObject(with: quoted) as? [String]
                    #expect(decoded == [text])
                }
            }
        }
    }

    @Test func aCopyKeepsItsBytesWhenTheOriginalGrowsAndTheOtherWayRound() {
        var original = OutputBuffer()
        original.append("uno ")
        var copy = original
        original.append("dos")
        copy.append("tres")
        #expect(String(decoding: original.bytes, as: UTF8.self) == "uno dos")
        #expect(String(decoding: copy.bytes, as: UTF8.self) == "uno tres")
        // Growing far past the first allocation keeps every byte, in order.
        var long = OutputBuffer()
        var expected: [UInt8] = []
        for index in 0..<5_000 {
            let piece = "\(index),"
            long.append(piece)
            expected += Array(piece.utf8)
            if index % 7 == 0 {
                long.appendSpaces(index % 13)
                expected += [UInt8](repeating: 0x20, count: index % 13)
            }
        }
        let snapshot = long
        long.append(UInt8(ascii: "!"))
        #expect(long.bytes == expected + [UInt8(ascii: "!")])
        #expect(snapshot.bytes == expected)
        #expect(long.count == expected.count + 1)
    }

    @Test func keysAndNumbersAreWrittenAsJSON() {
        var output = OutputBuffer()
        output.appendJSONKey("byteOffset", indent: 4)
        output.appendJSON(0)
        output.append(UInt8(ascii: ","))
        output.appendJSONKey("x", indent: 0)
        for value in [Int.min, -1_000_000, -9, 7, 10, 99, 100, 12_345_678_901, Int.max] {
            output.appendJSON(value)
            output.append(UInt8(ascii: " "))
        }
        #expect(
            String(decoding: output.bytes, as: UTF8.self)
                == #"    "byteOffset" : 0,"x" : \#(Int.min) -1000000 -9 7 10 99 100 12345678901 \#(Int.max) "#)
    }

    @Test func aWrittenBufferPassesEveryByteToTheDescriptorInOrder() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("output-buffer-\(UUID()).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        var output = OutputBuffer(writer: DescriptorWriter(descriptor: descriptor, name: path), capacity: 40)
        var expected = ""
        // A copy taken halfway, while the buffer holds bytes not yet written, and kept past
        // the writes that follow: it keeps its own bytes, and the file gets the original's.
        var copy: OutputBuffer?
        var copied: [UInt8] = []
        for index in 0..<300 {
            let text = "línea \"\(index)\"\n"
            output.appendJSONKey("k", indent: index % 5)
            output.appendJSON(text)
            expected += String(repeating: " ", count: index % 5) + #""k" : "línea \"\#(index)\"\n""#
            if index == 150 {
                output.appendJSONKey("pending", indent: 0)
                // One byte appended alone is never written at once: the buffer holds it.
                output.append(UInt8(ascii: "["))
                expected += #""pending" : ["#
                #expect(output.count > 0)
                copy = output
                copied = output.bytes
            }
        }
        try output.flush()
        close(descriptor)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        #expect(copy?.bytes == copied)
        #expect(copy?.count == copied.count)
    }

    @Test func contextOffsetsCountUTF16CodeUnitsFromTheBytes() {
        for text in ["", "abc", "año", "€uro", "😀 emoji", "a😀b€c\u{301}d", String(repeating: "𝔘ñ", count: 40)] {
            #expect(TextOffsets.utf16Count(Array(text.utf8), 0..<text.utf8.count) == text.utf16.count, "\(text)")
        }
    }
}
