import Foundation

/// Compiled glossaries kept in cache files, so that a run with the same glossaries
/// neither parses their XML nor expands their forms again.
///
/// A cache file is `DIRECTORY/glossary-KEY.bin`, a ``CompiledGlossary`` image. The key
/// (``Key``) hashes everything the compiled glossary depends on: the bytes of every
/// glossary file in order (the content, never a modification time, so a file edited in
/// place is seen at once), the built-in glossary's when it is used, the options that
/// change the result, the lexicon, the image format and Enmienda's version. A file is
/// never trusted without checks: a damaged, truncated or foreign one is compiled again
/// and replaced. Files are written through a temporary file renamed into place, so
/// concurrent runs each see a whole file; when the directory cannot be written the
/// glossary is compiled in memory at each run, silently (``Loaded/problem`` says why).
///
/// ```swift
/// var key = GlossaryCache.Key()
/// key.addBuiltInGlossary()
/// let loaded = try GlossaryCache(environment: environment)?.load(key: key) {
///     CompiledGlossary(aligner: Aligner(glossary: try .builtIn, options: options), warnings: [])
/// }
/// ```
public struct GlossaryCache: Sendable {
    /// The directory of the cache files; `nil` compiles in memory only.
    public var directory: String?

    /// A cache in `directory`.
    public init(directory: String?) {
        self.directory = directory
    }

    /// The cache as the environment sets it up (in `$XDG_CACHE_HOME/enmienda`, else
    /// `$HOME/.cache/enmienda`), or `nil` when `ENMIENDA_GLOSSARY_CACHE=off` turns it off.
    public init?(environment: [String: String]) {
        if environment["ENMIENDA_GLOSSARY_CACHE"]?.lowercased() == "off" { return nil }
        self.init(directory: CacheDirectory.path(environment: environment))
    }

    /// The most cache files kept: writing one removes the oldest beyond it.
    static let maximumFiles = 8

    /// What a compiled glossary depends on, hashed.
    package struct Key: Sendable {
        private var hash = FastHash()

        /// A key for the image format and this version of Enmienda, with nothing else yet.
        package init() {
            hash.combine(CompiledGlossary.magic)
            hash.combine(EnmiendaVersion.current)
        }

        /// Adds bytes (a glossary file's).
        package mutating func add(_ bytes: [UInt8]) {
            hash.combine(bytes)
        }

        /// Adds a string (a path, an option).
        package mutating func add(_ text: String) {
            hash.combine(text)
        }

        /// Adds the built-in glossary's files, names and bytes.
        package mutating func addBuiltInGlossary() {
            hash.combine(Self.builtInHash)
        }

        private static let builtInHash: [UInt8] = {
            var hash = FastHash()
            for file in BuiltInGlossary.files {
                hash.combine(file.path)
                hash.combine(file.text)
            }
            return withUnsafeBytes(of: hash.value.littleEndian) { Array($0) }
        }()

        /// 16 hex digits.
        var hexDigest: String { hash.hexDigest }
    }

    /// A compiled glossary and where it came from.
    package struct Loaded: Sendable {
        /// The glossary and its forms.
        package var compiled: CompiledGlossary
        /// Whether it was read from a cache file (rather than compiled by this run).
        package var isCached: Bool
        /// Why a glossary compiled by this run could not be kept, if it could not.
        package var problem: String?
    }

    /// The cache file for `key`, or `nil` without a directory.
    package func path(for key: Key) -> String? {
        directory.map { $0 + "/glossary-" + key.hexDigest + ".bin" }
    }

    /// The compiled glossary of the cache file for `key` when it is there and sound, else
    /// `compile()`'s, written to the cache file.
    ///
    /// - Throws: What `compile` throws (nothing is written then).
    package func load<Failure: Error>(
        key: Key, compile: () throws(Failure) -> CompiledGlossary
    ) throws(Failure) -> Loaded {
        guard let path = path(for: key), let directory else {
            return Loaded(compiled: try compile(), isCached: false, problem: nil)
        }
        if let compiled = Self.open(path) { return Loaded(compiled: compiled, isCached: true, problem: nil) }
        let compiled = try compile()
        return Loaded(compiled: compiled, isCached: false, problem: Self.keep(compiled, at: path, in: directory))
    }

    /// The compiled glossary in the file at `path`, or `nil` when it is missing, cannot be
    /// mapped, or is not a sound image of this format.
    static func open(_ path: String) -> CompiledGlossary? {
        guard let file = try? MappedFile(path: path) else { return nil }
        return try? CompiledGlossary(image: file.bytes)
    }

    /// Writes `compiled` to `path`; why it could not, if it could not.
    private static func keep(_ compiled: CompiledGlossary, at path: String, in directory: String) -> String? {
        guard let image = compiled.image() else { return "the glossary has numbers too large for an image" }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            return "cannot create \(directory): \(error.localizedDescription)"
        }
        // Only a regular file is replaced: a symbolic link, a FIFO or a device put in its
        // place is left alone (writing would follow it).
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG { return "\(path) is not a regular file" }
        do {
            try AtomicFile.write(image, to: path)
        } catch {
            return error.diagnostics.first?.message ?? "\(error)"
        }
        removeOldFiles(in: directory, keeping: path)
        return nil
    }

    /// Removes the least recently written cache files beyond ``maximumFiles``.
    private static func removeOldFiles(in directory: String, keeping path: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        var files: [(path: String, modified: Int)] = []
        for name in names where name.hasPrefix("glossary-") && name.hasSuffix(".bin") {
            let candidate = directory + "/" + name
            var status = stat()
            guard candidate != path, lstat(candidate, &status) == 0 else { continue }
            files.append((candidate, Int(status.st_mtim.tv_sec)))
        }
        for file in files.sorted(by: { $0.modified > $1.modified }).dropFirst(maximumFiles - 1) {
            unlink(file.path)
        }
    }
}
