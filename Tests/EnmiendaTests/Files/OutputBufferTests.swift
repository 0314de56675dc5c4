import Foundation
import Testing

@testable import Enmienda

/// ``OutputBuffer`` keeps everything in memory without a descriptor, writes a full buffer
/// out, and keeps the first failed write for ``OutputBuffer/flush()`` to throw.
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
}
