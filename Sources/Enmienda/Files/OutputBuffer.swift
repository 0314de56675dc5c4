/// Bytes on their way out: appended into a buffer that is written to a descriptor each time
/// it fills (about 64 KiB at a time), or kept whole in memory when there is no descriptor.
///
/// A report written through an `OutputBuffer` takes constant memory however long it is.
/// A failed write (a full disk, a reader that went away) is kept, not thrown at each
/// append: later bytes are dropped, ``failed`` tells a writer it may stop, and
/// ``flush()`` throws it.
///
/// ```swift
/// var output = OutputBuffer(writer: .standardOutput)
/// output.append("hola\n")
/// try output.flush()
/// ```
package struct OutputBuffer {
    /// The bytes not yet written (all of them, in memory).
    package private(set) var bytes: [UInt8] = []
    /// Where full buffers go; `nil` keeps everything in ``bytes``.
    private let writer: DescriptorWriter?
    /// How many bytes are gathered before a write.
    private let capacity: Int
    /// The first failed write.
    package private(set) var failure: WriteError?

    /// A buffer that keeps every byte in memory (``bytes``).
    package init() {
        writer = nil
        capacity = .max
    }

    /// A buffer written to `writer` each time it holds `capacity` bytes.
    package init(writer: DescriptorWriter, capacity: Int = 1 << 16) {
        self.writer = writer
        self.capacity = max(1, capacity)
        bytes.reserveCapacity(self.capacity + 1024)
    }

    /// Whether a write failed: what is appended now is dropped.
    package var failed: Bool { failure != nil }

    /// Appends one byte.
    package mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends `string` as UTF-8.
    package mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
        writeIfFull()
    }

    /// Appends the bytes of `buffer`.
    package mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
        writeIfFull()
    }

    /// Appends `other`.
    package mutating func append(contentsOf other: [UInt8]) {
        bytes.append(contentsOf: other)
        writeIfFull()
    }

    /// Appends `count` spaces.
    package mutating func appendSpaces(_ count: Int) {
        bytes.append(contentsOf: repeatElement(0x20, count: count))
    }

    /// Writes the buffer out once it holds ``capacity`` bytes; nothing in memory.
    @inline(__always)
    package mutating func writeIfFull() {
        if bytes.count >= capacity { write() }
    }

    /// Writes out what is buffered.
    ///
    /// - Throws: ``WriteError`` for the first write that failed, now or before.
    package mutating func flush() throws(WriteError) {
        if writer != nil { write() }
        if let failure { throw failure }
    }

    private mutating func write() {
        guard let writer else { return }
        if failure == nil {
            do throws(WriteError) {
                try writer.write(bytes)
            } catch {
                failure = error
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
