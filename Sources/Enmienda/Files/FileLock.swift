import Foundation

/// An exclusive `flock(2)` on `.NAME.lock` beside a file that is replaced by each write
/// (an atomic write renames a new file over it, so the file itself cannot carry the lock).
/// Held until ``release()``; a second holder waits.
struct FileLock {
    private let descriptor: Int32

    /// Takes the lock for the file at `path`, creating the lock file if needed.
    ///
    /// - Parameter purpose: What is locked, as the error message names it ("the glossary").
    /// - Throws: ``InputError`` of kind ``InputError/Kind/output``, located at the lock
    ///   file, if it cannot be opened.
    init(for path: String, purpose: String) throws(InputError) {
        let url = URL(fileURLWithPath: path)
        let lockPath = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).lock").path
        descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw InputError(
                SourceLocation(path: lockPath, line: 1, column: 1),
                "cannot lock \(purpose): \(String(cString: strerror(errno)))", kind: .output)
        }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
    }

    /// Lets the next holder in.
    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
