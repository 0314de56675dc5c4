import ArgumentParser
import Enmienda
import Foundation

/// `enmienda check PATH...`: reports every known mistranslation.
///
/// It runs in one of three modes: the report in the chosen format (``ReportMode``),
/// counts per file read in constant memory (``CountMode``), or a report followed by
/// what changes until it is interrupted (``WatchMode``).
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

    @OptionGroup var checking: CheckingOptions

    @OptionGroup var report: ReportOptions

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
            "Findings rejected in review, left out of reports.",
            valueName: "file"))
    var suppressions: String = Suppressions.defaultPath

    @Flag(help: "Report the findings that were rejected in review too.")
    var showSuppressed = false

    @Option(help: ArgumentHelp("Show at most this many findings in the text report.", valueName: "n"))
    var maxFindings: Int?

    // A String, parsed here and in `validate()`: as a `QualityScore.Weights` argument, a
    // bad value would get ArgumentParser's message instead of this one.
    @Option(
        help: ArgumentHelp(
            "Penalties of the MQM score, e.g. minor=1,major=5,critical=25.", valueName: "weights"))
    var mqmWeights: String = "minor=1,major=5,critical=25"

    @Option(
        help: ArgumentHelp(
            "Read the documents as JSON Lines records {\"path\": …, \"text\": …} from this file (- for standard input) instead of paths; with --format jsonl.",
            valueName: "file"))
    var records: String?

    @Argument(
        help: ArgumentHelp(
            "Articles (.txt, .md, XLIFF, TMX, PO, SRT, WebVTT, HTML) or directories of them; - reads standard input.",
            valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if records != nil {
            guard paths.isEmpty else {
                throw ValidationError("--records reads the documents from records: give no article paths with it")
            }
            guard !watch else { throw ValidationError("--records cannot be watched") }
        } else {
            guard !paths.isEmpty else { throw ValidationError("give at least one article to check") }
        }
        guard weights != nil else {
            throw ValidationError(
                "--mqm-weights takes severity=number pairs, each severity once, numbers from 0 to 1000000, e.g. minor=1,major=5,critical=25"
            )
        }
        if let maxFindings, maxFindings < 0 { throw ValidationError("--max-findings cannot be negative") }
        if checking.sourcePath != nil, paths.count != 1 {
            throw ValidationError("--source gives the English original of one article; give exactly one")
        }
    }

    func run() throws {
        // The project configuration file of the articles fills in what the options leave out.
        var command = self
        command.report = report.applying(try checking.configuration(near: paths))
        command.checking = try checking.resolved(near: paths)
        try command.execute()
    }

    /// Runs the command with its options resolved (see ``run()``).
    private func execute() throws {
        // Standard output too: a report redirected into an article (`check --watch d >
        // d/report.txt` read its own report at every change, growing without end).
        try OutputGuard.refuse(report.output ?? "-", ifOneOf: try inputPaths())
        if watch { return try WatchMode(command: self).run() }
        if records != nil, report.format != .jsonl {
            throw ValidationError("--records gives one line per record: use it with --format jsonl")
        }
        var statistics = ScanStatistics()
        let aligner = try checking.aligner(untranslated: true, statistics: &statistics)
        ProcessLifetime.keep(aligner)
        if report.format == .count {
            try CountMode(command: self).run(aligner, statistics: statistics)
        } else if report.format == .jsonl {
            try JSONLinesMode(command: self).run(aligner, statistics: statistics)
        } else {
            try ReportMode(command: self).run(aligner, statistics: statistics)
        }
    }

    /// The penalties `--mqm-weights` gives, or `nil` if it gives none (``validate()``
    /// refuses that).
    var weights: QualityScore.Weights? {
        QualityScore.Weights(parsing: mqmWeights)
    }

    /// Says on standard error how many findings the suppressions file left out, if any
    /// and unless `--quiet`.
    func sayLeftOut(_ suppressed: Int) {
        guard suppressed > 0, !quiet else { return }
        Terminal.standardError.note(
            "\(suppressed) \(suppressed == 1 ? "finding" : "findings") rejected in review left out (--show-suppressed shows them)\n"
        )
    }

    /// The suppressions file, under the input size limit, not followed through a link
    /// unless named.
    func suppressionsRead() throws(InputError) -> Suppressions {
        try Suppressions.refuseUntrustedBuiltInPath(suppressions)
        return try Suppressions(contentsOfFile: suppressions, maximumSize: checking.inputSize.bytes)
    }

    /// Every file the report is made from: the articles (directories expanded), the
    /// glossaries, the source, the baseline and the suppressions.
    /// With `--format jsonl`, a path that cannot be expanded is left as it is: it gives its
    /// error line, and the others are checked.
    private func inputPaths() throws(InputError) -> [String] {
        let articles =
            report.format == .jsonl
            ? paths.flatMap { path in (try? ArticlePaths.expand([path])) ?? [path] } : try ArticlePaths.expand(paths)
        return articles + checking.glossaryPaths + [checking.sourcePath, baseline, records].compactMap { $0 }
            + [suppressions]
    }
}
