import Foundation

/// Reads whole input files with messages a user can act on.
package enum FileInput {
    /// The message for a path that does not exist: `message`, and why when the name holds
    /// U+FFFD: the command line's bytes that were not UTF-8 became that character before
    /// Enmienda saw them, so a file so named cannot be opened by that name.
    package static func missing(_ path: String, _ message: String) -> String {
        guard path.unicodeScalars.contains("\u{FFFD}") else { return message }
        return message
            + " (the name as given holds bytes that are not UTF-8, shown as \u{FFFD}, and cannot be opened by it: rename the file)"
    }

    /// The bytes of the file at `path`, read straight into one array (no intermediate
    /// copy, so a 1 GB article costs 1 GB), from regular files, fifos and devices alike.
    ///
    /// - Parameter maximumSize: When given, a file of more bytes is refused: before it is
    ///   read when its size is known, as soon as more is read from a fifo or device.
    /// - Throws: ``InputError`` located at `path:1:1` when the path does not exist, is a
    ///   directory, cannot be read, or has more than `maximumSize` bytes.
    package static func readBytes(atPath path: String, maximumSize: Int? = nil) throws(InputError) -> [UInt8] {
        try readBytesAndStatus(atPath: path, maximumSize: maximumSize).bytes
    }

    /// The bytes of the file at `path`, as ``readBytes(atPath:maximumSize:)`` reads them,
    /// and what `fstat` says of the file they were read from once they were read (`nil`
    /// unless it is a regular file): the status of those very bytes, even when the path
    /// was pointed at another file meanwhile (a link switched, a directory renamed).
    ///
    /// - Throws: ``InputError`` as ``readBytes(atPath:maximumSize:)`` does.
    package static func readBytesAndStatus(
        atPath path: String, maximumSize: Int? = nil
    ) throws(InputError) -> (bytes: [UInt8], status: FileDigests.Status?) {
        try readBytesAndStatus(atPath: path, maximumSize: maximumSize) { size in
            "the file is \(size), more than the \(maximumSize ?? 0) bytes allowed for a glossary, termbase, review, source or suppressions file: refused unread (the limit can be raised)"
        }
    }

    /// The bytes of the article at `path` (`-`: standard input), read whole, as
    /// ``readBytes(atPath:maximumSize:)`` reads them: an article of more than
    /// `maximumSize` bytes is refused, before it is read when its size is known, else as
    /// soon as more is read (a stream or a device such as `/dev/zero` may never end).
    ///
    /// - Throws: ``InputError`` located at `path:1:1` when the article cannot be read or
    ///   is too large.
    package static func readArticle(atPath path: String, maximumSize: Int) throws(InputError) -> [UInt8] {
        if path == "-" {
            return try readStandardInput(maximumSize: maximumSize) { _ in
                "standard input has more than \(maximumSize) bytes, the most an article read whole may have: refused (--max-article-size raises the limit; check --format count reads an article of any size in constant memory)"
            }
        }
        return try readArticleFile(atPath: path, maximumSize: maximumSize)
    }

    /// The bytes of the article in the file at `path` (`-` is a file's name here), as
    /// ``readArticle(atPath:maximumSize:)`` reads them.
    ///
    /// - Throws: ``InputError`` as ``readArticle(atPath:maximumSize:)`` does.
    package static func readArticleFile(atPath path: String, maximumSize: Int) throws(InputError) -> [UInt8] {
        try readBytesAndStatus(atPath: path, maximumSize: maximumSize) { _ in
            "the article has more than \(maximumSize) bytes, the most an article read whole may have: refused (--max-article-size raises the limit; check --format count reads an article of any size in constant memory)"
        }.bytes
    }

    private static func readBytesAndStatus(
        atPath path: String, maximumSize: Int?, tooLarge message: (String) -> String
    ) throws(InputError) -> (bytes: [UInt8], status: FileDigests.Status?) {
        let start = SourceLocation(path: path, line: 1, column: 1)
        var status = stat()
        guard stat(path, &status) == 0 else { throw InputError(start, missing(path, "no such file")) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw InputError(start, "is a directory, not a file") }
        func tooLarge(_ size: String) -> InputError { InputError(start, message(size)) }
        if let maximumSize, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > maximumSize {
            throw tooLarge("\(status.st_size) bytes")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(start, "cannot be read (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        // Room for the whole file and one spare read, so the array never moves for a file.
        bytes.reserveCapacity(max(Int(status.st_size), 0) + spare)
        var failure: Int32 = 0
        while true {
            let wanted = min(max(bytes.capacity - bytes.count, spare), 1 << 30)
            reserve(&bytes, for: wanted, within: maximumSize)
            let count = readMore(descriptor, into: &bytes, upTo: wanted, failure: &failure)
            if count < 0 { throw InputError(start, "cannot be read: \(String(cString: strerror(failure)))") }
            if count == 0 { return (bytes, FileDigests.Status(descriptor: descriptor)) }
            if let maximumSize, bytes.count > maximumSize { throw tooLarge("longer") }
        }
    }

    /// The bytes of standard input, read to its end (errors named at `-:1:1`).
    ///
    /// - Throws: ``InputError`` located at `-:1:1` when standard input cannot be read (it
    ///   is closed, or a directory).
    package static func readStandardInput() throws(InputError) -> [UInt8] {
        try readStandardInput(maximumSize: nil) { _ in "" }
    }

    private static func readStandardInput(maximumSize: Int?, message: (String) -> String) throws(InputError)
        -> [UInt8]
    {
        let start = SourceLocation(path: "-", line: 1, column: 1)
        var bytes: [UInt8] = []
        var failure: Int32 = 0
        while true {
            reserve(&bytes, for: spare, within: maximumSize)
            let count = readMore(STDIN_FILENO, into: &bytes, upTo: spare, failure: &failure)
            if count < 0 {
                throw InputError(start, "standard input cannot be read: \(String(cString: strerror(failure)))")
            }
            if count == 0 { return bytes }
            if let maximumSize, bytes.count > maximumSize { throw InputError(start, message("longer")) }
        }
    }

    private static let spare = 65_536

    /// Room in `bytes` for `wanted` more, growing as an array grows (doubling) but never
    /// past what `limit` lets be read and one more read: a stream refused at 2 GB never
    /// asks for 4.
    private static func reserve(_ bytes: inout [UInt8], for wanted: Int, within limit: Int?) {
        guard let limit, bytes.capacity - bytes.count < wanted else { return }
        let doubled = max(bytes.capacity * 2, bytes.count + wanted)
        bytes.reserveCapacity(max(bytes.count + wanted, min(doubled, limit + wanted + 1)))
    }

    /// Appends what one `read` of at most `wanted` bytes returns to `bytes`: the count, 0 at
    /// the end of the file, or -1 with `failure` set.
    static func readMore(_ descriptor: Int32, into bytes: inout [UInt8], upTo wanted: Int, failure: inout Int32)
        -> Int
    {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: wanted))
        var result = 0
        bytes.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            repeat {
                result = Foundation.read(descriptor, base + start, wanted)
            } while result < 0 && errno == EINTR
            if result < 0 { failure = errno }
        }
        bytes.removeLast(wanted - max(result, 0))
        return result
    }
}
