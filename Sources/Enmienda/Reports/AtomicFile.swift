import Foundation

/// Writes files so that readers see either the old content or the new, never a part.
public enum AtomicFile {
    /// Writes `bytes` to `path` through a temporary file in the same directory, flushed
    /// to disk and then renamed over the destination. Keeps the destination's
    /// permissions when it already exists.
    ///
    /// - Throws: ``InputError`` located at `path` when the directory is not writable or
    ///   the disk is full; the destination is then untouched.
    public static func write(_ bytes: [UInt8], to path: String) throws(InputError) {
        let location = SourceLocation(path: path, line: 1, column: 1)
        var existing = stat()
        if stat(path, &existing) == 0, existing.st_mode & S_IFMT != S_IFREG {
            // A device, fifo or socket (`/dev/null`, a pipe) cannot be replaced by a rename.
            try writeInPlace(bytes, to: path, location: location)
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary =
            directory
            + "/.\(url.lastPathComponent).enmienda-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw InputError(location, "cannot write: \(String(cString: strerror(errno)))")
        }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var written = 0
            while written < buffer.count {
                let result = Foundation.write(descriptor, base + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                written += result
            }
        }
        var status = stat()
        if failure == nil, stat(path, &status) == 0 { fchmod(descriptor, status.st_mode & 0o7777) }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw InputError(location, "cannot write: \(failure)")
        }
    }

    private static func writeInPlace(_ bytes: [UInt8], to path: String, location: SourceLocation) throws(InputError) {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw InputError(location, "cannot write: \(String(cString: strerror(errno)))")
        }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data(bytes))
        } catch {
            throw InputError(location, "cannot write: \(error.localizedDescription)")
        }
    }
}
