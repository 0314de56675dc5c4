import Crypto
import Foundation

/// Compiled glossaries kept in cache files, so that a run with the same glossaries
/// neither parses their XML nor expands their forms again.
///
/// A cache file is `DIRECTORY/glossary-KEY.bin`, a ``CompiledGlossary`` image. The key
/// (``Key``) hashes everything the compiled glossary depends on: the SHA-256 of every
/// glossary file's bytes in order (the content, never a modification time alone, so a
/// file edited in place is seen at once; ``FileDigests`` remembers a file's digest while
/// its status says it has not changed), the built-in glossary's when it is used, the options that
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

    /// What a compiled glossary depends on, hashed with SHA-256 (FIPS 180-4): a key that
    /// two different glossaries cannot share by accident or by a crafted edit.
    package struct Key {
        private var hash = SHA256()

        /// A key for the image format and this version of Enmienda, with nothing else yet.
        package init() {
            add(CompiledGlossary.magic)
            add(EnmiendaVersion.current)
        }

        /// Adds bytes (a glossary file's), after their length, so that no two different
        /// lists of parts hash alike.
        package mutating func add(_ bytes: [UInt8]) {
            withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { hash.update(bufferPointer: $0) }
            bytes.withUnsafeBytes { hash.update(bufferPointer: $0) }
        }

        /// Adds a string (a path, an option).
        package mutating func add(_ text: String) {
            add(Array(text.utf8))
        }

        /// Adds the built-in glossary's files, names and bytes.
        package mutating func addBuiltInGlossary() {
            add(Self.builtInDigest)
        }

        private static let builtInDigest: [UInt8] = {
            var key = SHA256()
            for file in BuiltInGlossary.files {
                for part in [Array(file.path.utf8), Array(file.text.utf8)] {
                    withUnsafeBytes(of: UInt64(part.count).littleEndian) { key.update(bufferPointer: $0) }
                    part.withUnsafeBytes { key.update(bufferPointer: $0) }
                }
            }
            return Array(key.finalize())
        }()

        /// The key's 32 bytes.
        var digest: [UInt8] { Array(hash.finalize()) }

        /// 32 hex digits (the first half of ``digest``), for the file name.
        var hexDigest: String {
            digest.prefix(16).map { String($0, radix: 16).leftPadding(to: 2) }.joined()
        }
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

    /// The file in which ``FileDigests`` remembers the glossary files' digests, or `nil`
    /// without a directory.
    package var fileDigestsPath: String? {
        directory.map { $0 + "/file-digests" }
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
        if let compiled = Self.open(path, key: key) {
            return Loaded(compiled: compiled, isCached: true, problem: nil)
        }
        let compiled = try compile()
        return Loaded(
            compiled: compiled, isCached: false, problem: Self.keep(compiled, key: key, at: path, in: directory))
    }

    /// What a cache file starts with: this tag, then the 32 bytes of its key's digest,
    /// then the image. A file is used only for its own key (a file renamed to another
    /// key's name is not), and only when the image's own checksum (``FastHash``, which
    /// folds 16 bytes at a time through a 128-bit product) matches its bytes. A SHA-256 of
    /// the image came before it: a 30 MB image took 60 ms to hash on a machine without
    /// SHA instructions, and guarded against nothing more (whoever can write the file can
    /// write its digest too; every image is read with its bounds checked).
    static let fileTag = Array("ENMGCF02".utf8)

    /// The largest cache file read, in bytes (a compiled 100,000-entry glossary is about
    /// 30 MB with its automaton).
    static let maximumFileSize = 1 << 30

    /// The compiled glossary in the file at `path`, or `nil` when it is missing, is not a
    /// regular file, was written for another key, or its image is not the one written or
    /// not a sound image of this format. The file is read, not mapped: a file cut short
    /// while it is read only gives a short read.
    static func open(_ path: String, key: Key) -> CompiledGlossary? {
        // Read, not mapped: a mapped file that another program cuts short (a `cp` over
        // it) would stop the run with SIGBUS when its lost pages are touched.
        guard let bytes = CacheDirectory.readFile(path, maximumSize: maximumFileSize), bytes.count > fileTag.count + 32,
            bytes.starts(with: fileTag)
        else { return nil }
        let keyStart = fileTag.count
        let imageStart = keyStart + 32
        guard bytes[keyStart..<imageStart].elementsEqual(key.digest) else { return nil }
        return try? CompiledGlossary(image: bytes, from: imageStart)
    }

    /// The compiled glossary of the cache file for `key` when it is there and sound;
    /// `nil` otherwise (nothing is compiled or written).
    package func cached(key: Key) -> CompiledGlossary? {
        guard let path = path(for: key) else { return nil }
        return Self.open(path, key: key)
    }

    /// Writes `compiled` to `path`, tagged with `key`; why it could not, if it could not.
    private static func keep(_ compiled: CompiledGlossary, key: Key, at path: String, in directory: String)
        -> String?
    {
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
            // Streamed, never copied whole: the image of a large glossary is tens of megabytes.
            let head = fileTag + key.digest
            try AtomicFile.write(to: path) { output in
                output.append(contentsOf: head)
                image.withUnsafeBufferPointer { all in
                    var start = 0
                    while start < all.count, !output.failed {
                        let end = min(all.count, start + (1 << 16))
                        output.append(UnsafeBufferPointer(rebasing: all[start..<end]))
                        start = end
                    }
                }
            }
        } catch {
            return error.diagnostics.first?.message ?? "\(error)"
        }
        removeOldFiles(in: directory, keeping: path)
        return nil
    }

    /// Removes the least recently written cache files beyond ``maximumFiles``, and what
    /// killed writers of any cache file (glossaries, lexicons) left behind: a glossary
    /// edited since has another cache file, whose writes would never clear them.
    private static func removeOldFiles(in directory: String, keeping path: String) {
        AtomicFile.removeAbandonedTemporaryFiles(in: directory) { name in
            ["glossary-", "lexicon-", "english-"].contains(where: name.hasPrefix) && name.hasSuffix(".bin")
        }
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

extension String {
    /// The string with `0`s before it up to `length` characters.
    fileprivate func leftPadding(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
