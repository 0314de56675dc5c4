import ArgumentParser
import Enmienda
import Foundation

/// `enmienda apply REVIEW -o OUT`: writes an article with the corrections a reviewer accepted.
struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply the corrections accepted in a review file (from the HTML report or --format xml).",
        discussion: """
            Accepted findings, and findings without a decision, are replaced by the reviewer's \
            replacement or the first suggestion; rejected and pending ones are left alone. An \
            article edited since the review keeps its review: each finding is found again by \
            its fingerprint (its words inside the sentence reviewed), where the review recorded \
            it or moved by the edit; a finding whose words or sentence changed is skipped with a \
            warning, never written over, and the exit status is then 1. The article is looked \
            for from the current directory, then from the review file's folder, then (with -o) \
            at the absolute path the review page recorded. A review file is untrusted: a \
            relative path it gives is followed only when it has no '..' and stays in its folder, \
            and it never chooses by itself a file written in place; name any other article with \
            --article (with a one-article review, --article applies it to that file whatever \
            path the review gives).
            """
    )

    @Argument(help: ArgumentHelp("The review file.", valueName: "review"))
    var review: String

    @OptionGroup var destination: DestinationOptions

    @Option(
        name: .customLong("article"),
        help: ArgumentHelp(
            "The article to apply the review to (repeatable): needed when the review's path is absolute or has '..'.",
            valueName: "path"))
    var articles: [String] = []

    @OptionGroup var inputSize: InputSizeOption

    @OptionGroup var formatOption: FormatOption

    @Option(
        help: ArgumentHelp(
            "Where to remember the rejected findings, so check leaves them out.",
            valueName: "file"))
    var suppressions: String = Suppressions.defaultPath

    func validate() throws {
        try destination.requireDestination()
    }

    func run() throws {
        let review = try Review(contentsOfFile: review, maximumSize: inputSize.bytes)
        guard destination.inPlace || review.documents.count == 1 else {
            throw ValidationError("the review covers \(review.documents.count) articles: use --in-place")
        }
        // Every article is chosen and verified before anything is written.
        var corrections: [(path: String, document: Review.Document, outcome: Review.Outcome)] = []
        let reviewDirectory = URL(fileURLWithPath: self.review).deletingLastPathComponent().path
        for document in review.documents {
            let path = try document.articlePath(
                named: articles, isOnlyDocument: review.documents.count == 1, reviewDirectory: reviewDirectory,
                followsRecordedPath: !destination.inPlace)
            try destination.refuseOverwriting([self.review, suppressions], article: path)
            let article = try Article(contentsOfFile: path, format: formatOption.format)
            corrections.append((path, document, try document.outcome(of: article)))
        }
        if let unused = articles.first(where: { named in !corrections.contains { $0.path == named } }) {
            throw ValidationError("--article \(unused) is none of the articles the review names")
        }
        try OutputGuard.refuse(suppressions, ifOneOf: [self.review] + corrections.map(\.path))
        if !destination.inPlace, let output = destination.output {
            try OutputGuard.refuse(output, sameAs: suppressions, role: "--suppressions")
        }
        try Suppressions.refuseUntrustedBuiltInPath(suppressions)
        var remembered = try Suppressions(contentsOfFile: suppressions, maximumSize: inputSize.bytes)
        var skipped = 0
        for (path, document, outcome) in corrections {
            let written = try destination.write(outcome.bytes, forArticleAt: path)
            for item in outcome.skipped {
                Terminal.standardError.note(
                    TerminalText.escaped(
                        "\(SourceLocation(path: path, line: item.line, column: item.column)): warning: “\(item.matchedText)” skipped: the text changed since the review (its words or their sentence are not found as reviewed); correct it by hand"
                    ) + "\n"
                )
            }
            skipped += outcome.skipped.count
            if outcome.moved > 0 {
                Terminal.standardError.note(
                    "\(TerminalText.escapedName(path)): the article changed since the review; \(outcome.moved) \(outcome.moved == 1 ? "finding" : "findings") found again where the edit moved \(outcome.moved == 1 ? "it" : "them")\n"
                )
            }
            for item in outcome.unapplied {
                let reason =
                    item.hasEmptyReplacement
                    ? "the review's replacement is empty and would delete the words; type the correction in the review to apply it"
                    : item.needsTypedReplacement
                        ? "an approved term is missing from the segment and its place is unknown; type the corrected words in the review to apply it"
                        : item.manualCheck != nil && !item.isDecided
                            ? "the sentence needs a manual check: \(item.manualCheck ?? ""); accept it in the review to apply it"
                            : "“\(item.replacement)” has no room for its line breaks"
                Terminal.standardError.note(
                    TerminalText.escaped(
                        "\(SourceLocation(path: path, line: item.line, column: item.column)): warning: “\(item.matchedText)” left as it is: \(reason); correct it by hand"
                    ) + "\n"
                )
            }
            let applied =
                document.items.count { $0.decision == .accepted } - outcome.unapplied.count - outcome.skipped.count
            Terminal.standardError.note(
                "\(TerminalText.escapedName(path)): \(applied) of \(document.items.count) corrections applied"
                    + (written == "-" ? "\n" : ", written to \(written)\n"))
        }
        let added = remembered.add(rejectedIn: review)
        if added > 0 {
            let directory = URL(fileURLWithPath: suppressions).deletingLastPathComponent().path
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try OutputFile.write(Array(remembered.text.utf8), to: suppressions)
            Terminal.standardError.note(
                "\(added) rejected \(added == 1 ? "finding" : "findings") remembered in \(suppressions)\n")
        }
        // Written, but not all that was accepted: a script must not take it for done.
        if skipped > 0 { throw ExitCode.findings }
    }
}
