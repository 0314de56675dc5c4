import Enmienda
import Foundation
import Testing

@testable import EnmiendaCLI

/// Issue 13: symlinked article directories are searched like directories, without loops.
@Suite struct ArticlePathsTests {
    @Test func symlinkedDirectoriesAreSearchedOnceWithoutLooping() throws {
        let manager = FileManager.default
        let top = manager.temporaryDirectory.appendingPathComponent("paths-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: top) }
        let real = top.appendingPathComponent("real")
        try manager.createDirectory(at: real.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("a".utf8).write(to: real.appendingPathComponent("a.txt"))
        try Data("b".utf8).write(to: real.appendingPathComponent("sub/b.txt"))
        let articles = top.appendingPathComponent("articles")
        try manager.createDirectory(at: articles, withIntermediateDirectories: true)
        try manager.createSymbolicLink(at: articles.appendingPathComponent("linked"), withDestinationURL: real)
        try manager.createSymbolicLink(at: real.appendingPathComponent("sub/loop"), withDestinationURL: real)
        try manager.createSymbolicLink(
            at: articles.appendingPathComponent("again.txt"), withDestinationURL: real.appendingPathComponent("a.txt"))

        let found = try ArticlePaths.expand([articles.path])
        #expect(found == [articles.path + "/again.txt", articles.path + "/linked/sub/b.txt"])
        let link = top.appendingPathComponent("link-to-real")
        try manager.createSymbolicLink(at: link, withDestinationURL: real)
        #expect(try ArticlePaths.expand([link.path]) == [link.path + "/a.txt", link.path + "/sub/b.txt"])
    }

    /// A file whose name is not UTF-8 is named as an error, not left out in silence; one
    /// named on the command line says why it cannot be found.
    @Test func aFileNameThatIsNotUTF8IsAnErrorNotASilentGap() throws {
        let manager = FileManager.default
        let top = manager.temporaryDirectory.appendingPathComponent("paths-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: top) }
        try manager.createDirectory(at: top, withIntermediateDirectories: true)
        try Data("Son no talleres.\n".utf8).write(to: top.appendingPathComponent("ok.txt"))
        // "café.txt" in Latin-1: 0xE9 is not UTF-8.
        let raw = Array(top.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let descriptor = raw.withUnsafeBufferPointer { name in
            name.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        #expect(throws: InputError.self) { try ArticlePaths.expand([top.path]) }
        do {
            _ = try ArticlePaths.expand([top.path])
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.message.hasPrefix("its name is not valid UTF-8") == true)
        }
        let result = try CLIRunner.run(["check", top.path + "/caf\u{FFFD}.txt"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("bytes that are not UTF-8"), "\(result.standardError)")
    }
}
