import ArgumentParser
import Enmienda
import Foundation

/// `enmienda fix PATH -o OUT`: writes the article with every finding corrected; with
/// `--diff`, prints the corrections of one or more articles as a unified diff instead.
struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Write an article with the top suggestion of every finding applied.",
        discussion: """
            Every byte outside the corrected spans is kept (line ends, byte-order mark, \
            no-break spaces, a missing final newline; in XLIFF, TMX, PO, subtitles and HTML, \
            the markup and the source text). The input is never overwritten unless \
            --in-place is given, and then atomically. With --diff, nothing is written: the \
            corrections of every article given are printed as a unified diff (apply it with \
            patch -p1 or git apply), and the exit status is check's (1 if there are corrections).
            """
    )

    @OptionGroup var checking: CheckingOptions

    @OptionGroup var destination: DestinationOptions

    @Flag(
        help:
            "Mark each corrected segment for review: XLIFF 1.2 state=needs-review-translation, XLIFF 2 state and ITS 2.0 quality annotations, PO fuzzy flag."
    )
    var markForReview = false

    @Flag(
        help: "Print the corrections as a unified diff (--- a/PATH, +++ b/PATH) instead of writing; exit 1 if any.")
    var diff = false

    @Argument(
        help: ArgumentHelp(
            "The article to correct (with --diff, one or more); - reads standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give the article to correct") }
        if diff {
            if destination.output != nil || destination.inPlace {
                throw ValidationError("--diff prints the corrections instead of writing: leave out -o and --in-place")
            }
            return
        }
        try destination.requireDestination()
        if paths.count > 1 {
            throw ValidationError("fix writes one article; give one path, or use --diff for several")
        }
        if destination.inPlace && paths[0] == "-" {
            throw ValidationError("--in-place needs a file, not standard input")
        }
    }

    func run() throws {
        if diff { return try printDiff() }
        let path = paths[0]
        try refuseDirectory(path)
        try destination.refuseOverwriting(
            checking.glossaryPaths + [checking.sourcePath].compactMap { $0 }, article: path)
        let checking = try self.checking.resolved(near: [path])
        let aligner = try checking.aligner(untranslated: true)
        guard let article = try checking.articles([path]).first else { return }
        if article.segmented == nil, checking.sourcePath == nil, !markForReview {
            return try correctStreamed(article, aligner: aligner, path: path)
        }
        let (alignment, applied) = try corrections(of: article, aligner: aligner)
        ProcessLifetime.keep((aligner, alignment))
        let written = try destination.write(
            TextEdit.apply(applied, to: article.document.bytes), forArticleAt: path)
        report(alignment, written: written)
    }

    /// `--diff`: the diff of every article on standard output, in the order given.
    private func printDiff() throws {
        for path in paths { try refuseDirectory(path) }
        let checking = try self.checking.resolved(near: paths)
        let aligner = try checking.aligner(untranslated: true)
        let articles = try checking.articles(paths)
        if checking.sourcePath != nil, articles.count != 1 {
            throw ValidationError("--source gives the English original of one article; give exactly one")
        }
        var changed = false
        for article in articles {
            let (alignment, applied) = try corrections(of: article, aligner: aligner)
            let diff = UnifiedDiff().diff(path: article.document.path, bytes: article.document.bytes, edits: applied)
            if !diff.isEmpty {
                changed = true
                try DescriptorWriter.standardOutput.write(diff)
            }
            report(alignment, written: nil)
        }
        if changed { throw ExitCode.findings }
    }

    /// Refuses a directory: fix corrects files.
    private func refuseDirectory(_ path: String) throws(InputError) {
        var status = stat()
        if path != "-", stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw InputError(
                SourceLocation(path: path, line: 1, column: 1),
                "fix corrects one article and this is a directory: give one file (check lists the findings of a whole directory)"
            )
        }
    }

    /// The alignment of `article`, its ignore markers applied (their warnings printed),
    /// and the edits to make.
    private func corrections(of article: Article, aligner: Aligner) throws -> (Alignment, [TextEdit]) {
        let (alignment, warnings) = aligner.applyingIgnoreMarkers(
            aligner.align(article, source: try checking.source()))
        for warning in warnings {
            Terminal.standardError.note(
                TerminalText.escaped("\(warning.location): warning: \(warning.message)") + "\n")
        }
        if markForReview, !ReviewMarks.supports(article) {
            throw InputError(
                SourceLocation(path: article.document.path, line: 1, column: 1),
                "--mark-for-review marks corrected segments of XLIFF and PO files; \(article.format.name) has no review state"
            )
        }
        let edits = alignment.edits
        let applied = markForReview ? ReviewMarks.edits(edits, of: alignment, in: article) : edits.compactMap { $0 }
        return (alignment, applied)
    }

    /// Writes a plain-text article corrected a batch of chunks at a time: each batch's
    /// corrected bytes go out as it is aligned, so that memory holds one batch of findings
    /// however dense they are. The bytes and the messages are those of the whole-file path.
    private func correctStreamed(_ article: Article, aligner: Aligner, path: String) throws {
        let document = article.document
        let bytes = document.bytes
        let markers = aligner.ignoreMarkers(of: document)
        for warning in markers.warnings {
            Terminal.standardError.note(
                TerminalText.escaped("\(warning.location): warning: \(warning.message)") + "\n")
        }
        var edits = EditStream(document: document)
        var findings = 0
        var unapplied: [String] = []
        var position = 0
        let apply = { (pairs: [(finding: Finding, edit: TextEdit?)], output: inout OutputBuffer) in
            for (finding, edit) in pairs {
                findings += 1
                guard let edit else {
                    unapplied.append(Self.warning(leaving: finding))
                    continue
                }
                bytes[position..<edit.byteRange.lowerBound].withUnsafeBufferPointer { output.append($0) }
                output.append(contentsOf: edit.replacement)
                position = edit.byteRange.upperBound
            }
        }
        let produce = { (output: inout OutputBuffer) in
            aligner.align(document) { batch in apply(edits.add(markers.apply(to: batch).findings), &output) }
            apply(edits.finish(), &output)
            bytes[position...].withUnsafeBufferPointer { output.append($0) }
        }
        let written = destination.inPlace ? path : (destination.output ?? "-")
        if written == "-" {
            var output = OutputBuffer(writer: DescriptorWriter.standardOutput)
            produce(&output)
            try output.flush()
        } else {
            try OutputFile.write(to: written, produce)
        }
        report(path: document.path, findings: findings, unapplied: unapplied, written: written)
    }

    /// Says on standard error what was corrected, what was left for a manual edit, and
    /// where the article was written (`nil`: printed as a diff).
    private func report(_ alignment: Alignment, written: String?) {
        let unapplied = zip(alignment.findings, alignment.edits).compactMap { $1 == nil ? $0 : nil }
        report(
            path: alignment.document.path, findings: alignment.findings.count,
            unapplied: unapplied.map(Self.warning(leaving:)), written: written)
    }

    /// The warning for a finding that fix leaves as it is.
    private static func warning(leaving finding: Finding) -> String {
        let reason =
            finding.manualCheck.map { "the sentence needs a manual check: \($0)" }
            ?? "“\(finding.topSuggestion)” has no room for its line breaks"
        return TerminalText.escaped(
            "\(finding.location): warning: “\(finding.matchedText)” left as it is: \(reason); correct it by hand")
            + "\n"
    }

    /// Says on standard error what was corrected of the `findings` of the article at
    /// `path`, the `unapplied` warnings first, and where it was written (`nil`: printed
    /// as a diff).
    private func report(path: String, findings: Int, unapplied: [String], written: String?) {
        let count = findings - unapplied.count
        for warning in unapplied { Terminal.standardError.note(warning) }
        let destination: String
        switch written {
        case nil: destination = " in the diff"
        case "-": destination = ""
        case let path?: destination = ", written to \(path)"
        }
        Terminal.standardError.note(
            "\(TerminalText.escapedName(path)): \(count) \(count == 1 ? "correction" : "corrections")"
                + (written == nil ? "" : " applied")
                + (unapplied.isEmpty ? "" : " (\(unapplied.count) left to correct by hand)")
                + destination + "\n")
    }
}
