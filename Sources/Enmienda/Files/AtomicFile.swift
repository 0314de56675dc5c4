import Foundation

/// Writes files so that readers see either the old content or the new, never a part.
///
/// A destination that is a symbolic link is resolved first: the file the link points to
/// is replaced (the temporary file is made in that file's directory) and the link stays.
/// A temporary file is named `.NAME.enmienda-PID-BOOT-RANDOM`, where `PID` is the
/// writer's process id and `BOOT` the machine's boot id (or, where there is none, a hash
/// of its host name), so that a later run can tell a writer that died before renaming it
/// (``removeAbandonedTemporaryFiles(of:)``).
package enum AtomicFile {
    /// Writes `bytes` to `path` through a temporary file in the same directory, flushed
    /// to disk and then renamed over the destination. Keeps the destination's
    /// permissions, and its owner and group where the process may set them, when it
    /// already exists (a hard link to the old file keeps the old content). Temporary files that killed writers of the
    /// same destination left are removed first (``removeAbandonedTemporaryFiles(of:)``). A device, fifo or socket (`/dev/null`, a pipe)
    /// is written through instead, since a rename cannot replace it.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/output``, located at `path`,
    ///   when the directory is not writable, the disk is full or a write fails; the
    ///   destination is then untouched (a device may have received part of the bytes) and
    ///   no temporary file is left.
    package static func write(_ bytes: [UInt8], to path: String) throws(InputError) {
        try write(to: path) { $0.append(contentsOf: bytes) }
    }

    /// Writes what `produce` appends to `path`, as ``write(_:to:)`` writes bytes: the
    /// bytes stream through a buffer of 64 KiB into the temporary file (or the device),
    /// so that the whole content is never in memory.
    ///
    /// - Parameter produce: Appends the content; it may stop early once
    ///   ``OutputBuffer/failed``, since nothing more is written then.
    /// - Throws: ``InputError`` as ``write(_:to:)`` does.
    package static func write(to path: String, _ produce: (inout OutputBuffer) -> Void) throws(InputError) {
        let location = SourceLocation(path: path, line: 1, column: 1)
        let failed = { (code: Int32) in
            InputError(location, "cannot write: \(String(cString: strerror(code)))", kind: .output)
        }
        if let descriptor = descriptor(for: path) {
            // `-o /dev/stdout`: the descriptor the shell opened (a pipe, or a file opened to
            // append), written as it is; reopening the file it names would truncate it.
            if let failure = stream(produce, to: descriptor, name: path) { throw failed(failure) }
            return
        }
        let target = try resolvedPath(path)
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if exists, existing.st_mode & S_IFMT != S_IFREG {
            try writeThrough(produce, to: target, location: location)
            return
        }
        // Whatever writers of this file left when they were killed goes first.
        removeAbandonedTemporaryFiles(of: target)
        let temporary = temporaryPath(for: target)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failed(errno) }
        var failure = stream(produce, to: descriptor, name: temporary)
        if failure == nil, exists {
            // The replacement keeps the file's owner and group where this process may set
            // them (as root, say), and its permissions.
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            fchmod(descriptor, existing.st_mode & 0o7777)
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, target) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw failed(failure)
        }
    }

    /// Streams what `produce` appends to `descriptor`; the `errno` of the first failed
    /// write, or `nil`.
    private static func stream(_ produce: (inout OutputBuffer) -> Void, to descriptor: Int32, name: String) -> Int32? {
        var output = OutputBuffer(writer: DescriptorWriter(descriptor: descriptor, name: name))
        produce(&output)
        do throws(WriteError) {
            try output.flush()
        } catch {
            return error.code
        }
        return nil
    }

    /// The descriptor of this process that `path` names, directly or through symbolic
    /// links: 1 for `/dev/stdout`, 2 for `/dev/stderr`, N for `/dev/fd/N`,
    /// `/proc/self/fd/N` or `/proc/PID/fd/N` with this process's id; `nil` for any other
    /// path. Writing there writes to what the shell opened (a pipe, a file opened to
    /// append), never a file replaced by name.
    package static func descriptor(for path: String) -> Int32? {
        var current = path
        for _ in 0..<40 {
            switch current {
            case "/dev/stdout": return STDOUT_FILENO
            case "/dev/stderr": return STDERR_FILENO
            default: break
            }
            for prefix in ["/dev/fd/", "/proc/self/fd/", "/proc/\(getpid())/fd/"] where current.hasPrefix(prefix) {
                return Int32(current.dropFirst(prefix.count))
            }
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK,
                let target = linkTarget(current)
            else { return nil }
            current = target
        }
        return nil
    }

    /// Where the symbolic link at `path` points, relative targets read from its directory.
    private static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if target.hasPrefix("/") { return target }
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? target : directory + "/" + target
    }

    /// `path` with symbolic links in its last component followed (relative targets read
    /// from the link's directory), so that a write replaces the file a link points to and
    /// keeps the link. A path that is not a link, or a link to a file that does not exist
    /// yet, gives the path that a write would create.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/output``, located at `path`, for
    ///   a loop of more than 40 links.
    package static func resolvedPath(_ path: String) throws(InputError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            guard let target = linkTarget(current) else { return current }
            current = target
        }
        throw InputError(
            SourceLocation(path: path, line: 1, column: 1), "cannot write: too many levels of symbolic links",
            kind: .output)
    }

    /// Removes the temporary files that writers of `path` (after resolving links) left
    /// behind when they were killed: those named with this machine's boot id and the id of
    /// a process that no longer runs. Files of live writers, of other machines or of an
    /// earlier boot are left alone. No lock is needed: a dead writer's file is never
    /// renamed, and a live writer's id answers `kill(pid, 0)`.
    ///
    /// - Returns: How many files were removed.
    @discardableResult
    package static func removeAbandonedTemporaryFiles(of path: String) -> Int {
        guard let target = try? resolvedPath(path) else { return 0 }
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent).enmienda-"
        return removeAbandonedTemporaryFiles(in: directory, start: { $0.hasPrefix(prefix) ? prefix.count : nil })
    }

    /// Removes the temporary files of dead writers (as ``removeAbandonedTemporaryFiles(of:)``
    /// does) of every file in `directory` whose name `isTarget` accepts: a cache
    /// directory's leftovers of files that no run will write again (a glossary edited
    /// since has another cache file).
    ///
    /// - Returns: How many files were removed.
    @discardableResult
    package static func removeAbandonedTemporaryFiles(in directory: String, targets isTarget: (String) -> Bool) -> Int {
        removeAbandonedTemporaryFiles(
            in: directory,
            start: { name in
                // `.NAME.enmienda-PID-BOOT-RANDOM`: the last marker, as NAME may hold one.
                guard name.hasPrefix("."), let marker = name.ranges(of: ".enmienda-").last,
                    isTarget(String(name[name.index(after: name.startIndex)..<marker.lowerBound]))
                else { return nil }
                return name.distance(from: name.startIndex, to: marker.upperBound)
            })
    }

    /// Removes the temporary files in `directory` of dead writers of this boot: `start`
    /// gives, for a name, where its `PID-BOOT-RANDOM` part starts (in characters), or
    /// `nil` for a name that is not a temporary file to consider.
    private static func removeAbandonedTemporaryFiles(in directory: String, start: (String) -> Int?) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return 0 }
        var removed = 0
        for name in names {
            guard let offset = start(name) else { continue }
            let parts = name.dropFirst(offset).split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[1] == bootID, let pid = Int32(parts[0]), pid > 0 else { continue }
            guard kill(pid, 0) != 0, errno == ESRCH else { continue }
            if unlink(directory + "/" + name) == 0 { removed += 1 }
        }
        return removed
    }

    /// `.NAME.enmienda-PID-BOOT-RANDOM` beside `target`.
    static func temporaryPath(for target: String) -> String {
        let url = URL(fileURLWithPath: target)
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return url.deletingLastPathComponent().path
            + "/.\(url.lastPathComponent).enmienda-\(getpid())-\(bootID)-\(random)"
    }

    /// This boot of this machine: the kernel's boot id without hyphens, or, where there is
    /// none, an FNV-1a hash of the host name.
    static let bootID: String = {
        if let bytes = try? FileInput.readBytes(atPath: "/proc/sys/kernel/random/boot_id") {
            let id = String(decoding: bytes, as: UTF8.self).filter(\.isHexDigit)
            if !id.isEmpty { return id }
        }
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, name.count - 1)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.prefix(while: { $0 != 0 }) {
            hash = (hash ^ UInt64(UInt8(bitPattern: byte))) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }()

    private static func writeThrough(
        _ produce: (inout OutputBuffer) -> Void, to path: String, location: SourceLocation
    ) throws(InputError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(location, "cannot write: \(String(cString: strerror(errno)))", kind: .output)
        }
        defer { close(descriptor) }
        if let failure = stream(produce, to: descriptor, name: path) {
            throw InputError(location, "cannot write: \(String(cString: strerror(failure)))", kind: .output)
        }
    }
}
