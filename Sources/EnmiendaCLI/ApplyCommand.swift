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
            replacement or the first suggestion; rejected and pending ones are left alone. The \
            article must still read, at each finding, what was reviewed.
            """
    )

    @Argument(help: ArgumentHelp("The review file.", valueName: "review"))
    var review: String

    @OptionGroup var destination: DestinationOptions

    @Option(
        help: ArgumentHelp(
            "Where to remember the rejected findings, so check leaves them out (default .enmienda/suppressions.txt).",
            valueName: "file"))
    var suppressions: String = Suppressions.defaultPath

    func run() throws {
        let review = try Review(contentsOfFile: review)
        guard destination.inPlace || review.documents.count == 1 else {
            throw ValidationError("the review covers \(review.documents.count) articles: use --in-place")
        }
        for document in review.documents {
            try destination.refuseOverwriting([self.review, suppressions], article: document.path)
        }
        try OutputGuard.refuse(suppressions, ifOneOf: [self.review] + review.documents.map(\.path))
        for document in review.documents {
            let article = try TextDocument(contentsOfFile: document.path)
            let corrected = try document.apply(to: article)
            let written = try destination.write(corrected, forArticleAt: document.path)
            let applied = document.items.count { $0.decision == .accepted }
            Terminal.standardError.note(
                "\(document.path): \(applied) of \(document.items.count) corrections applied"
                    + (written == "-" ? "\n" : ", written to \(written)\n"))
        }
        var remembered = try Suppressions(contentsOfFile: suppressions)
        let added = remembered.add(rejectedIn: review)
        if added > 0 {
            let directory = URL(fileURLWithPath: suppressions).deletingLastPathComponent().path
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try AtomicFile.write(Array(remembered.text.utf8), to: suppressions)
            Terminal.standardError.note(
                "\(added) rejected \(added == 1 ? "finding" : "findings") remembered in \(suppressions)\n")
        }
    }
}
