import Foundation

/// Where Enmienda keeps what it compiles once (the Spanish lexicon, glossaries):
/// `$XDG_CACHE_HOME/enmienda`, else `$HOME/.cache/enmienda`.
enum CacheDirectory {
    /// `$XDG_CACHE_HOME/enmienda` when that is an absolute path, else
    /// `$HOME/.cache/enmienda`; `nil` when neither variable is usable.
    static func path(environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/enmienda" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/enmienda" }
        return nil
    }

    /// The bytes of the regular file at `path`, or `nil` when there is none, it is
    /// empty, larger than `maximumSize` bytes, or cannot be read whole: never through a
    /// symbolic link, never blocking on a FIFO (a cache directory is writable by
    /// whoever runs Enmienda, and what is found there is checked before use).
    static func readFile(_ path: String, maximumSize: Int) -> [UInt8]? {
        let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            status.st_size > 0, status.st_size <= maximumSize
        else { return nil }
        // Read straight into the array's storage, never zeroed first (tens of megabytes
        // for a large compiled glossary); a short read gives `nil` and the bytes are never used.
        let size = Int(status.st_size)
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var filled = 0
            while filled < size, let base = buffer.baseAddress {
                let count = Foundation.read(descriptor, base + filled, size - filled)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                filled += count
            }
            complete = filled == size
            initialized = filled
        }
        return complete ? bytes : nil
    }
}
