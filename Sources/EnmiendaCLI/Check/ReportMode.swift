import ArgumentParser
import Enmienda
import Foundation

/// `check` with a report format: every article read and aligned, the findings its ignore
/// markers silence, those rejected in review and those of the baseline left out, and one
/// report in the chosen format (with `-o`, a line on standard error says where it went).
/// One plain-text article is reported a batch of chunks at a time (`+Streaming`).
struct ReportMode {
    let command: CheckCommand

    /// Reports the findings of `aligner` in the articles; throws ``ExitCode/findings``
    /// when there are some.
    func run(_ aligner: Aligner, statistics: ScanStatistics) throws {
        var statistics = statistics
        let source = try command.checking.source()
        let documents = try statistics.time(\.scan) { () throws in
            let documents = try command.checking.articles(command.paths, lossy: command.lossy)
            // Checked here, not in `validate()`: only reading tells that a path is a directory.
            if source != nil, documents.count != 1 {
                throw ValidationError("--source gives the English original of one article, not of a directory")
            }
            return documents
        }
        if streams(documents, source: source) {
            return try runStreamed(aligner, article: documents[0], statistics: statistics)
        }
        var alignments = statistics.time(\.scan) { aligner.align(documents, source: source) }
        statistics.count(alignments.map(Tally.init), entries: aligner.glossary.entryCount)
        alignments = alignments.map { alignment in
            let (kept, warnings) = aligner.applyingIgnoreMarkers(alignment)
            if !command.quiet {
                for warning in warnings {
                    Terminal.standardError.note(
                        TerminalText.escaped("\(warning.location): warning: \(warning.message)") + "\n")
                }
            }
            return kept
        }
        defer { if command.stats { Terminal.standardError.note(statistics.summary) } }
        if !command.showSuppressed {
            let (shown, suppressed) = try command.suppressionsRead().filter(alignments)
            alignments = shown
            command.sayLeftOut(suppressed)
        }
        if let baseline = command.baseline {
            let (new, known) = try Baseline(contentsOfFile: baseline, maximumSize: command.checking.inputSize.bytes)
                .newFindings(in: alignments)
            alignments = new
            if !command.quiet {
                Terminal.standardError.note(
                    "baseline: \(known) \(known == 1 ? "finding" : "findings") already in \(baseline) left out\n")
            }
        }
        let found = alignments.contains { !$0.findings.isEmpty }
        ProcessLifetime.keep(alignments)
        guard !command.quiet else { throw found ? ExitCode.findings : ExitCode.success }
        let reporter = reporter(for: aligner)
        // Written as it is made: a streaming format goes out 64 KiB at a time.
        try statistics.time(\.reporting) { () throws in
            try command.report.write { output in
                if let streaming = reporter as? any StreamingReporter {
                    streaming.write(alignments, to: &output)
                } else {
                    output.append(reporter.report(alignments))
                }
            }
        }
        if let output = command.report.output, output != "-" {
            let findings = alignments.reduce(0) { $0 + $1.findings.count }
            Terminal.standardError.note(
                "\(findings) \(findings == 1 ? "finding" : "findings") in \(alignments.count) "
                    + "\(alignments.count == 1 ? "file" : "files"): \(command.report.format.rawValue) report written to "
                    + TerminalText.escapedName(output) + "\n")
        }
        if found { throw ExitCode.findings }
    }

    /// The reporter of the chosen format.
    private func reporter(for aligner: Aligner) -> any Reporter {
        let weights = command.weights ?? .standard
        switch command.report.format {
        case .text:
            return TextReporter(
                colored: command.report.colored, showsNotes: !command.report.noNotes, weights: weights,
                maxFindings: command.summary ? 0 : command.maxFindings)
        case .xml:
            return CorrectionsXMLReporter(weights: weights)
        case .json:
            return JSONReporter(weights: weights, concurrency: aligner.options.concurrency)
        case .jsonl:
            return JSONLinesReporter(weights: weights)
        case .html:
            return HTMLReporter(weights: weights)
        case .sarif:
            return SARIFReporter(
                glossary: aligner.glossary, baseDirectory: FileManager.default.currentDirectoryPath, weights: weights)
        case .count:
            preconditionFailure("count is written by CountMode")
        }
    }
}
