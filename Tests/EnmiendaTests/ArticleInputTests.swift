import Foundation
import Testing

@testable import Enmienda

/// Issue 13: symlinked article directories are searched like directories, without loops,
/// and bilingual files (XLIFF, TMX, PO) are told by extension and content.
@Suite struct ArticleInputTests {
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

    @Test func bilingualFilesAreToldByExtensionAndContent() {
        #expect(UnsupportedFormat.name(ofPath: "dir/a.XLF") == "XLIFF")
        #expect(UnsupportedFormat.name(ofPath: "a.po") == "PO")
        #expect(UnsupportedFormat.name(ofPath: "a.txt") == nil)
        #expect(UnsupportedFormat.name(ofPath: ".tmx") == nil)
        let xliff = #"<?xml version="1.0"?><xliff version="1.2"><file/></xliff>"#
        #expect(UnsupportedFormat.name(of: Array(xliff.utf8)) == "XLIFF")
        #expect(UnsupportedFormat.name(of: Array("<x:tmx xmlns:x=\"u\"/>".utf8)) == "TMX")
        #expect(UnsupportedFormat.name(of: Array("# comment\n\nmsgid \"\"\nmsgstr \"\"\n".utf8)) == "PO")
        #expect(UnsupportedFormat.name(of: Array("Una nota sobre <xliff>.\n".utf8)) == nil)
        #expect(UnsupportedFormat.name(of: Array("<p>Hola</p>".utf8)) == nil)
    }
}
