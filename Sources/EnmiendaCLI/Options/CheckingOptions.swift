import ArgumentParser
import Enmienda

/// The options that decide how text is checked, shared by `check` and `fix`.
struct CheckingOptions: ParsableArguments {
    @Option(
        name: .customLong("glossary"),
        help: ArgumentHelp(
            "A glossary file (or a TBX termbase, or CSV/TSV blacklist rows) to use instead of the built-in one (repeatable).",
            valueName: "file"))
    var glossaryPaths: [String] = []

    @Option(help: "How corrected numbers group thousands: period (12.000), space or narrow-space (12 000).")
    var thousandsSeparator: ThousandsSeparator = .period

    @Option(
        name: .customLong("jobs"),
        help: ArgumentHelp("How many chunks or files to check at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Option(
        name: .customLong("source"),
        help: ArgumentHelp(
            "The English original of the article (one article only): entries that need the source fire only with it.",
            valueName: "file"))
    var sourcePath: String?

    @OptionGroup var formatOption: FormatOption
    @Flag(
        name: .customLong("no-untranslated"),
        help: "Do not report words left in English (check and fix report them when wamerican is installed).")
    var noUntranslated = false

    @OptionGroup var inputSize: InputSizeOption

    func validate() throws {
        if let jobs, !(1...1024).contains(jobs) { throw ValidationError("--jobs takes a number from 1 to 1024") }
    }

    /// The English source, read and checked, when `--source` was given.
    func source() throws(InputError) -> TextDocument? {
        guard let sourcePath else { return nil }
        let source = try TextDocument(
            bytes: try FileInput.readBytes(atPath: sourcePath, maximumSize: inputSize.bytes), path: sourcePath)
        if source.bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) {
            Terminal.standardError.note(
                TerminalText.escaped(
                    "\(sourcePath):1:1: warning: the source is empty: entries that need the English source stay silent")
                    + "\n")
        }
        return source
    }

    /// The format `--as` gives, if any.
    var format: DocumentFormat? { formatOption.format }

    /// The articles at `paths`, read in their formats; `--source` goes with plain text only.
    ///
    /// - Throws: ``InputError`` if an article cannot be read, or `--source` is given for
    ///   a bilingual file, which carries its own source.
    func articles(_ paths: [String], lossy: Bool = false) throws(InputError) -> [Article] {
        let articles = try ArticleReader.read(paths, format: format, lossy: lossy)
        if sourcePath != nil, let bilingual = articles.first(where: { $0.segmented != nil }) {
            throw InputError(
                SourceLocation(path: bilingual.document.path, line: 1, column: 1),
                "\(bilingual.format.name) files carry their own source text: --source is for plain-text articles")
        }
        return articles
    }

    /// The built-in glossary, or the given files merged in order, compiled; with
    /// `untranslated`, words left in English are checked too unless `--no-untranslated`.
    func aligner(untranslated: Bool = false) throws(InputError) -> Aligner {
        aligner(for: try glossary(), untranslated: untranslated)
    }

    /// `glossary` compiled with these options (see ``aligner(untranslated:)``).
    func aligner(for glossary: Glossary, untranslated: Bool = false) -> Aligner {
        var options = AlignmentOptions(thousandsSeparator: thousandsSeparator, morphology: SharedLexicon.morphology)
        if let jobs { options.concurrency = max(1, jobs) }
        if untranslated && !noUntranslated { options.englishLexicon = SharedLexicon.englishLexicon }
        return Aligner(glossary: glossary, options: options)
    }

    /// The built-in glossary, or the given files merged in order.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` with the problems of
    ///   every file that does not load, or of ids that several files define.
    func glossary() throws(InputError) -> Glossary {
        guard !glossaryPaths.isEmpty else { return try Glossary.builtIn }
        var glossaries: [Glossary] = []
        var problems: [Diagnostic] = []
        // A file given twice (or through a link) is one glossary, not a clash of ids.
        var seen: Set<FileIdentity> = []
        for path in glossaryPaths {
            if let identity = FileIdentity(path: path), !seen.insert(identity).inserted { continue }
            do {
                let loaded = try GlossaryInterchange.loading(
                    from: try FileInput.readBytes(atPath: path, maximumSize: inputSize.bytes), path: path)
                for warning in loaded.warnings {
                    Terminal.standardError.note(
                        "\(warning.location): warning: \(TerminalText.escapedName(warning.message)); left out\n")
                }
                glossaries.append(loaded.glossary)
            } catch {
                problems.append(contentsOf: error.diagnostics)
            }
        }
        guard problems.isEmpty else { throw InputError(problems, kind: .glossary) }
        return try Glossary(merging: glossaries)
    }
}

extension ThousandsSeparator: ExpressibleByArgument {}
