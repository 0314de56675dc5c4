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
}
