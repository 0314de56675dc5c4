import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Issue 13, script 13: a review file never chooses by itself which article is read or
/// written, and an article without a content hash is verified finding by finding.
@Suite struct ReviewTrustTests {
    private func review(path: String, hash: String? = nil, findings: String) throws -> Review {
        let xml = """
            <corrections xmlns="urn:enmienda:corrections" version="1">
              <document path="\(path)" words="1" findings="0"\(hash.map { " content-hash=\"\($0)\"" } ?? "")>\(findings)</document>
            </corrections>
            """
        return try Review(xml: Array(xml.utf8), path: "r.xml")
    }

    private func finding(offset: Int, matched: String, sentence: String) -> String {
        """
        <finding entry="e" category="mistranslation" severity="major" line="1" column="\(offset + 1)" \
        byte-offset="\(offset)" byte-length="\(matched.utf8.count)" char-offset="\(offset)" \
        char-length="\(matched.count)"><matched>\(matched)</matched><message>m</message><source>s</source>\
        <suggestion>BIEN</suggestion><sentence>\(sentence)</sentence><corrected-sentence>c</corrected-sentence>\
        </finding>
        """
    }

    @Test(arguments: ["../victim.txt", "/etc/passwd", "a/../../b.txt", "~/x.txt", ""])
    func aReviewDoesNotChooseAPathOutsideTheCurrentDirectory(_ path: String) throws {
        let document = try #require(try review(path: path, findings: "").documents.first)
        #expect(!document.pathIsConfined)
        let failure = try #require(throws: InputError.self) {
            try document.articlePath(named: [], isOnlyDocument: true)
        }
        #expect(failure.description.hasPrefix("r.xml:2:3: error: the review names the article"))
        #expect(failure.description.contains("--article"))
        #expect(try document.articlePath(named: ["mine.txt"], isOnlyDocument: true) == "mine.txt")
    }

    @Test func aConfinedPathIsFollowedAndANamedArticleIsMatchedByFile() throws {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("trust-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: top) }
        try FileManager.default.createDirectory(
            at: top.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try Data("a".utf8).write(to: top.appendingPathComponent("notes/a.txt"))
        let document = try #require(try review(path: "notes/a.txt", findings: "").documents.first)
        #expect(document.pathIsConfined)
        #expect(try document.articlePath(named: [], isOnlyDocument: false, in: top.path) == "notes/a.txt")
        #expect(
            try document.articlePath(named: ["./notes/a.txt"], isOnlyDocument: false, in: top.path) == "./notes/a.txt")
        #expect(try document.articlePath(named: ["other.txt"], isOnlyDocument: false, in: top.path) == "notes/a.txt")
    }

    /// From another folder, the path is followed from the review file's folder, on the same
    /// terms; the absolute path a review records is followed only when asked (an output
    /// of the user's choosing), and every path tried is named when none is a file.
    @Test func theArticleIsFoundFromTheReviewsFolderOrItsRecordedPath() throws {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("trust-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: top) }
        let work = top.appendingPathComponent("work")
        let elsewhere = top.appendingPathComponent("elsewhere")
        for folder in [work, elsewhere] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try Data("a".utf8).write(to: work.appendingPathComponent("a.txt"))
        let beside = try #require(try review(path: "a.txt", findings: "").documents.first)
        let found = try beside.articlePath(
            named: [], isOnlyDocument: true, reviewDirectory: work.path, in: elsewhere.path)
        #expect(
            URL(fileURLWithPath: found).resolvingSymlinksInPath()
                == work.appendingPathComponent("a.txt").resolvingSymlinksInPath())

        var recorded = beside
        recorded.absolutePath = work.appendingPathComponent("a.txt").path
        #expect(
            try recorded.articlePath(named: [], isOnlyDocument: true, followsRecordedPath: true, in: elsewhere.path)
                == recorded.absolutePath)
        let inPlace = try #require(throws: InputError.self) {
            try recorded.articlePath(named: [], isOnlyDocument: true, in: elsewhere.path)
        }
        #expect(inPlace.description.contains("found only at the path it recorded"))

        var missing = recorded
        missing.absolutePath = top.appendingPathComponent("gone.txt").path
        let failure = try #require(throws: InputError.self) {
            try missing.articlePath(
                named: [], isOnlyDocument: true, reviewDirectory: top.path, followsRecordedPath: true,
                in: elsewhere.path)
        }
        #expect(failure.description.contains("the review's article ‘a.txt’ is not found; tried ‘"))
        #expect(failure.description.contains("gone.txt’"))
    }

    /// A confined path that leads, through a symbolic link in the tree, out of the
    /// directory is refused like `../victim.txt`; a link that stays inside is followed.
    @Test func aLinkDoesNotLeadAReviewOutOfTheDirectory() throws {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("trust-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: top) }
        let repository = top.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        try Data("victim".utf8).write(to: top.appendingPathComponent("victim.txt"))
        try Data("inside".utf8).write(to: repository.appendingPathComponent("inside.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: repository.appendingPathComponent("notes.txt").path, withDestinationPath: "../victim.txt")
        try FileManager.default.createSymbolicLink(
            atPath: repository.appendingPathComponent("alias.txt").path, withDestinationPath: "inside.txt")
        let escaping = try #require(try review(path: "notes.txt", findings: "").documents.first)
        #expect(escaping.pathIsConfined)
        #expect(throws: InputError.self) {
            try escaping.articlePath(named: [], isOnlyDocument: true, in: repository.path)
        }
        let staying = try #require(try review(path: "alias.txt", findings: "").documents.first)
        #expect(try staying.articlePath(named: [], isOnlyDocument: true, in: repository.path) == "alias.txt")
    }

    @Test func withoutAHashEachFindingsSentenceIsVerified() throws {
        let article = try TextDocument(bytes: Array("TOPSECRET-7f3a\r\nmore".utf8), path: "a.txt")
        let right = try review(
            path: "a.txt", findings: finding(offset: 0, matched: "TOPSECRET", sentence: "TOPSECRET-7f3a\nmore"))
        #expect(try right.documents[0].apply(to: article) == Array("BIEN-7f3a\r\nmore".utf8))
        let wrong = try review(
            path: "a.txt", findings: finding(offset: 0, matched: "TOPSECRET", sentence: "TOPSECRET is a guess"))
        let failure = try #require(throws: InputError.self) { try wrong.documents[0].apply(to: article) }
        #expect(failure.description.contains("no finding of the review reads as reviewed"))
    }

    @Test func aReviewWithNothingToVerifyItIsRefused() throws {
        let article = try TextDocument(bytes: Array("secret\n".utf8), path: "a.txt")
        let empty = try review(path: "a.txt", findings: "")
        let failure = try #require(throws: InputError.self) { try empty.documents[0].apply(to: article) }
        #expect(failure.description.contains("no content-hash and no findings"))
        let hashed = try review(path: "a.txt", hash: article.contentHash, findings: "")
        #expect(try hashed.documents[0].apply(to: article) == article.bytes)
    }
}
