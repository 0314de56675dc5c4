import Foundation

/// The Spanish lexicon compiled from the Apertium analyser installed on this machine, and
/// kept compiled in a cache file.
///
/// The data is Debian's `apertium-spa-cat` (GPL-2): it is read from the installed package
/// and never shipped. The first run dumps the analyser with `lt-print` (package
/// `lttoolbox-dev`), builds a ``LexiconImage`` and writes it to
/// `DIRECTORY/lexicon-KEY.bin`, where the key hashes the analyser's bytes, the image
/// format and Enmienda's version; later runs map that file, which costs a few
/// milliseconds. A damaged or foreign cache file is rebuilt; concurrent first runs are
/// safe (a lock, then a temporary file renamed into place). Without the package, the
/// lexicon is `nil` and a warning says so: callers fall back to the regular rules.
///
/// The cache never prints: what a user should hear (compiling, a warning) goes to the
/// `notify` callback of ``load(rebuild:notify:)``.
///
/// ```swift
/// let cache = LexiconCache(environment: ProcessInfo.processInfo.environment)
/// let loaded = cache?.load { notice in FileHandle.standardError.write(Data((notice.message + "\n").utf8)) }
/// let morphology = SpanishMorphology(lexicon: loaded?.lexicon)
/// ```
public struct LexiconCache: Sendable {
    /// The analyser of Debian's `apertium-spa-cat` package.
    public static let defaultAnalyserPath = "/usr/share/apertium/apertium-spa-cat/spa-cat.automorf.bin"

    /// What the user should hear about the lexicon.
    public struct Notice: Hashable, Sendable, CustomStringConvertible {
        /// Whether the lexicon is being compiled (said before the work starts) or
        /// something is wrong (a warning).
        public enum Kind: Hashable, Sendable {
            /// The lexicon is being compiled, once.
            case compiling
            /// The lexicon has been compiled, in so many seconds, into a file or memory.
            case compiled
            /// The lexicon is missing, or its cache cannot be written.
            case warning
        }
        /// The kind of notice.
        public var kind: Kind
        /// One line, without the program's name: `compiling the Spanish lexicon …`.
        public var message: String
        /// `warning: ` before the message for a warning.
        public var description: String { kind == .warning ? "warning: " + message : message }
    }

    /// A lexicon, or the lack of one, and where it came from.
    public struct Loaded: Sendable {
        /// The lexicon, or `nil` when it is unavailable (the notices say why).
        public var lexicon: SpanishLexicon?
        /// The cache file the lexicon was mapped from; `nil` when it lives in memory.
        public var cachePath: String?
        /// Whether this load compiled the lexicon (rather than opening a cache file).
        public var compiled: Bool
        /// Which file the lexicon was mapped from, as `fstat` said when it was mapped
        /// (device, inode, size, modification and status-change times): a file compiled
        /// again is another file, so what was compiled with the old one (a glossary in
        /// its cache) is not taken for what the new one gives. `nil` in memory.
        package var cacheFile: FileDigests.Status?

        init(lexicon: SpanishLexicon?, cachePath: String?, compiled: Bool, cacheFile: FileDigests.Status? = nil) {
            self.lexicon = lexicon
            self.cachePath = cachePath
            self.compiled = compiled
            self.cacheFile = cacheFile
        }
    }

    /// The analyser to compile (an Apertium `.bin`).
    public var analyserPath: String
    /// The directory of the cache files; `nil` keeps a compiled lexicon in memory only.
    public var directory: String?
    /// The `lt-print` executable; `nil` searches it in ``searchPath``.
    public var ltPrintPath: String?
    /// The directories `lt-print` is searched in, separated by colons as in `PATH`.
    public var searchPath: String

    /// A cache of the lexicon compiled from `analyserPath` in `directory`.
    public init(
        analyserPath: String = LexiconCache.defaultAnalyserPath, directory: String?, ltPrintPath: String? = nil,
        searchPath: String = "/usr/local/bin:/usr/bin:/bin"
    ) {
        self.analyserPath = analyserPath
        self.directory = directory
        self.ltPrintPath = ltPrintPath
        self.searchPath = searchPath
    }

    /// The cache as the environment sets it up, or `nil` when `ENMIENDA_LEXICON=off`
    /// disables the lexicon. `ENMIENDA_APERTIUM_SPA` names another analyser `.bin`; the
    /// cache lives in `$XDG_CACHE_HOME/enmienda`, else `$HOME/.cache/enmienda` (none when
    /// neither is set); `lt-print` is searched in `PATH`.
    public init?(environment: [String: String]) {
        if environment["ENMIENDA_LEXICON"]?.lowercased() == "off" { return nil }
        var analyser = Self.defaultAnalyserPath
        if let path = environment["ENMIENDA_APERTIUM_SPA"], !path.isEmpty { analyser = path }
        self.init(
            analyserPath: analyser, directory: Self.defaultDirectory(environment: environment),
            searchPath: environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
    }

    /// `$XDG_CACHE_HOME/enmienda` when that is an absolute path, else
    /// `$HOME/.cache/enmienda`; `nil` when neither variable is usable.
    public static func defaultDirectory(environment: [String: String]) -> String? {
        CacheDirectory.path(environment: environment)
    }

    /// The cache file for an analyser of these bytes: `DIRECTORY/lexicon-KEY.bin`, the key
    /// being 16 hex digits of a 64-bit FNV-1a hash of the bytes, the image format
    /// (``LexiconImage/magic``) and Enmienda's version. `nil` without a directory.
    public func cachePath(forAnalyser bytes: [UInt8]) -> String? {
        guard let directory else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ part: some Sequence<UInt8>) {
            for byte in part { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        mix(bytes)
        mix(LexiconImage.magic)
        mix(EnmiendaVersion.current.utf8)
        let hex = String(hash, radix: 16)
        return directory + "/lexicon-" + String(repeating: "0", count: 16 - hex.count) + hex + ".bin"
    }

    /// The largest analyser read, in bytes (64 MiB; Apertium's Spanish analysers weigh
    /// about 1 MB).
    static let maximumAnalyserSize = 64 << 20

    /// The lexicon: the cache file mapped when it is there and sound, else compiled from
    /// the analyser (`notify` hears a ``Notice/Kind/compiling`` notice first), written to
    /// the cache and mapped. Never throws: whatever fails gives a warning to `notify` and a
    /// lexicon in memory, or none.
    ///
    /// - Parameter rebuild: Compiles even when a sound cache file is there.
    public func load(rebuild: Bool = false, notify: (Notice) -> Void) -> Loaded {
        let fallback =
            "entries match as written and in the other number by the spelling rules; verb entries only in the forms they list"
        let analyser: [UInt8]
        do throws(InputError) {
            // A regular file of a sane size: never a FIFO to block on or /dev/zero to
            // read without end (Apertium's analysers weigh about 1 MB).
            var status = stat()
            if stat(analyserPath, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
                throw InputError(SourceLocation(path: analyserPath, line: 1, column: 1), "not a regular file")
            }
            analyser = try FileInput.readBytes(atPath: analyserPath, maximumSize: Self.maximumAnalyserSize)
        } catch {
            notify(
                Notice(
                    kind: .warning,
                    message:
                        "no Spanish lexicon: \(analyserPath) cannot be read (\(error.diagnostics.first?.message ?? "")); install the Debian packages apertium-spa-cat and lttoolbox-dev; \(fallback)"
                ))
            return Loaded(lexicon: nil, cachePath: nil, compiled: false)
        }
        let path = cachePath(forAnalyser: analyser)
        if !rebuild, let path, let opened = Self.open(path) {
            return Loaded(lexicon: opened.lexicon, cachePath: path, compiled: false, cacheFile: opened.file)
        }
        guard let ltPrint = ltPrintPath ?? Self.find("lt-print", in: searchPath) else {
            notify(
                Notice(
                    kind: .warning,
                    message:
                        "no Spanish lexicon: lt-print is not installed to compile \(analyserPath); install the Debian package lttoolbox-dev; \(fallback)"
                ))
            return Loaded(lexicon: nil, cachePath: nil, compiled: false)
        }
        // One process compiles; the others wait for its file.
        var lock: FileLock?
        var problem: String?
        if let path, let directory {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                lock = try FileLock(for: path, purpose: "the lexicon cache")
            } catch {
                problem = "\(error)"
            }
        }
        defer { lock?.release() }
        if !rebuild, lock != nil, let path, let opened = Self.open(path) {
            return Loaded(lexicon: opened.lexicon, cachePath: path, compiled: false, cacheFile: opened.file)
        }
        notify(
            Notice(
                kind: .compiling,
                message: "compiling the Spanish lexicon from \(Self.packageName(analyserPath)) "
                    + "(once; about 10 s with a release build)…"))
        let image: [UInt8]
        let started = Date()
        func compiled(into place: String) {
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            notify(Notice(kind: .compiled, message: "compiled the Spanish lexicon in \(seconds) s \(place)"))
        }
        do {
            image = try compile(analyserPath: analyserPath, ltPrint: ltPrint)
        } catch {
            notify(Notice(kind: .warning, message: "no Spanish lexicon: \(error.message); \(fallback)"))
            return Loaded(lexicon: nil, cachePath: nil, compiled: false)
        }
        // Only a regular file is replaced: a symbolic link, a FIFO or a device put in
        // its place is left alone (writing would follow it).
        if problem == nil, let path {
            var status = stat()
            if lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
                problem = "it is not a regular file"
            }
        }
        if problem == nil, let path {
            do {
                try AtomicFile.write(image, to: path)
                if let opened = Self.open(path) {
                    Self.removeOtherCacheFiles(keeping: path)
                    compiled(into: "into \(path)")
                    return Loaded(lexicon: opened.lexicon, cachePath: path, compiled: true, cacheFile: opened.file)
                }
                problem = "the file written cannot be read back"
            } catch {
                problem = error.diagnostics.first?.message ?? "\(error)"
            }
        }
        if let problem, let path {
            notify(
                Notice(
                    kind: .warning,
                    message: "cannot keep the Spanish lexicon in \(path) (\(problem)): it is compiled again at each run"
                ))
        }
        compiled(into: "in memory")
        let lexicon = try? SpanishLexicon(image: LexiconImage(image))
        return Loaded(lexicon: lexicon, cachePath: nil, compiled: true)
    }

    /// Why the lexicon could not be compiled.
    struct CompileError: Error {
        var message: String
    }

    /// The image compiled from the analyser at `analyserPath` with `lt-print`.
    func compile(analyserPath: String, ltPrint: String) throws(CompileError) -> [UInt8] {
        let text = try Self.run(ltPrint, [analyserPath])
        let transducer = ATTTransducer(text: text)
        guard transducer.arcCount > 0 else {
            throw CompileError(message: "lt-print gave no transducer for \(analyserPath)")
        }
        var builder = LexiconBuilder()
        transducer.forEachAnalysis { builder.add(form: $0.form, lemma: $0.lemma, tags: $0.tags) }
        guard builder.count > 0 else {
            throw CompileError(message: "\(analyserPath) holds no Spanish analyses")
        }
        return builder.build(source: Self.sourceDescription(analyserPath))
    }

    /// The lexicon in the cache file at `path`, or `nil` when it is missing, cannot be
    /// mapped, or is not a sound image of this format (it is then rebuilt).
    static func open(_ path: String) -> (lexicon: SpanishLexicon, file: FileDigests.Status?)? {
        guard let file = try? MappedFile(path: path),
            let lexicon = try? SpanishLexicon(image: LexiconImage(mapping: file))
        else { return nil }
        return (lexicon, file.status)
    }

    /// Removes the cache files of other keys (an older analyser or Enmienda) beside
    /// `path`. A process that mapped one keeps its mapping.
    private static func removeOtherCacheFiles(keeping path: String) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix("lexicon-") && name.hasSuffix(".bin") && name != url.lastPathComponent {
            unlink(directory + "/" + name)
            unlink(directory + "/." + name + ".lock")
        }
    }

    /// `apertium-spa-cat` for a file of that package, else the file's name.
    private static func packageName(_ analyserPath: String) -> String {
        analyserPath.hasPrefix("/usr/share/apertium/apertium-spa-cat/")
            ? "apertium-spa-cat" : URL(fileURLWithPath: analyserPath).lastPathComponent
    }

    /// `apertium-spa-cat 2.2.0-3 (/usr/share/…/spa-cat.automorf.bin)`: the package and its
    /// version where `dpkg-query` knows them, else the path alone.
    private static func sourceDescription(_ analyserPath: String) -> String {
        let package = packageName(analyserPath)
        guard package == "apertium-spa-cat", let dpkg = find("dpkg-query", in: "/usr/bin:/bin"),
            let version = try? run(dpkg, ["-W", "-f=${Version}", package]), !version.isEmpty
        else { return analyserPath }
        return "\(package) \(String(decoding: version, as: UTF8.self)) (\(analyserPath))"
    }

    /// The first executable `name` in the directories of `searchPath`.
    static func find(_ name: String, in searchPath: String) -> String? {
        for directory in searchPath.split(separator: ":") where directory.hasPrefix("/") {
            let candidate = directory + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// The standard output of `executable arguments…` (no shell), which must exit with 0.
    static func run(_ executable: String, _ arguments: [String]) throws(CompileError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CompileError(message: "cannot run \(executable): \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw CompileError(message: "\(executable) failed (status \(process.terminationStatus))")
        }
        return [UInt8](data)
    }
}
