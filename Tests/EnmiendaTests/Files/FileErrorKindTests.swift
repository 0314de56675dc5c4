import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// A file that cannot be read is an input error; one that cannot be written, an output error.
@Suite struct FileErrorKindTests {
    @Test func aFileThatCannotBeReadIsAnInputError() {
        let error = #expect(throws: InputError.self) { try FileInput.readBytes(atPath: "/nonexistent/a.txt") }
        #expect(error?.kind == .input)
        #expect(error?.description == "/nonexistent/a.txt:1:1: error: no such file")
    }

    @Test(arguments: ["/nonexistent/dir/a.txt", "/dev/full"])
    func aFileThatCannotBeWrittenIsAnOutputError(_ path: String) {
        let error = #expect(throws: InputError.self) { try AtomicFile.write(Array("text".utf8), to: path) }
        #expect(error?.kind == .output)
        #expect(error?.diagnostics.first?.message.hasPrefix("cannot write: ") == true)
    }

    @Test func aLoopOfLinksIsAnOutputError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("loop-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/a", withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: root + "/b", withDestinationPath: "a")
        let error = #expect(throws: InputError.self) { try AtomicFile.resolvedPath(root + "/a") }
        #expect(error?.kind == .output)
    }
}
