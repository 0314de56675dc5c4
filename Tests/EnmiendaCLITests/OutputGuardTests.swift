import Enmienda
import Foundation
import Testing

@testable import EnmiendaCLI

/// Issue 13: a command never writes its output over one of its inputs.
@Suite struct OutputGuardTests {
    private func directory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("guard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test func anOutputIsRefusedWhenItIsAnInput() throws {
        let root = try directory()
        try Data("a".utf8).write(to: URL(fileURLWithPath: root + "/a.txt"))
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: "a.txt")
        #expect(throws: InputError.self) { try OutputGuard.refuse(root + "/link", ifOneOf: [root + "/a.txt"]) }
        #expect(throws: InputError.self) { try OutputGuard.refuse(root + "/a.txt", ifOneOf: ["x", root + "/link"]) }
        try OutputGuard.refuse(root + "/b.txt", ifOneOf: [root + "/a.txt"])
        try OutputGuard.refuse("-", ifOneOf: ["-"])
        try OutputGuard.refuse("/dev/null", ifOneOf: ["/dev/null"])
    }
}
