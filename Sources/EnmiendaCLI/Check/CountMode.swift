import ArgumentParser
import Enmienda

/// `check --format count`: each file streamed in chunks, several at a time, one line of
/// counts each (and a total for several), in constant memory.
struct CountMode {
    let command: CheckCommand

    /// Prints the counts; throws ``ExitCode/findings`` when a file has findings, else
    /// ``ExitCode/success``.
    func run(_ aligner: Aligner, statistics: ScanStatistics) throws {
        var statistics = statistics
        // These are checked once the glossary has loaded, as they always were: in
        // `validate()` they would come first and print the usage of `check`.
        guard !command.lossy else { throw ValidationError("--format count reads strict UTF-8; leave out --lossy") }
        guard command.checking.sourcePath == nil else {
            throw ValidationError("--format count does not take --source")
        }
        guard command.baseline == nil else { throw ValidationError("--format count does not take --baseline") }
        let paths = try ArticlePaths.expand(command.paths)
        let suppressions = command.showSuppressed ? Suppressions() : try command.suppressionsRead()
        let results = statistics.time(\.scan) {
            aligner.tally(filesAtPaths: paths, format: command.checking.format, suppressions: suppressions)
        }
        var tallies: [Tally] = []
        var problems: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let tally): tallies.append(tally)
            case .failure(let error): problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw InputError(problems) }
        statistics.count(tallies, entries: aligner.glossary.entryCount)
        command.sayLeftOut(tallies.reduce(0) { $0 + $1.suppressed })
        if command.stats { Terminal.standardError.note(statistics.summary) }
        let found = tallies.contains { $0.findings > 0 }
        if !command.quiet {
            var total = Tally(path: "total")
            tallies.forEach { total.add($0) }
            let lines = tallies.map(\.line) + (tallies.count > 1 ? [total.line] : [])
            try command.report.write(lines.joined(separator: "\n") + "\n")
            if let output = command.report.output, output != "-" {
                Terminal.standardError.note(
                    "\(total.findings) \(total.findings == 1 ? "finding" : "findings") in \(tallies.count) "
                        + "\(tallies.count == 1 ? "file" : "files"): count report written to "
                        + TerminalText.escapedName(output) + "\n")
            }
        }
        throw found ? ExitCode.findings : ExitCode.success
    }
}
