import ArgumentParser
import Enmienda

/// Which glossary entries a command uses: the built-in glossary and the `--glossary`
/// files added to it, less the entries switched off, for a variety of Spanish; and the
/// project configuration file that can say the same (see ``CheckingOptions/resolved(near:)``).
struct GlossaryChoiceOptions: ParsableArguments {
    @Option(
        name: .customLong("glossary"),
        help: ArgumentHelp(
            "A glossary file (or a TBX termbase, or CSV/TSV blacklist rows) added to the built-in one (repeatable); its entries replace built-in entries with the same id.",
            valueName: "file"))
    var glossaryPaths: [String] = []

    @Flag(
        inversion: .prefixedNo,
        help: "Use the built-in glossary (the default; --no-builtin checks with the --glossary files only).")
    var builtin: Bool?

    @Option(
        name: .customLong("disable"),
        help: ArgumentHelp("Leave out the entry with this id (repeatable).", valueName: "id"))
    var disabledIDs: [String] = []

    @Option(
        name: .customLong("disable-category"),
        help: ArgumentHelp("Leave out the entries of this category (repeatable).", valueName: "category"))
    var disabledCategories: [IssueCategory] = []

    @Option(
        help: ArgumentHelp(
            "The variety of Spanish the text is written for: es-ES (default), es-419, es-US, es-MX, es-AR… Conventions such as the decimal sign are judged by it.",
            valueName: "tag"))
    var variety: SpanishVariety?

    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "The project configuration file to use (default: .enmienda.toml or enmienda.toml in the article's folder or above).",
            valueName: "file"))
    var configPath: String?

    @Flag(name: .customLong("no-config"), help: "Ignore project configuration files.")
    var noConfig = false
}

extension SpanishVariety: ExpressibleByArgument {
    /// The variety a `--variety` tag names, read as ``SpanishVariety/init(tag:)`` reads it.
    public init?(argument: String) {
        self.init(tag: argument)
    }
}

extension IssueCategory: ExpressibleByArgument {}

extension GlossaryChoiceOptions {
    /// The built-in glossary (unless `builtin` is false) with the glossary files added in
    /// order (``Glossary/init(overriding:with:)``), before any entry is switched off.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` with the problems of
    ///   every file that does not load, or of ids that several files define; an
    ///   ``OptionError`` when the built-in glossary is left out and no file is given.
    ///
    /// - Parameter warn: Whether to say on standard error what the files leave out (off
    ///   when the glossary is read only to check the ids to disable, so that each warning
    ///   is said once).
    func glossary(maximumSize: Int?, warn: Bool = true) throws -> Glossary {
        try glossary(from: glossaryFiles(maximumSize: maximumSize), warn: warn).glossary
    }

    /// The glossary files in order, each read (or the error reading it), a file given
    /// twice (or through a link) only once.
    func glossaryFiles(maximumSize: Int?) -> [(path: String, bytes: Result<[UInt8], InputError>)] {
        var files: [(path: String, bytes: Result<[UInt8], InputError>)] = []
        // A file given twice (or through a link) is one glossary, not a clash of ids.
        var seen: Set<FileIdentity> = []
        for path in glossaryPaths {
            if let identity = FileIdentity(path: path), !seen.insert(identity).inserted { continue }
            files.append(
                (
                    path,
                    Result { () throws(InputError) in try FileInput.readBytes(atPath: path, maximumSize: maximumSize) }
                ))
        }
        return files
    }

    /// The glossary of `files` (see ``glossary(maximumSize:warn:)``), and the warnings
    /// about what the files leave out, said on standard error when `warn`.
    func glossary(
        from files: [(path: String, bytes: Result<[UInt8], InputError>)], warn: Bool = true
    ) throws -> (glossary: Glossary, warnings: [Diagnostic]) {
        if builtin == false && glossaryPaths.isEmpty {
            throw OptionError(
                "--no-builtin (or builtin = false) leaves no entries: add a glossary with --glossary or glossaries = [...]"
            )
        }
        var glossaries: [Glossary] = []
        var problems: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        for file in files {
            do {
                let loaded = try GlossaryInterchange.loading(from: try file.bytes.get(), path: file.path)
                // Every concept or row left out is said, located, as `glossary import` says it.
                if warn { Self.say(loaded.warnings) }
                warnings += loaded.warnings
                glossaries.append(loaded.glossary)
            } catch {
                problems.append(contentsOf: error.diagnostics)
            }
        }
        guard problems.isEmpty else { throw InputError(problems, kind: .glossary) }
        return (try Glossary(overriding: builtin == false ? .empty : try Glossary.builtIn, with: glossaries), warnings)
    }

    /// Says on standard error what glossary files leave out.
    static func say(_ warnings: [Diagnostic]) {
        for warning in warnings {
            Terminal.standardError.note(
                "\(warning.location): warning: \(TerminalText.escapedName(warning.message)); left out\n")
        }
    }

    /// `glossary` less the entries `--disable` and `--disable-category` name.
    ///
    /// - Throws: ``OptionError`` for an id that no entry of `glossary` has (a linter
    ///   refuses an unknown rule rather than ignore a typo).
    func disabling(in glossary: Glossary) throws -> Glossary {
        for id in disabledIDs where glossary.entry(withID: id) == nil {
            throw OptionError(
                "--disable: no entry '\(id)' in the glossaries in use (enmienda glossary list shows the ids)")
        }
        return glossary.disabling(ids: Set(disabledIDs), categories: Set(disabledCategories))
    }
}
