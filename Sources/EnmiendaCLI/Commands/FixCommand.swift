import ArgumentParser
import Enmienda
import Foundation

/// `enmienda fix PATH -o OUT`: writes the article with every finding corrected.
struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Write an article with the top suggestion of every finding applied.",
        discussion: """
            Every byte outside the corrected spans is kept (line ends, byte-order mark, \
            no-break spaces, a missing final newline; in XLIFF, TMX, PO, subtitles and HTML, \
            the markup and the source text). The input is never overwritten unless \
            --in-place is given, and then atomically.
            """
    )

    @OptionGroup var checking: CheckingOptions

    @OptionGroup var destination: DestinationOptions

    @Flag(
        help:
            "Mark each corrected segment for review: XLIFF 1.2 state=needs-review-translation, XLIFF 2 state and ITS 2.0 quality annotations, PO fuzzy flag."
    )
    var markForReview = false
    @Argument(help: ArgumentHelp("The article to correct; - reads standard input.", valueName: "path"))
    var path: String

    func validate() throws {
        if destination.inPlace && path == "-" { throw ValidationError("--in-place needs a file, not standard input") }
    }

    func run() throws {
        var status = stat()
        if path != "-", stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw InputError(
                SourceLocation(path: path, line: 1, column: 1),
                "fix corrects one article and this is a directory: give one file (check lists the findings of a whole directory)"
            )
        }
        try destination.refuseOverwriting(
            checking.glossaryPaths + [checking.sourcePath].compactMap { $0 }, article: path)
        let checking = try self.checking.resolved(near: [path])
        let aligner = try checking.aligner(untranslated: true)
        guard let article = try checking.articles([path]).first else { return }
        let document = article.document
        let alignment = aligner.align(article, source: try checking.source())
        if markForReview, !ReviewMarks.supports(article) {
            throw InputError(
                SourceLocation(path: document.path, line: 1, column: 1),
                "--mark-for-review marks corrected segments of XLIFF and PO files; \(article.format.name) has no review state"
            )
        }
        let edits = alignment.edits
        let applied = markForReview ? ReviewMarks.edits(edits, of: alignment, in: article) : edits.compactMap { $0 }
        let written = try destination.write(TextEdit.apply(applied, to: document.bytes), forArticleAt: path)
        let unapplied = zip(alignment.findings, edits).compactMap { $1 == nil ? $0 : nil }
        let count = alignment.findings.count - unapplied.count
        for finding in unapplied {
            let reason =
                finding.manualCheck.map { "the sentence needs a manual check: \($0)" }
                ?? "“\(finding.topSuggestion)” has no room for its line breaks"
            Terminal.standardError.note(
                TerminalText.escaped(
                    "\(finding.location): warning: “\(finding.matchedText)” left as it is: \(reason); correct it by hand"
                )
                    + "\n")
        }
        Terminal.standardError.note(
            "\(TerminalText.escapedName(document.path)): \(count) \(count == 1 ? "correction" : "corrections") applied"
                + (unapplied.isEmpty ? "" : " (\(unapplied.count) left to correct by hand)")
                + (written == "-" ? "\n" : ", written to \(written)\n"))
    }
}
