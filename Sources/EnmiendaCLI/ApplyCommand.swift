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

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Where to write the corrected article; - for standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace each reviewed article itself (atomically).")
    var inPlace = false

    func validate() throws {
        if (output == nil) == !inPlace {
            throw ValidationError("say where to write: -o FILE, -o - for standard output, or --in-place")
        }
    }

    func run() throws {
        let review = try Review(contentsOfFile: review)
        guard inPlace || review.documents.count == 1 else {
            throw ValidationError("the review covers \(review.documents.count) articles: use --in-place")
        }
        for document in review.documents {
            let article = try TextDocument(contentsOfFile: document.path)
            let corrected = try document.apply(to: article)
            let destination = inPlace ? document.path : (output ?? "-")
            if destination == "-" {
                FileHandle.standardOutput.write(Data(corrected))
            } else {
                try AtomicFile.write(corrected, to: destination)
            }
            let applied = document.items.count { $0.decision == .accepted }
            Terminal.standardError.write(
                "\(document.path): \(applied) of \(document.items.count) corrections applied"
                    + (destination == "-" ? "\n" : ", written to \(destination)\n"))
        }
    }
}
