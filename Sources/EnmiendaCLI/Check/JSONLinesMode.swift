import ArgumentParser
import Enmienda
import Foundation

/// `check --format jsonl`: one JSON line per document, or per segment of a bilingual
/// file, written as each batch of documents is checked (see ``JSONLinesReporter``); the
/// documents come from paths or, with `--records`, from JSON Lines records. A document
/// that cannot be read gives an `error` line (and its message on standard error) and the
/// others go on. Memory holds one batch of documents at a time, whatever their number; a
/// plain text longer than a chunk is checked and written a batch of chunks at a time
/// (`+Streaming`), so memory holds one batch of its findings.
struct JSONLinesMode {
    let command: CheckCommand

    /// What the run met, for the exit status.
    private struct Outcome {
        var found = false
        var failed = false
        var documents = 0
        var findings = 0
    }

    /// A document read, or why it could not be.
    private struct Item {
        var path: String
        var record: Int?
        var article: Article?
        var problem: Diagnostic?
    }

    /// Writes the lines; throws ``ExitCode/inputError`` when a document could not be read,
    /// else ``ExitCode/findings`` when there are findings, else ``ExitCode/success``.
    func run(_ aligner: Aligner, statistics: ScanStatistics) throws {
        var statistics = statistics
        let source = try command.checking.source()
        if source != nil, command.records != nil || command.paths.count != 1 {
            throw ValidationError("--source gives the English original of one article; give exactly one")
        }
        let suppressions = command.showSuppressed ? nil : try command.suppressionsRead()
        let baseline = try command.baseline.map {
            try Baseline(contentsOfFile: $0, maximumSize: command.checking.inputSize.bytes)
        }
        let filter = Filter(
            aligner: aligner, suppressions: suppressions, baseline: baseline, quiet: command.quiet)
        let reporter = JSONLinesReporter(weights: command.weights ?? .standard)
        var outcome = Outcome()
        var readError: InputError?
        var writeFailure: WriteError?
        let batchSize = max(4, aligner.options.concurrency * 4)
        let produce = { (output: inout OutputBuffer) in
            func emit(_ items: [Item]) {
                let lines = Self.check(items, aligner: aligner, source: source, filter: filter)
                for (item, itemLines) in zip(items, lines) where !output.failed {
                    if let problem = item.problem {
                        outcome.failed = true
                        if !command.quiet {
                            Terminal.standardError.note(problem.description + "\n")
                            reporter.writeError(problem, path: item.path, record: item.record, to: &output)
                        }
                        continue
                    }
                    outcome.documents += 1
                    for line in itemLines {
                        outcome.findings += line.alignment.findings.count
                        if !line.alignment.findings.isEmpty { outcome.found = true }
                        if !command.quiet { reporter.write(line, to: &output) }
                    }
                }
                // Each batch goes out as soon as it is checked (a failure is kept for the end).
                try? output.flush()
            }
            var batch: [Item] = []
            /// A long plain text (a file or a record) on its own, a batch of chunks at a
            /// time, after the documents gathered before it.
            func streamAlone(_ article: Article, path: String?, record: Int?) {
                if !batch.isEmpty { emit(batch) }
                batch.removeAll()
                do throws(WriteError) {
                    let findings = try filter.stream(
                        article, path: path, record: record, reporter: reporter, to: &output)
                    outcome.documents += 1
                    outcome.findings += findings
                    if findings > 0 { outcome.found = true }
                } catch {
                    writeFailure = error
                }
                try? output.flush()
            }
            if let records = command.records {
                do throws(InputError) {
                    var reader = try Self.recordReader(records, command: command)
                    while !output.failed, let record = try reader.next() {
                        if let article = record.article, source == nil, filter.streams(article) {
                            streamAlone(article, path: record.path, record: record.number)
                            continue
                        }
                        batch.append(
                            Item(
                                path: record.path, record: record.number, article: record.article,
                                problem: record.problem))
                        if batch.count == batchSize {
                            emit(batch)
                            batch.removeAll()
                        }
                    }
                } catch {
                    readError = error
                }
            } else {
                for (path, problem) in Self.paths(command.paths) where !output.failed {
                    let item = problem.map { Item(path: path, problem: $0) } ?? Self.read(path, command: command)
                    if let article = item.article, source == nil, filter.streams(article) {
                        streamAlone(article, path: nil, record: nil)
                        continue
                    }
                    batch.append(item)
                    if batch.count == batchSize {
                        emit(batch)
                        batch.removeAll()
                    }
                }
            }
            if !batch.isEmpty { emit(batch) }
        }
        try statistics.time(\.scan) { () throws in
            if command.quiet {
                var discarded = OutputBuffer()
                produce(&discarded)
            } else {
                try command.report.write(produce)
            }
        }
        if command.stats { Terminal.standardError.note(statistics.summary) }
        if let readError { throw readError }
        if let writeFailure { throw writeFailure }
        if let output = command.report.output, output != "-", !command.quiet {
            Terminal.standardError.note(
                "\(outcome.findings) \(outcome.findings == 1 ? "finding" : "findings") in \(outcome.documents) "
                    + "\(outcome.documents == 1 ? "file" : "files"): jsonl report written to "
                    + TerminalText.escapedName(output) + "\n")
        }
        throw outcome.failed ? ExitCode.inputError : outcome.found ? ExitCode.findings : ExitCode.success
    }

    /// The findings `check` leaves out: ignore markers, rejected in review, in a baseline.
    struct Filter {
        let aligner: Aligner
        let suppressions: Suppressions?
        let baseline: Baseline?
        let quiet: Bool

        func apply(_ alignment: Alignment) -> (Alignment, [Diagnostic]) {
            let marked = aligner.applyingIgnoreMarkers(alignment)
            var kept = marked.alignment
            if let suppressions { kept = suppressions.filter([kept]).alignments[0] }
            if let baseline { kept = baseline.newFindings(in: [kept]).alignments[0] }
            return (kept, quiet ? [] : marked.warnings)
        }
    }

    /// The lines of each item (none for an item that could not be read), the documents
    /// aligned several at a time.
    private static func check(_ items: [Item], aligner: Aligner, source: TextDocument?, filter: Filter)
        -> [[JSONLinesReporter.Line]]
    {
        let articles = items.compactMap(\.article)
        let alignments = aligner.align(articles, source: source)
        var next = 0
        return items.map { item in
            guard let article = item.article else { return [] }
            let (alignment, warnings) = filter.apply(alignments[next])
            next += 1
            for warning in warnings {
                Terminal.standardError.note(
                    TerminalText.escaped("\(warning.location): warning: \(warning.message)") + "\n")
            }
            // A plain text checked against --source is one line, as one document.
            let lines =
                source == nil
                ? JSONLinesReporter.lines(of: alignment, article: article, aligner: aligner, record: item.record)
                : [JSONLinesReporter.Line(alignment: alignment, path: article.document.path)]
            return lines
        }
    }

    /// The files to read for `paths`, in order; a path that cannot be expanded (missing, a
    /// directory with no article) stays, with its problem, to give its error line. A file
    /// reached twice (named twice, or named and inside a directory named too) is read
    /// once, where it first comes, as `check`'s other formats read it.
    private static func paths(_ paths: [String]) -> [(path: String, problem: Diagnostic?)] {
        var seen: Set<FileIdentity> = []
        return paths.flatMap { path -> [(path: String, problem: Diagnostic?)] in
            do throws(InputError) {
                return try ArticlePaths.expand([path]).map { ($0, nil) }
            } catch {
                return [(path, error.diagnostics.first)]
            }
        }.filter { item in
            guard item.problem == nil, item.path != "-", let identity = FileIdentity(path: item.path) else {
                return true
            }
            return seen.insert(identity).inserted
        }
    }

    /// The article at `path`, or its first problem.
    private static func read(_ path: String, command: CheckCommand) -> Item {
        do throws(InputError) {
            let article = try ArticleReader.read(
                path, format: command.checking.format, lossy: command.lossy, maximumSize: command.checking.articleSize)
            if command.checking.sourcePath != nil, article.segmented != nil {
                throw InputError(
                    SourceLocation(path: path, line: 1, column: 1),
                    "\(article.format.name) files carry their own source text: --source is for plain-text articles")
            }
            return Item(path: path, article: article)
        } catch {
            let problem =
                error.diagnostics.first
                ?? Diagnostic(location: SourceLocation(path: path, line: 1, column: 1), message: "\(error)")
            return Item(path: path, problem: problem)
        }
    }

    /// A reader of the records at `path` (`-`: standard input).
    private static func recordReader(_ path: String, command: CheckCommand) throws(InputError) -> RecordReader {
        let limit = command.checking.inputSize.bytes
        guard path != "-" else {
            return RecordReader(
                descriptor: STDIN_FILENO, name: "-", maximumSize: limit, format: command.checking.format)
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(
                SourceLocation(path: path, line: 1, column: 1),
                "cannot be read (\(String(cString: strerror(errno))))")
        }
        // Open until the process ends: a command reads one records file.
        return RecordReader(descriptor: descriptor, name: path, maximumSize: limit, format: command.checking.format)
    }
}
