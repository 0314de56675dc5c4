import ArgumentParser
import Enmienda
import Foundation

/// `check --format text|json|sarif|html` on one plain-text article: aligned a batch of chunks at a
/// time, each batch's findings filtered (ignore markers, suppressions) and written into
/// the report, then dropped, so that memory holds one batch however dense the findings.
/// The report, the messages and the exit status are those of the whole-file path.
extension ReportMode {
    /// Whether `articles` (read for `source`) can be reported a batch at a time: one plain
    /// text, with no source and no baseline, in a format that streams.
    func streams(_ articles: [Article], source: TextDocument?) -> Bool {
        articles.count == 1 && articles[0].segmented == nil && source == nil && command.baseline == nil
            && [.text, .json, .sarif, .html].contains(command.report.format)
    }

    /// What the findings left after the filters come to.
    private struct Outcome {
        var findings = 0
        var suppressed = 0
        var tally: Tally
        var reporting: Duration = .zero
    }

    /// Reports the findings of `aligner` in `article`; throws ``ExitCode/findings`` when
    /// there are some.
    func runStreamed(_ aligner: Aligner, article: Article, statistics: ScanStatistics) throws {
        var statistics = statistics
        let document = article.document
        let markers = aligner.ignoreMarkers(of: document)
        if !command.quiet {
            for warning in markers.warnings {
                Terminal.standardError.note(
                    TerminalText.escaped("\(warning.location): warning: \(warning.message)") + "\n")
            }
        }
        defer { if command.stats { Terminal.standardError.note(statistics.summary) } }
        let suppressions = command.showSuppressed ? nil : try command.suppressionsRead()
        var outcome = Outcome(tally: Tally(path: document.path))
        outcome.tally.add(bytes: document.bytes.count, words: 0, findingsBySeverity: [:])
        // Each batch as it is checked: counted for --stats, filtered, then handed on.
        let each = { (batch: Alignment, report: (Alignment) -> Void) in
            var severities: [Severity: Int] = [:]
            for finding in batch.findings { severities[finding.severity, default: 0] += 1 }
            outcome.tally.add(bytes: 0, words: batch.wordCount, findingsBySeverity: severities)
            var kept = markers.apply(to: batch)
            if let suppressions {
                let (shown, suppressed) = suppressions.filter([kept])
                kept = shown[0]
                outcome.suppressed += suppressed
            }
            outcome.findings += kept.findings.count
            let start = ContinuousClock.now
            report(kept)
            outcome.reporting += ContinuousClock.now - start
        }
        let start = ContinuousClock.now
        if command.quiet {
            aligner.align(document) { batch in each(batch) { _ in } }
        } else if command.report.format == .text {
            let reporter = TextReporter(
                colored: command.report.colored, showsNotes: !command.report.noNotes,
                weights: command.weights ?? .standard, maxFindings: command.summary ? 0 : command.maxFindings)
            var stream = TextReporter.DocumentStream(reporter: reporter, document: document)
            var edits = EditStream(document: document)
            try command.report.write { output in
                aligner.align(document) { batch in
                    each(batch) { kept in
                        stream.add(words: kept.wordCount)
                        for (finding, edit) in edits.add(kept.findings) where !output.failed {
                            stream.add(finding, applies: edit != nil, to: &output)
                            output.writeIfFull()
                        }
                    }
                }
                for (finding, edit) in edits.finish() {
                    stream.add(finding, applies: edit != nil, to: &output)
                }
                stream.finish(to: &output)
            }
        } else {
            var stream = try spooledStream(for: document, aligner: aligner)
            aligner.align(document) { batch in each(batch) { stream.add($0) } }
            let written = ContinuousClock.now
            try writeFinished { output throws(WriteError) in try stream.finish(to: &output) }
            outcome.reporting += ContinuousClock.now - written
        }
        statistics.scan += ContinuousClock.now - start - outcome.reporting
        statistics.reporting += outcome.reporting
        statistics.count([outcome.tally], entries: aligner.glossary.entryCount)
        command.sayLeftOut(outcome.suppressed)
        let found = outcome.findings > 0
        guard !command.quiet else { throw found ? ExitCode.findings : ExitCode.success }
        if let output = command.report.output, output != "-" {
            let findings = outcome.findings
            Terminal.standardError.note(
                "\(findings) \(findings == 1 ? "finding" : "findings") in 1 file: "
                    + "\(command.report.format.rawValue) report written to " + TerminalText.escapedName(output) + "\n")
        }
        if found { throw ExitCode.findings }
    }

    /// The stream that writes the report of `document` in the JSON, SARIF or HTML format.
    private func spooledStream(for document: TextDocument, aligner: Aligner) throws(WriteError)
        -> any SpooledReportStream
    {
        let weights = command.weights ?? .standard
        switch command.report.format {
        case .sarif:
            return try SARIFReporter.DocumentStream(
                reporter: SARIFReporter(
                    glossary: aligner.glossary, baseDirectory: FileManager.default.currentDirectoryPath,
                    weights: weights),
                document: document)
        case .html:
            return try HTMLReporter.DocumentStream(reporter: HTMLReporter(weights: weights), document: document)
        default:
            return try JSONReporter.DocumentStream(
                reporter: JSONReporter(weights: weights, concurrency: aligner.options.concurrency), document: document)
        }
    }

    /// Writes the report that `finish` appends to the output buffer, and throws what
    /// `finish` threw (a spooled part that could not be read back) once it is written.
    private func writeFinished(_ finish: (inout OutputBuffer) throws(WriteError) -> Void) throws {
        var failure: WriteError?
        try command.report.write { output in
            do throws(WriteError) { try finish(&output) } catch { failure = error }
        }
        if let failure { throw failure }
    }
}
