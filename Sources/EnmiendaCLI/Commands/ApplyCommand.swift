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
            article must still read, at each finding, what was reviewed (the whole article must \
            match the review's content hash when it has one). A review file is untrusted: the \
            article path it gives is followed only when it is relative and has no '..'; name \
            any other article with --article (with a one-article review, --article applies it to \
            that file whatever path the review gives).
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
            "Where to remember the rejected findings, so check leaves them out (default .enmienda/suppressions.txt).",
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
        var corrections: [(path: String, document: Review.Document, bytes: [UInt8], unapplied: [Review.Item])] = []
        for document in review.documents {
            let path = try document.articlePath(named: articles, isOnlyDocument: review.documents.count == 1)
            try destination.refuseOverwriting([self.review, suppressions], article: path)
            let article = try Article(contentsOfFile: path, format: formatOption.format)
            let (bytes, unapplied) = try document.corrections(of: article)
            corrections.append((path, document, bytes, unapplied))
        }
        if let unused = articles.first(where: { named in !corrections.contains { $0.path == named } }) {
            throw ValidationError("--article \(unused) is none of the articles the review names")
        }
        try OutputGuard.refuse(suppressions, ifOneOf: [self.review] + corrections.map(\.path))
        try Suppressions.refuseLinksInBuiltInPath(suppressions)
        var remembered = try Suppressions(contentsOfFile: suppressions, maximumSize: inputSize.bytes)
        for (path, document, corrected, unapplied) in corrections {
            let written = try destination.write(corrected, forArticleAt: path)
            for item in unapplied {
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
            let applied = document.items.count { $0.decision == .accepted } - unapplied.count
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
    }
}
