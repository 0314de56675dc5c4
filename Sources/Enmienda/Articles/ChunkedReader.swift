import Foundation

/// Reads a file (or standard input) block by block.
struct ChunkedReader {
    private let descriptor: Int32
    private let path: String
    private let owned: Bool

    init(path: String) throws(InputError) {
        self.path = path
        let start = SourceLocation(path: path, line: 1, column: 1)
        guard path != "-" else {
            descriptor = STDIN_FILENO
            owned = false
            return
        }
        var status = stat()
        guard stat(path, &status) == 0 else { throw InputError(start, FileInput.missing(path, "no such file")) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw InputError(start, "is a directory, not a file") }
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputError(start, "cannot be read (\(String(cString: strerror(errno))))") }
        owned = true
    }

    func close() {
        if owned { _ = Foundation.close(descriptor) }
    }

    /// Appends to `buffer` until it holds `limit` bytes or the input ends; whether it ended.
    func fill(_ buffer: inout [UInt8], upTo limit: Int) throws(InputError) -> Bool {
        while buffer.count < limit {
            var failure: Int32 = 0
            let count = FileInput.readMore(descriptor, into: &buffer, upTo: limit - buffer.count, failure: &failure)
            if count < 0 {
                throw InputError(
                    SourceLocation(path: path, line: 1, column: 1),
                    "cannot be read: \(String(cString: strerror(failure)))")
            }
            if count == 0 { return true }
        }
        return false
    }
}
