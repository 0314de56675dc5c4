import Foundation

/// Bytes of a report kept in a temporary file until what goes before them is known: a
/// report whose header needs totals spools its matches here, then copies them after the
/// header (see ``JSONReporter/DocumentStream``).
///
/// The file is removed as soon as it is created (only its descriptor names it), so that
/// it goes away on every exit path, a crash included; memory holds one 64 KiB buffer.
package final class ReportSpool {
    private let descriptor: Int32
    /// Where the spooled bytes are appended.
    package var output: OutputBuffer
    private static let name = "a temporary file"

    /// A new, empty spool in the temporary directory.
    ///
    /// - Throws: ``WriteError`` when no temporary file can be made.
    package init() throws(WriteError) {
        var template = Array((NSTemporaryDirectory() + "/enmienda-spool-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { throw WriteError(destination: Self.name, code: errno) }
        _ = template.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { unlink($0) } }
        self.descriptor = descriptor
        output = OutputBuffer(writer: DescriptorWriter(descriptor: descriptor, name: Self.name))
    }

    deinit {
        close(descriptor)
    }

    /// Appends the bytes spooled so far, but their last `dropping` bytes, to `target`.
    ///
    /// - Throws: ``WriteError`` if the spool could not be written or read back.
    package func copy(to target: inout OutputBuffer, dropping: Int = 0) throws(WriteError) {
        try output.flush()
        let length = lseek(descriptor, 0, SEEK_END)
        guard length >= 0, lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw WriteError(destination: Self.name, code: errno)
        }
        var remaining = Int(length) - dropping
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while remaining > 0 && !target.failed {
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, min(remaining, $0.count)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw WriteError(destination: Self.name, code: count < 0 ? errno : EIO) }
            block.withUnsafeBufferPointer { target.append(UnsafeBufferPointer(rebasing: $0[0..<count])) }
            remaining -= count
        }
    }
}
