import ArgumentParser
import Enmienda
import Foundation

/// `enmienda check PATH...`: reports every known mistranslation.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report the known mistranslations in articles.",
        discussion: """
            Prints one diagnostic per finding (path:line:column: severity: message [entry-id]), \
            the line with the span underlined, the suggestions and the corrected sentence, \
            then a summary. Exit status: 0 no findings, 1 findings, 2 usage or input error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, xml, json, sarif, html, count
    }

    @OptionGroup var checking: CheckingOptions

    @Option(
        help: """
            Output format: text (diagnostics), xml (corrections export), json (LanguageTool-compatible), \
            sarif (SARIF 2.1.0), html (a review page), count (findings per file, read in constant memory).
            """)
    var format: Format = .text

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    @Flag(help: "Leave out the explanatory note of each entry.")
    var noNotes = false

    @Flag(help: "Read invalid UTF-8 as U+FFFD, with a warning, instead of stopping with an error.")
    var lossy = false

    @Flag(help: "Print nothing; the exit status tells whether anything was found.")
    var quiet = false

    @Flag(help: "Print only the summary lines of the text report.")
    var summary = false

    @Flag(help: "Print load, compile and scan times, bytes scanned, MB/s and peak memory to standard error.")
    var stats = false

    @Option(
        help: ArgumentHelp(
            "An earlier --format xml export: report only findings not in it (the exit status too).",
            valueName: "file"))
    var baseline: String?

    @Flag(help: "Keep running: check again when an article or the glossary changes and print what changed.")
    var watch = false

    @Option(
        help: ArgumentHelp(
            "Findings rejected in review, left out of reports (default .enmienda/suppressions.txt).",
            valueName: "file"))
    var suppressions: String = Suppressions.defaultPath

    @Flag(help: "Report the findings that were rejected in review too.")
    var showSuppressed = false

    @Option(help: ArgumentHelp("Show at most this many findings in the text report.", valueName: "n"))
    var maxFindings: Int?

    @Option(
        help: ArgumentHelp(
            "Penalties of the MQM score, e.g. minor=1,major=5,critical=25.", valueName: "weights"))
    var mqmWeights: String = "minor=1,major=5,critical=25"

    @Argument(
        help: ArgumentHelp("Articles (.txt files or directories of them); - reads standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one article to check") }
        guard QualityScore.Weights(parsing: mqmWeights) != nil else {
            throw ValidationError(
                "--mqm-weights takes severity=number pairs, numbers from 0 to 1000000, e.g. minor=1,major=5,critical=25"
            )
        }
        if let maxFindings, maxFindings < 0 { throw ValidationError("--max-findings cannot be negative") }
        if checking.sourcePath != nil, paths.count != 1 {
            throw ValidationError("--source gives the English original of one article; give exactly one")
        }
    }

    /// The suppressions file, under the input size limit, not followed through a link
    /// unless named.
    private func suppressionsRead() throws(InputError) -> Suppressions {
        try Suppressions.refuseLinksInBuiltInPath(suppressions)
        return try Suppressions(contentsOfFile: suppressions, maximumSize: checking.inputSize.bytes)
    }

    func run() throws {
        if watch { return try runWatch() }
        if let output { try OutputGuard.refuse(output, ifOneOf: try inputPaths()) }
        var statistics = ScanStatistics()
        let glossary = try statistics.time(\.load) { () throws(InputError) in try checking.glossary() }
        let aligner = statistics.time(\.compile) { checking.aligner(for: glossary) }
        if format == .count { return try runCount(aligner, statistics: statistics) }
        let source = try checking.source()
        var alignments = try statistics.time(\.scan) { () throws in
            let documents = try ArticleReader.read(paths, lossy: lossy)
            if source != nil, documents.count != 1 {
                throw ValidationError("--source gives the English original of one article, not of a directory")
            }
            return aligner.align(documents, source: source)
        }
        statistics.count(alignments.map(Tally.init), entries: glossary.entries.count)
        defer { if stats { Terminal.standardError.note(statistics.summary) } }
        if !showSuppressed {
            let (shown, suppressed) = try suppressionsRead().filter(alignments)
            alignments = shown
            if suppressed > 0, !quiet {
                Terminal.standardError.note(
                    "\(suppressed) \(suppressed == 1 ? "finding" : "findings") rejected in review left out (--show-suppressed shows them)\n"
                )
            }
        }
        if let baseline {
            let (new, known) = try Baseline(contentsOfFile: baseline, maximumSize: checking.inputSize.bytes)
                .newFindings(in: alignments)
            alignments = new
            if !quiet {
                Terminal.standardError.note(
                    "baseline: \(known) \(known == 1 ? "finding" : "findings") already in \(baseline) left out\n")
            }
        }
        let found = alignments.contains { !$0.findings.isEmpty }
        guard !quiet else { throw found ? ExitCode.findings : ExitCode.success }
        let weights = QualityScore.Weights(parsing: mqmWeights) ?? .standard
        let reporter: any Reporter =
            switch format {
            case .text:
                TextReporter(
                    colored: output == nil && Terminal.standardOutput.wantsColor(color), showsNotes: !noNotes,
                    weights: weights, maxFindings: summary ? 0 : maxFindings)
            case .xml:
                CorrectionsXMLReporter(weights: weights)
            case .json:
                JSONReporter(weights: weights, concurrency: aligner.options.concurrency)
            case .html:
                HTMLReporter(weights: weights)
            case .sarif:
                SARIFReporter(
                    glossary: aligner.glossary, baseDirectory: FileManager.default.currentDirectoryPath,
                    weights: weights)
            case .count:
                preconditionFailure("count is written by runCount")
            }
        let report = statistics.time(\.reporting) { reporter.report(alignments) }
        if let output {
            try OutputFile.write(Array(report.utf8), to: output)
        } else {
            try Terminal.standardOutput.write(report)
        }
        if found { throw ExitCode.findings }
    }

    /// Every file the report is made from: the articles (directories expanded), the
    /// glossaries, the source, the baseline and the suppressions.
    private func inputPaths() throws(InputError) -> [String] {
        try ArticlePaths.expand(paths) + checking.glossaryPaths + [checking.sourcePath, baseline].compactMap { $0 }
            + [suppressions]
    }

    /// `--format count`: each file streamed in chunks, several at a time, one line each.
    private func runCount(_ aligner: Aligner, statistics: ScanStatistics) throws {
        var statistics = statistics
        guard !lossy else { throw ValidationError("--format count reads strict UTF-8; leave out --lossy") }
        guard checking.sourcePath == nil else { throw ValidationError("--format count does not take --source") }
        guard baseline == nil else { throw ValidationError("--format count does not take --baseline") }
        let paths = try ArticlePaths.expand(paths)
        let results = statistics.time(\.scan) { aligner.tally(filesAtPaths: paths) }
        var tallies: [Tally] = []
        var problems: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let tally): tallies.append(tally)
            case .failure(let error): problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw InputError(problems) }
        statistics.count(tallies, entries: aligner.glossary.entries.count)
        if stats { Terminal.standardError.note(statistics.summary) }
        let found = tallies.contains { $0.findings > 0 }
        if !quiet {
            var total = Tally(path: "total")
            tallies.forEach { total.add($0) }
            let lines = tallies.map(\.line) + (tallies.count > 1 ? [total.line] : [])
            let report = lines.joined(separator: "\n") + "\n"
            if let output {
                try OutputFile.write(Array(report.utf8), to: output)
            } else {
                try Terminal.standardOutput.write(report)
            }
        }
        throw found ? ExitCode.findings : ExitCode.success
    }

    /// `--watch`: a full report, then, at every change of an article or a glossary file,
    /// the findings that appeared and went away. Runs until interrupted.
    private func runWatch() throws {
        guard format == .text, output == nil, baseline == nil, !quiet else {
            throw ValidationError(
                "--watch prints text reports as things change; leave out --format, -o, --baseline, --quiet")
        }
        var aligner = try checking.aligner()
        let source = try checking.source()
        var glossaryStamps = FileStamp.of(checking.glossaryPaths)
        var articleStamps = FileStamp.of((try? ArticlePaths.expand(paths)) ?? [])
        let hidden = showSuppressed ? Suppressions() : try suppressionsRead()
        var previous = hidden.filter(aligner.align(try ArticleReader.read(paths, lossy: lossy), source: source))
            .alignments
        let reporter = TextReporter(
            colored: Terminal.standardOutput.wantsColor(color), showsNotes: !noNotes, maxFindings: maxFindings)
        try Terminal.standardOutput.write(reporter.report(previous))
        let count = articleStamps.count
        try Terminal.standardOutput.write("watching \(count) \(count == 1 ? "article" : "articles"); Ctrl-C stops\n")
        while true {
            usleep(250_000)
            let glossaries = FileStamp.of(checking.glossaryPaths)
            let articles = FileStamp.of((try? ArticlePaths.expand(paths)) ?? [])
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
                try Terminal.standardOutput.write(Self.describe(change, reloaded: reloaded))
            case .failure(let error):
                Terminal.standardError.note(error.diagnostics.map { "\($0)\n" }.joined())
            }
        }
    }

    /// The aligner (recompiled when the glossary changed) and the articles checked again.
    private func rerun(reloading: Bool, aligner: Aligner, source: SourceText?) -> Result<
        (Aligner, [Alignment]), InputError
    > {
        Result { () throws(InputError) -> (Aligner, [Alignment]) in
            let current = reloading ? try checking.aligner() : aligner
            return (current, current.align(try ArticleReader.read(paths, lossy: lossy), source: source))
        }
    }

    private static func describe(_ change: FindingsChange, reloaded: Bool) -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        let time = String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
        var text =
            "--- \(time): \(change.new.count) new, \(change.gone.count) gone, \(change.unchanged) unchanged"
            + (reloaded ? " (glossary reloaded)" : "") + "\n"
        for finding in change.new {
            text +=
                "+ \(finding.location): \(finding.severity.rawValue): \(TerminalText.escaped(finding.message)) [\(TerminalText.escaped(finding.entryID))]\n"
            text += "    suggestion: \(finding.topSuggestion)\n"
        }
        for finding in change.gone {
            text += "- \(finding.location.path): “\(finding.matchedText)” is gone [\(finding.entryID)]\n"
        }
        return text
    }
}

/// A file's modification time and size, to notice that it changed.
struct FileStamp: Hashable {
    var path: String
    var seconds: Int
    var nanoseconds: Int
    var size: Int

    static func of(_ paths: [String]) -> [FileStamp] {
        paths.filter { $0 != "-" }.map { path in
            var status = stat()
            guard stat(path, &status) == 0 else { return FileStamp(path: path, seconds: -1, nanoseconds: 0, size: -1) }
            return FileStamp(
                path: path, seconds: Int(status.st_mtim.tv_sec), nanoseconds: Int(status.st_mtim.tv_nsec),
                size: Int(status.st_size))
        }
    }
}
