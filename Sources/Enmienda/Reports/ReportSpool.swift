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

    /// Spools `bytes` as one record tagged with `key`, to be read back by
    /// ``forEachRecord(_:)``: its length and its key (4 bytes each, little-endian), then
    /// the bytes.
    package func appendRecord(key: UInt32, _ bytes: UnsafeBufferPointer<UInt8>) {
        for value in [UInt32(truncatingIfNeeded: bytes.count), key] {
            withUnsafeBytes(of: value.littleEndian) { output.append($0.bindMemory(to: UInt8.self)) }
        }
        output.append(bytes)
        output.writeIfFull()
    }

    /// Calls `body` with the key and the bytes of each record spooled by
    /// ``appendRecord(key:_:)``, in order.
    ///
    /// - Throws: ``WriteError`` if the spool could not be written or read back, and what
    ///   `body` throws.
    package func forEachRecord(_ body: (UInt32, ArraySlice<UInt8>) throws(WriteError) -> Void) throws(WriteError) {
        try output.flush()
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw WriteError(destination: Self.name, code: errno) }
        var pending: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 16)
        var atEnd = false
        var start = 0
        while true {
            // A record whole in `pending` from `start`: hand it out.
            if pending.count - start >= 8 {
                let length = Self.word(pending, at: start)
                if pending.count - start - 8 >= length {
                    try body(Self.word32(pending, at: start + 4), pending[(start + 8)..<(start + 8 + length)])
                    start += 8 + length
                    continue
                }
            }
            if atEnd {
                guard start == pending.count else { throw WriteError(destination: Self.name, code: EIO) }
                return
            }
            pending.removeFirst(start)
            start = 0
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw WriteError(destination: Self.name, code: errno) }
            if count == 0 { atEnd = true }
            pending += block[0..<count]
        }
    }

    private static func word32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) }
    }

    private static func word(_ bytes: [UInt8], at offset: Int) -> Int { Int(word32(bytes, at: offset)) }
}
