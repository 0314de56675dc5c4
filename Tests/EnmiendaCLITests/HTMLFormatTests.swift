import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

@Suite struct HTMLFormatTests {
    static let itsIssueTypes = Set(IssueCategory.allCases.map(\.rawValue))

    private func page() throws -> (html: String, root: ParsedElement) {
        let result = try CLIRunner.run(["check", "--format", "html", "examples/kim-lavrov.es.txt"])
        #expect(result.status == 1)
        // The page is HTML5 written as well-formed XML, so it can be checked as XML once the
        // doctype (which Enmienda's XML reader refuses on principle) is set aside.
        #expect(result.standardOutput.hasPrefix("<!DOCTYPE html>\n"))
        let xml = String(result.standardOutput.dropFirst("<!DOCTYPE html>\n".count))
        return (result.standardOutput, try SecureXMLReader.read(Array(xml.utf8), path: "review.html"))
    }

    private func all(_ element: ParsedElement, named name: String) -> [ParsedElement] {
        (element.localName == name ? [element] : []) + element.elements.flatMap { all($0, named: name) }
    }

    @Test func everyFindingIsHighlightedWithWellFormedITSMarkup() throws {
        let marks = try all(page().root, named: "mark")
        #expect(marks.count == 22)
        for mark in marks {
            let type = try #require(mark.attributes["its-loc-quality-issue-type"])
            #expect(Self.itsIssueTypes.contains(type))
            let severity = try #require(Double(mark.attributes["its-loc-quality-issue-severity"] ?? ""))
            #expect((0...100).contains(severity))
            #expect(!(mark.attributes["its-loc-quality-issue-comment"] ?? "").isEmpty)
            #expect(mark.attributes["class"]?.hasPrefix("finding ") == true)
        }
        let nonStarters = try #require(marks.first { $0.text == "no talleres" })
        #expect(nonStarters.attributes["its-loc-quality-issue-type"] == "mistranslation")
        #expect(nonStarters.attributes["its-loc-quality-issue-severity"] == "60")
    }

    @Test func theArticleTextIsShownWhole() throws {
        let articles = try all(page().root, named: "div").filter { $0.attributes["class"] == "article" }
        let original = try String(
            contentsOf: CLIRunner.packageRoot.appendingPathComponent("examples/kim-lavrov.es.txt"), encoding: .utf8)
        #expect(articles.map(\.text) == [original])
    }

    @Test func thePageIsSelfContained() throws {
        let (html, root) = try page()
        #expect(all(root, named: "link").isEmpty)
        #expect(all(root, named: "img").isEmpty)
        #expect(all(root, named: "script").allSatisfy { $0.attributes["src"] == nil })
        #expect(!html.contains("src=\"http"))
        #expect(!html.contains("url(http"))
        #expect(!html.contains("@import"))
    }

    @Test func embeddedDataListsEveryFindingForTheReviewDownload() throws {
        let script = try #require(all(page().root, named: "script").first { $0.attributes["id"] == "enmienda-data" })
        let data = try #require(try JSONSerialization.jsonObject(with: Data(script.text.utf8)) as? [String: Any])
        let documents = try #require(data["documents"] as? [[String: Any]])
        let findings = try #require(documents.first?["findings"] as? [[String: Any]])
        #expect(findings.count == 22)
        #expect(findings.contains { $0["matched"] as? String == "no talleres" && $0["byteLength"] as? Int == 11 })
        // The review records where the article is, so that apply finds it from anywhere.
        #expect(documents.first?["path"] as? String == "examples/kim-lavrov.es.txt")
        #expect(
            documents.first?["absolutePath"] as? String
                == CLIRunner.packageRoot.appendingPathComponent("examples/kim-lavrov.es.txt").path)
    }
}

@Suite struct ApplyCommandTests {
    private func exportReview() throws -> URL {
        let result = try CLIRunner.run(["check", "--format", "xml", "examples/kim-lavrov.es.txt"])
        let url = try CLIRunner.temporaryDirectory().appendingPathComponent("review.xml")
        try Data(result.standardOutput.utf8).write(to: url)
        return url
    }

    @Test func aPlainExportAppliesEveryCorrectionLikeFix() throws {
        let review = try exportReview()
        let result = try CLIRunner.run(["apply", review.path, "-o", "-"])
        #expect(result.status == 0)
        let expected = try String(
            contentsOf: CLIRunner.packageRoot.appendingPathComponent("examples/kim-lavrov.corrected.es.txt"),
            encoding: .utf8)
        #expect(result.standardOutput == expected)
    }

    @Test func onlyAcceptedFindingsAreAppliedWithTheChosenReplacement() throws {
        let review = try exportReview()
        var xml = try String(contentsOf: review, encoding: .utf8)
        // Reject every finding, then accept one with a replacement of the reviewer's own.
        xml = xml.replacingOccurrences(of: "<finding entry=", with: "<finding decision=\"rejected\" entry=")
        let marker = "<finding decision=\"rejected\" entry=\"non-starters\""
        xml = xml.replacingOccurrences(of: marker, with: "<finding decision=\"accepted\" entry=\"non-starters\"")
        xml = xml.replacingOccurrences(
            of: "<corrected-sentence>Ucrania ha criticado las demandas como inviables",
            with: "<corrected-sentence>x</corrected-sentence><replacement>irrealizables</replacement><!--")
        xml = xml.replacingOccurrences(of: "en el futuro.</corrected-sentence>", with: "-->")
        try Data(xml.utf8).write(to: review)
        let result = try CLIRunner.run(["apply", review.path, "-o", "-"])
        #expect(result.status == 0, "\(result.standardError)")
        let original = try String(
            contentsOf: CLIRunner.packageRoot.appendingPathComponent("examples/kim-lavrov.es.txt"), encoding: .utf8)
        #expect(result.standardOutput == original.replacingOccurrences(of: "no talleres", with: "irrealizables"))
    }

    /// An article whose only finding's sentence changed has nothing of the review left:
    /// it is refused, not silently left as it was.
    @Test func aChangedArticleWithNothingOfTheReviewLeftIsRefused() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let article = directory.appendingPathComponent("a.txt")
        try Data("Son no talleres.".utf8).write(to: article)
        let export = try CLIRunner.run(["check", "--format", "xml", article.path])
        let review = directory.appendingPathComponent("a.review.xml")
        try Data(export.standardOutput.utf8).write(to: review)
        try Data("Eran no talleres.".utf8).write(to: article)
        let result = try CLIRunner.run(["apply", review.path, "--article", article.path, "--in-place"])
        #expect(result.status == 2)
        #expect(
            result.standardError.hasPrefix(
                "\(article.path):1:1: error: the article changed since the review was exported (content hash "))
        #expect(result.standardError.contains("no finding of the review reads as reviewed"))
        #expect(try String(contentsOf: article, encoding: .utf8) == "Eran no talleres.")

        // A review without a content hash (an older export) is still checked finding by finding.
        let withoutHash = export.standardOutput.replacingOccurrences(
            of: #" content-hash="[0-9a-f]{16}""#, with: "", options: .regularExpression)
        try Data(withoutHash.utf8).write(to: review)
        let older = try CLIRunner.run(["apply", review.path, "--article", article.path, "--in-place"])
        #expect(older.status == 2)
        #expect(older.standardError.hasPrefix("\(article.path):1:1: error: the article changed since the review"))
        #expect(try String(contentsOf: article, encoding: .utf8) == "Eran no talleres.")
    }
}

@Suite struct SuppressionTests {
    @Test func rejectedFindingsAreRememberedAndLeftOutUntilAskedFor() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let article = directory.appendingPathComponent("nota.txt")
        let suppressions = directory.appendingPathComponent("rejected.txt").path
        try Data("Las demandas son no talleres.\nDesplegó 12,000 tropas.\n".utf8).write(to: article)
        let export = try CLIRunner.run(["check", "--format", "xml", article.path])
        // The reviewer rejects the first finding and accepts the second.
        let review = export.standardOutput.replacingOccurrences(
            of: "<finding entry=\"non-starters\"", with: "<finding decision=\"rejected\" entry=\"non-starters\"")
        let reviewFile = directory.appendingPathComponent("review.xml")
        try Data(review.utf8).write(to: reviewFile)
        let apply = try CLIRunner.run(
            ["apply", reviewFile.path, "--article", article.path, "--suppressions", suppressions, "--in-place"])
        #expect(apply.status == 0, "\(apply.standardError)")
        #expect(apply.standardError.contains("1 rejected finding remembered in \(suppressions)"))
        let remembered = try String(contentsOfFile: suppressions, encoding: .utf8)
        #expect(remembered.contains("\tnon-starters\tno talleres\t\(article.path)\n"))

        // The rejected sentence is still in the article (not corrected); a rerun leaves it out.
        let rerun = try CLIRunner.run(["check", "--suppressions", suppressions, article.path])
        #expect(rerun.status == 0)
        #expect(rerun.standardError.contains("1 finding rejected in review left out (--show-suppressed shows them)"))
        let shown = try CLIRunner.run(["check", "--suppressions", suppressions, "--show-suppressed", article.path])
        #expect(shown.status == 1)
        #expect(shown.standardOutput.contains("[non-starters]"))

        try Data("not a fingerprint\n".utf8).write(to: URL(fileURLWithPath: suppressions))
        let broken = try CLIRunner.run(["check", "--suppressions", suppressions, article.path])
        #expect(broken.status == 2)
        #expect(broken.standardError.contains("\(suppressions):1:1: error: a suppression line starts with"))
    }
}
