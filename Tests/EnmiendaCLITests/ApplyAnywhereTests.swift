import Foundation
import Testing

/// `enmienda apply` finds the review's article whatever the current directory, and keeps
/// the review of an article edited since: what was found again is applied, the rest is
/// skipped with a located warning and exit status 1.
@Suite struct ApplyAnywhereTests {
    private let text = "Las demandas son no talleres.\nLos voluntarios juegan un rol clave.\n"

    /// A folder with `work/a.txt` and its review exported in `work` (path `a.txt`), saved
    /// as `work/a.review.xml`, plus an empty folder `elsewhere`.
    private func setUp(absolutePath: Bool = false) throws -> (top: URL, review: URL) {
        let top = try CLIRunner.temporaryDirectory()
        let work = top.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: top.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: work.appendingPathComponent("a.txt"))
        let export = try CLIRunner.run(["check", "--format", "xml", "a.txt"], in: work)
        #expect(export.status == 1)
        var xml = export.standardOutput
        #expect(xml.contains("<document path=\"a.txt\""))
        if absolutePath {
            // What the review page records beside the path.
            xml = xml.replacingOccurrences(
                of: "<document path=\"a.txt\"",
                with: "<document path=\"a.txt\" absolute-path=\"\(work.appendingPathComponent("a.txt").path)\"")
        }
        let review = work.appendingPathComponent("a.review.xml")
        try Data(xml.utf8).write(to: review)
        return (top, review)
    }

    private let corrected = "Las demandas son inviables.\nLos voluntarios desempeñan un papel clave.\n"

    @Test func aReviewBesideItsArticleIsAppliedFromAnotherFolder() throws {
        let (top, review) = try setUp()
        let result = try CLIRunner.run(["apply", review.path, "-o", "-"], in: top.appendingPathComponent("elsewhere"))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == corrected)
    }

    @Test func aDownloadedReviewFindsItsArticleByTheAbsolutePathItRecorded() throws {
        let (top, review) = try setUp(absolutePath: true)
        let downloads = top.appendingPathComponent("elsewhere")
        let moved = downloads.appendingPathComponent("a.review.xml")
        try FileManager.default.moveItem(at: review, to: moved)
        let result = try CLIRunner.run(["apply", "a.review.xml", "-o", "-"], in: downloads)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == corrected)

        // Written in place, the recorded path is not followed: the user names the file.
        let article = top.appendingPathComponent("work/a.txt")
        let inPlace = try CLIRunner.run(["apply", "a.review.xml", "--in-place"], in: downloads)
        #expect(inPlace.status == 2)
        #expect(inPlace.standardError.contains("found only at the path it recorded, ‘\(article.path)’"))
        #expect(inPlace.standardError.contains("--article"))
        #expect(try String(contentsOf: article, encoding: .utf8) == text)
        let named = try CLIRunner.run(
            ["apply", "a.review.xml", "--in-place", "--article", article.path], in: downloads)
        #expect(named.status == 0, "\(named.standardError)")
        #expect(try String(contentsOf: article, encoding: .utf8) == corrected)
    }

    @Test func aMissingArticleIsReportedWithEveryPathTried() throws {
        let (top, review) = try setUp(absolutePath: true)
        try FileManager.default.removeItem(at: top.appendingPathComponent("work/a.txt"))
        let elsewhere = top.appendingPathComponent("elsewhere")
        let result = try CLIRunner.run(["apply", review.path, "-o", "-"], in: elsewhere)
        #expect(result.status == 2)
        let tried = [elsewhere.appendingPathComponent("a.txt"), top.appendingPathComponent("work/a.txt")]
        #expect(result.standardError.contains("error: the review's article ‘a.txt’ is not found; tried"))
        for path in tried { #expect(result.standardError.contains("‘\(path.resolvingSymlinksInPath().path)’")) }
        #expect(result.standardOutput.isEmpty)
    }

    @Test func anEditedArticleKeepsItsReviewAndSkipsWhatChanged() throws {
        let (top, review) = try setUp()
        let article = top.appendingPathComponent("work/a.txt")
        // A line added above; the second finding's words edited away.
        try Data("Nota.\nLas demandas son no talleres.\nLos voluntarios tienen un rol clave.\n".utf8).write(to: article)
        let result = try CLIRunner.run(["apply", review.path, "--in-place"], in: top.appendingPathComponent("work"))
        #expect(result.status == 1, "\(result.standardError)")
        #expect(
            result.standardError.contains(
                "a.txt:2:17: warning: “juegan un rol” skipped: the text changed since the review"))
        #expect(result.standardError.contains("1 finding found again"))
        #expect(result.standardError.contains("a.txt: 1 of 2 corrections applied"))
        #expect(
            try String(contentsOf: article, encoding: .utf8)
                == "Nota.\nLas demandas son inviables.\nLos voluntarios tienen un rol clave.\n")
    }
}
