import ArgumentParser
import Enmienda
import Foundation

/// `check --watch`: a full text report, then, at every change of an article or a glossary
/// file, the findings that appeared and went away (``ChangeReport``). Runs until
/// interrupted.
struct WatchMode {
    let command: CheckCommand

    /// How long to wait between two looks at the files' stamps.
    private static let interval: useconds_t = 250_000

    func run() throws {
        // Checked here rather than in `validate()`, where the message would come with the
        // usage of `check` instead of the usage it has always had.
        guard command.report.format == .text, command.report.output == nil, command.baseline == nil, !command.quiet
        else {
            throw ValidationError(
                "--watch prints text reports as things change; leave out --format, -o, --baseline, --quiet")
        }
        let checking = command.checking
        var aligner = try checking.aligner(untranslated: true)
        let source = try checking.source()
        var glossaryStamps = FileStamp.of(checking.glossaryPaths)
        var articleStamps = FileStamp.of(articlePaths())
        let hidden = command.showSuppressed ? Suppressions() : try command.suppressionsRead()
        var previous = hidden.filter(aligner.align(try readArticles(), source: source)).alignments
        let reporter = TextReporter(
            colored: command.report.colored, showsNotes: !command.report.noNotes, maxFindings: command.maxFindings)
        try Terminal.standardOutput.write(reporter.report(previous))
        let count = articleStamps.count
        try Terminal.standardOutput.write("watching \(count) \(count == 1 ? "article" : "articles"); Ctrl-C stops\n")
        while true {
            usleep(Self.interval)
            let glossaries = FileStamp.of(checking.glossaryPaths)
            let articles = FileStamp.of(articlePaths())
            guard glossaries != glossaryStamps || articles != articleStamps else { continue }
            let reloaded = glossaries != glossaryStamps
            glossaryStamps = glossaries
            articleStamps = articles
            switch rerun(reloading: reloaded, aligner: aligner, source: source) {
            case .success(let (newAligner, checked)):
                aligner = newAligner
                let current = hidden.filter(checked).alignments
                let change = FindingsChange(from: previous, to: current)
                previous = current
                try Terminal.standardOutput.write(ChangeReport(change: change, reloaded: reloaded).text)
            case .failure(let error as InputError):
                Terminal.standardError.note(error.diagnostics.map { "\($0)\n" }.joined())
            case .failure(let error):
                // An id to disable that the changed glossary no longer has.
                Terminal.standardError.note(CheckCommand.fullMessage(for: error) + "\n")
            }
        }
    }

    /// The articles to watch now (a directory's files change), none when they cannot be listed.
    private func articlePaths() -> [String] {
        (try? ArticlePaths.expand(command.paths)) ?? []
    }

    private func readArticles() throws(InputError) -> [Article] {
        try command.checking.articles(command.paths, lossy: command.lossy)
    }

    /// The aligner (recompiled when the glossary changed) and the articles checked again.
    private func rerun(reloading: Bool, aligner: Aligner, source: TextDocument?) -> Result<
        (Aligner, [Alignment]), any Error
    > {
        Result { () throws -> (Aligner, [Alignment]) in
            let current = reloading ? try command.checking.aligner(untranslated: true) : aligner
            return (current, current.align(try readArticles(), source: source))
        }
    }
}
