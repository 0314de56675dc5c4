import Foundation

/// The error thrown when bytes cannot be written to standard output, a device or a file
/// (a full disk, an I/O error, a reader that went away).
package struct WriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was being written: a path, or `standard output`.
    package var destination: String
    /// The `errno` value that `write(2)` (or `fsync`, `rename`) reported.
    package var code: Int32

    /// Creates an error for `destination` from an `errno` value.
    package init(destination: String, code: Int32) {
        self.destination = destination
        self.code = code
    }

    /// Whether the reader of a pipe went away (`EPIPE`), as with `enmienda … | head`:
    /// a command ends quietly then, since nobody wants the rest.
    package var isBrokenPipe: Bool { code == EPIPE }

    /// One line: `DESTINATION: error: cannot write: REASON`.
    package var description: String {
        "\(destination): error: cannot write: \(String(cString: strerror(code)))"
    }
}
