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

    /// The ids the configuration file disables (also in ``disabledIDs``), and where it
    /// says so: checked against the glossary when it is compiled (``disabling(in:)``),
    /// not by reading the glossary files once more when the file is folded in. Set by
    /// ``CheckingOptions/resolved(near:)``, never by an argument.
    var configuredDisabling: (ids: [String], location: SourceLocation)?

    /// The arguments (``configuredDisabling`` is not one).
    private enum CodingKeys: String, CodingKey {
        case glossaryPaths, builtin, disabledIDs, disabledCategories, variety, configPath, noConfig
    }
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
    ///   What the files leave out is said on standard error.
    func glossary(maximumSize: Int?) throws -> Glossary {
        try glossary(from: glossaryFiles(maximumSize: maximumSize)).glossary
    }

    /// A glossary file read: its path as given, its bytes (or the error reading it) and
    /// the status of the file they were read from (`nil` when it is not a regular file or
    /// could not be read).
    typealias GlossaryFile = (path: String, bytes: Result<[UInt8], InputError>, status: FileDigests.Status?)

    /// The glossary files in order, each read (or the error reading it), a file given
    /// twice (or through a link) only once.
    func glossaryFiles(maximumSize: Int?) -> [GlossaryFile] {
        distinctGlossaryPaths.map { path in
            do throws(InputError) {
                let read = try FileInput.readBytesAndStatus(atPath: path, maximumSize: maximumSize)
                return (path, .success(read.bytes), read.status)
            } catch {
                return (path, .failure(error), nil)
            }
        }
    }

    /// The glossary files' paths in order, a file given twice (or through a link) only
    /// once: it is one glossary, not a clash of ids.
    var distinctGlossaryPaths: [String] {
        var seen: Set<FileIdentity> = []
        return glossaryPaths.filter { path in
            guard let identity = FileIdentity(path: path) else { return true }
            return seen.insert(identity).inserted
        }
    }

    /// The glossary of `files` (see ``glossary(maximumSize:)``), and the warnings
    /// about what the files leave out, said on standard error.
    func glossary(
        from files: [GlossaryFile]
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
                Self.say(loaded.warnings)
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
    /// - Throws: ``InputError`` located in the configuration file for an id it disables
    ///   that no entry of `glossary` has, ``OptionError`` for such an id given with
    ///   `--disable` (a linter refuses an unknown rule rather than ignore a typo).
    func disabling(in glossary: Glossary) throws -> Glossary {
        if let (ids, location) = configuredDisabling {
            for id in ids where glossary.entry(withID: id) == nil {
                throw InputError(
                    location,
                    "disable: no entry '\(id)' in the glossaries in use\(NearEntryIDs.hint(for: id, in: glossary)) (enmienda glossary list shows the ids)"
                )
            }
        }
        for id in disabledIDs where glossary.entry(withID: id) == nil {
            throw OptionError(
                "--disable: no entry '\(id)' in the glossaries in use\(NearEntryIDs.hint(for: id, in: glossary)) (enmienda glossary list shows the ids)"
            )
        }
        return glossary.disabling(ids: Set(disabledIDs), categories: Set(disabledCategories))
    }
}
