import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Atomic writes follow links to the file they replace, name their temporary files so a
/// dead writer can be told, and report write errors instead of crashing.
@Suite struct AtomicFileTests {
    private func directory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test func aWriteThroughALinkReplacesItsTargetAndKeepsTheLink() throws {
        let root = try directory()
        try FileManager.default.createDirectory(atPath: root + "/real", withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: root + "/real/a.txt"))
        try FileManager.default.createSymbolicLink(atPath: root + "/second", withDestinationPath: "real/a.txt")
        try FileManager.default.createSymbolicLink(atPath: root + "/first", withDestinationPath: root + "/second")
        try AtomicFile.write(Array("new".utf8), to: root + "/first")
        #expect(try String(contentsOfFile: root + "/real/a.txt", encoding: .utf8) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: root + "/first") == root + "/second")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: root + "/second") == "real/a.txt")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/real") == ["a.txt"])
    }

    @Test func aLinkToNothingCreatesItsTarget() throws {
        let root = try directory()
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: "made.txt")
        try AtomicFile.write(Array("made".utf8), to: root + "/link")
        #expect(try String(contentsOfFile: root + "/made.txt", encoding: .utf8) == "made")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: root + "/link") == "made.txt")
    }

    @Test func aLoopOfLinksIsAnError() throws {
        let root = try directory()
        try FileManager.default.createSymbolicLink(atPath: root + "/a", withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: root + "/b", withDestinationPath: "a")
        #expect(throws: InputError.self) { try AtomicFile.write([0x41], to: root + "/a") }
    }

    @Test func temporaryFilesNameTheirWriterAndThisBoot() throws {
        let root = try directory()
        let name = URL(fileURLWithPath: AtomicFile.temporaryPath(for: root + "/g.xml")).lastPathComponent
        let parts = name.dropFirst(".g.xml.enmienda-".count).split(separator: "-")
        #expect(name.hasPrefix(".g.xml.enmienda-"))
        #expect(parts.count == 3 && parts[0] == "\(getpid())" && parts[1] == AtomicFile.bootID)
        #expect(AtomicFile.removeAbandonedTemporaryFiles(of: root + "/g.xml") == 0)
    }

    @Test func aWriteRemovesWhatKilledWritersOfTheSameFileLeft() throws {
        let root = try directory()
        let boot = AtomicFile.bootID
        let dead = root + "/.a.txt.enmienda-4194303-\(boot)-1"  // above any pid this machine gives out
        let live = root + "/.a.txt.enmienda-\(getpid())-\(boot)-2"
        let elsewhere = root + "/.a.txt.enmienda-4194303-0123abcd-3"
        let other = root + "/.b.txt.enmienda-4194303-\(boot)-4"
        for path in [dead, live, elsewhere, other] { try Data("x".utf8).write(to: URL(fileURLWithPath: path)) }
        try AtomicFile.write(Array("new".utf8), to: root + "/a.txt")
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect([live, elsewhere, other].allSatisfy { FileManager.default.fileExists(atPath: $0) })
        #expect(try String(contentsOfFile: root + "/a.txt", encoding: .utf8) == "new")
    }

    @Test func aFullDeviceIsAWriteErrorNotACrash() throws {
        let descriptor = open("/dev/full", O_WRONLY | O_CLOEXEC)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let writer = DescriptorWriter(descriptor: descriptor, name: "/dev/full")
        #expect(throws: WriteError(destination: "/dev/full", code: ENOSPC)) { try writer.write("text") }
        #expect(throws: InputError.self) { try AtomicFile.write(Array("text".utf8), to: "/dev/full") }
        try AtomicFile.write(Array("text".utf8), to: "/dev/null")
    }
}
