import Enmienda

/// Where the CLI writes a file the user named with `-o`, `--in-place` or `--suppressions`.
enum OutputFile {
    /// Writes `bytes` to `path`: atomically to a file (``AtomicFile``), or through the
    /// descriptor a path such as `/dev/stdout` names, so that a reader that stops early
    /// ends the command quietly, as with standard output.
    ///
    /// - Throws: ``InputError`` when a file cannot be written, ``WriteError`` when a
    ///   descriptor cannot.
    static func write(_ bytes: [UInt8], to path: String) throws {
        if let descriptor = AtomicFile.descriptor(for: path) {
            try DescriptorWriter(descriptor: descriptor, name: path).write(bytes)
        } else {
            try AtomicFile.write(bytes, to: path)
        }
    }

    /// Writes what `produce` appends to `path`, as ``write(_:to:)`` writes bytes, streamed
    /// 64 KiB at a time (into the temporary file of ``AtomicFile``).
    ///
    /// - Throws: ``InputError`` when a file cannot be written, ``WriteError`` when a
    ///   descriptor cannot.
    static func write(to path: String, _ produce: (inout OutputBuffer) -> Void) throws {
        if let descriptor = AtomicFile.descriptor(for: path) {
            var buffer = OutputBuffer(writer: DescriptorWriter(descriptor: descriptor, name: path))
            produce(&buffer)
            try buffer.flush()
        } else {
            try AtomicFile.write(to: path, produce)
        }
    }
}
