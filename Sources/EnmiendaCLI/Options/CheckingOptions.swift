import ArgumentParser
import Enmienda
import Foundation

/// The options that decide how text is checked, shared by `check` and `fix`.
struct CheckingOptions: ParsableArguments {
    @OptionGroup var choice: GlossaryChoiceOptions

    @Option(
        help: """
            How corrected numbers group thousands: period (12.000), space or narrow-space (12 000), comma (12,000); \
            default: the variety's (comma where the decimal sign is a point, period elsewhere).
            """)
    var thousandsSeparator: ThousandsSeparator?

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

    @Option(
        name: .customLong("max-article-size"),
        help: ArgumentHelp(
            "The longest article to read whole, in megabytes; a longer one, or a stream that does not end, is refused (--format count reads any size).",
            valueName: "mb"))
    var articleMegabytes: Int = InputLimits.defaultMaximumArticleSize / 1_000_000

    /// `--max-article-size` in bytes.
    var articleSize: Int {
        articleMegabytes.multipliedReportingOverflow(by: 1_000_000).overflow ? Int.max : articleMegabytes * 1_000_000
    }

    func validate() throws {
        guard articleMegabytes > 0 else {
            throw ValidationError("--max-article-size must be a positive number of megabytes")
        }
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
        let articles = try ArticleReader.read(paths, format: format, lossy: lossy, maximumSize: articleSize)
        if sourcePath != nil, let bilingual = articles.first(where: { $0.segmented != nil }) {
            throw InputError(
                SourceLocation(path: bilingual.document.path, line: 1, column: 1),
                "\(bilingual.format.name) files carry their own source text: --source is for plain-text articles")
        }
        return articles
    }

    /// The glossary files given with `--glossary` (after those of the configuration file,
    /// once resolved).
    var glossaryPaths: [String] { choice.glossaryPaths }

    /// The glossary (see ``glossary()``) compiled, from the glossary cache when it holds
    /// it (see ``aligner(untranslated:statistics:)``); with `untranslated`, words left in
    /// English are checked too unless `--no-untranslated`.
    func aligner(untranslated: Bool = false) throws -> Aligner {
        var statistics = ScanStatistics()
        return try aligner(untranslated: untranslated, statistics: &statistics)
    }

    /// `glossary` compiled with these options (see ``aligner(untranslated:)``), for the
    /// variety `--variety` or the configuration file names.
    func aligner(for glossary: Glossary, untranslated: Bool = false) -> Aligner {
        Aligner(glossary: glossary, options: alignmentOptions(untranslated: untranslated))
    }

    /// The options aligners are made with.
    func alignmentOptions(untranslated: Bool) -> EnmiendaCore.AlignmentOptions {
        let choice = ((try? resolved(near: [])) ?? self).choice
        var options = AlignmentOptions(
            variety: choice.variety ?? .spain, thousandsSeparator: thousandsSeparator,
            morphology: SharedLexicon.morphology)
        if let jobs { options.concurrency = max(1, jobs) }
        if untranslated && !noUntranslated { options.englishLexicon = SharedLexicon.englishLexicon }
        return options
    }

    /// The glossary (see ``glossary()``) compiled, read from the glossary cache
    /// (``GlossaryCache``) when it holds it, else compiled and kept there; the time
    /// taken to load and compile it, and where it came from, go to `statistics`.
    /// `ENMIENDA_GLOSSARY_CACHE=off` compiles at each run.
    func aligner(untranslated: Bool, statistics: inout ScanStatistics) throws -> Aligner {
        let options = try resolved(near: [])
        let alignment = options.alignmentOptions(untranslated: untranslated)
        guard let cache = GlossaryCache(environment: ProcessInfo.processInfo.environment) else {
            statistics.glossarySource = "cache off"
            let glossary = try statistics.time(\.load) { try options.glossary() }
            return try statistics.time(\.compile) { try Aligner(compiling: glossary, options: alignment) }
        }
        var digests = FileDigests(path: cache.fileDigestsPath)
        // A glossary whose files' digests are remembered, unchanged, is looked up without
        // reading them (18 MB for 100,000 entries); any doubt reads them, as below.
        let start = ContinuousClock.now
        let remembered = options.choice.distinctGlossaryPaths.map { path in
            (path: path, digest: digests.rememberedDigest(of: path, maximumSize: inputSize.bytes))
        }
        if remembered.allSatisfy({ $0.digest != nil }),
            let key = options.glossaryCacheKey(
                digests: remembered.map { ($0.path, $0.digest ?? []) }, variety: alignment.variety),
            let compiled = cache.cached(key: key)
        {
            statistics.load += ContinuousClock.now - start
            statistics.glossarySource = "from the cache"
            GlossaryChoiceOptions.say(compiled.warnings)
            return statistics.time(\.compile) { compiled.aligner(options: alignment) }
        }
        let readStart = Date().timeIntervalSince1970
        let files = statistics.time(\.load) { options.choice.glossaryFiles(maximumSize: inputSize.bytes) }
        var compiledHere: Aligner?
        func compile() throws -> CompiledGlossary {
            let read = try statistics.time(\.load) { try options.choice.glossary(from: files) }
            let glossary = try options.choice.disabling(in: read.glossary)
            let aligner = try statistics.time(\.compile) { try Aligner(compiling: glossary, options: alignment) }
            compiledHere = aligner
            return CompiledGlossary(aligner: aligner, warnings: read.warnings)
        }
        var fileDigests: [(path: String, digest: [UInt8])] = []
        for file in files {
            guard case .success(let bytes) = file.bytes else {
                statistics.glossarySource = "not cached"
                return try compile().aligner(options: alignment)
            }
            fileDigests.append((file.path, digests.digest(of: file.status, bytes: bytes, readAt: readStart)))
        }
        guard let key = options.glossaryCacheKey(digests: fileDigests, variety: alignment.variety) else {
            statistics.glossarySource = "not cached"
            return try compile().aligner(options: alignment)
        }
        let loadStart = ContinuousClock.now
        let loaded = try cache.load(key: key, compile: compile)
        digests.save()
        if let compiledHere {
            statistics.glossarySource = loaded.problem.map { "not cached: \($0)" } ?? "cached now"
            return compiledHere
        }
        statistics.load += ContinuousClock.now - loadStart
        statistics.glossarySource = "from the cache"
        GlossaryChoiceOptions.say(loaded.compiled.warnings)
        return statistics.time(\.compile) { loaded.compiled.aligner(options: alignment) }
    }

    /// The running executable's path, size and modification time: Enmienda's version
    /// does not change between builds of one version, whose expansion of forms may.
    private static let executableIdentity: String = {
        guard let path = Bundle.main.executablePath else { return "" }
        var status = stat()
        guard stat(path, &status) == 0 else { return path }
        return "\(path) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()

    /// The key of the compiled glossary these options give from the glossary files with
    /// `digests` (each file's SHA-256, in order), or `nil` when it cannot be cached (a
    /// lexicon compiled in memory).
    private func glossaryCacheKey(
        digests: [(path: String, digest: [UInt8])], variety: SpanishVariety
    ) -> GlossaryCache.Key? {
        guard let lexicon = SharedLexicon.identity else { return nil }
        var key = GlossaryCache.Key()
        key.add(Self.executableIdentity)
        key.add(lexicon)
        key.add(variety.rawValue)
        key.add(choice.builtin == false ? "no-builtin" : "builtin")
        if choice.builtin != false { key.addBuiltInGlossary() }
        // Each id after its length (`add`): a CSV id may hold a newline, so that joined
        // lists `a`, `b` and `a⏎b` would hash alike.
        key.add(String(choice.disabledIDs.count))
        for id in choice.disabledIDs { key.add(id) }
        key.add(choice.disabledCategories.map(\.rawValue).joined(separator: "\n"))
        for file in digests {
            // Locations in findings and warnings name the file as given.
            key.add(file.path)
            key.add(file.digest)
        }
        return key
    }

    /// The built-in glossary (unless `--no-builtin` or `builtin = false`) with the
    /// glossary files added in order, each entry of a file replacing a built-in entry with
    /// its id, less the entries `--disable` and `--disable-category` switch off (and the
    /// configuration file's `disable` and `disable-categories`).
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` with the problems of
    ///   every file that does not load, or of ids that several files define; an
    ///   ``InputError`` located in the configuration file, or an ``OptionError``, for an
    ///   id to disable that no entry has.
    func glossary() throws -> Glossary {
        let options = try resolved(near: [])
        let all = try options.choice.glossary(maximumSize: inputSize.bytes)
        return try options.choice.disabling(in: all)
    }
}

extension ThousandsSeparator: ExpressibleByArgument {}
