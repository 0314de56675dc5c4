import Foundation

/// Writes bytes to an open file descriptor (standard output, standard error, a device)
/// with `write(2)`, retrying interrupted and partial writes, and reporting every failure
/// as a ``WriteError`` rather than crashing (Foundation's `FileHandle.write(_:)` traps on
/// `ENOSPC` or `EPIPE`).
///
/// A broken pipe is reported as `EPIPE` only when `SIGPIPE` is ignored; a command-line
/// tool ignores it (`signal(SIGPIPE, SIG_IGN)`) and then ends quietly on
/// ``WriteError/isBrokenPipe``.
package struct DescriptorWriter: Sendable {
    /// Standard output, named `standard output` in errors.
    package static let standardOutput = DescriptorWriter(descriptor: STDOUT_FILENO, name: "standard output")
    /// Standard error, named `standard error` in errors.
    package static let standardError = DescriptorWriter(descriptor: STDERR_FILENO, name: "standard error")

    /// The descriptor written to; it stays open.
    package let descriptor: Int32
    /// How errors name the destination.
    package let name: String

    /// A writer to `descriptor`, which the caller opened and closes.
    package init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    /// Writes all of `bytes`.
    ///
    /// - Throws: ``WriteError`` with the `errno` of the first failed `write(2)`; some of the
    ///   bytes may have been written by then.
    package func write(_ bytes: [UInt8]) throws(WriteError) {
        let failure = bytes.withUnsafeBytes { buffer in Self.writeAll(buffer, to: descriptor) }
        if let failure { throw WriteError(destination: name, code: failure) }
    }

    /// Writes all of `buffer`.
    ///
    /// - Throws: ``WriteError`` as ``write(_:)-([UInt8])`` does.
    package func write(_ buffer: UnsafeRawBufferPointer) throws(WriteError) {
        if let failure = Self.writeAll(buffer, to: descriptor) { throw WriteError(destination: name, code: failure) }
    }

    /// Writes `text` as UTF-8.
    ///
    /// - Throws: ``WriteError`` as ``write(_:)-([UInt8])`` does.
    package func write(_ text: String) throws(WriteError) {
        var text = text
        let failure = text.withUTF8 { buffer in Self.writeAll(UnsafeRawBufferPointer(buffer), to: descriptor) }
        if let failure { throw WriteError(destination: name, code: failure) }
    }

    /// Writes the whole buffer; the `errno` of a failure, or `nil`.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard let base = buffer.baseAddress else { return nil }
        var written = 0
        while written < buffer.count {
            let result = Foundation.write(descriptor, base + written, buffer.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += result
        }
        return nil
    }
}
