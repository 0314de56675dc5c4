/// Bytes on their way out: appended into a buffer that is written to a descriptor each time
/// it fills (about 64 KiB at a time), or kept whole in memory when there is no descriptor.
///
/// A report written through an `OutputBuffer` takes constant memory however long it is.
/// A failed write (a full disk, a reader that went away) is kept, not thrown at each
/// append: later bytes are dropped, ``failed`` tells a writer it may stop, and
/// ``flush()`` throws it.
///
/// The bytes live in memory the buffer allocates itself and writes through a pointer: an
/// append is a bounds check and a copy, without the uniqueness and growth steps of an
/// array's (a JSON match is some 150 appends: writing through the pointer took a sixth
/// off the instructions of a dense JSON report). Copies of a buffer share that memory until one of them appends (copy on
/// write), as an array's do.
///
/// ```swift
/// var output = OutputBuffer(writer: .standardOutput)
/// output.append("hola\n")
/// try output.flush()
/// ```
package struct OutputBuffer {
    /// The memory the bytes are written into.
    private final class Storage: @unchecked Sendable {
        /// `capacity` bytes, the first `count` of them written.
        private(set) var base: UnsafeMutablePointer<UInt8>
        var count = 0
        private(set) var capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 64)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        /// A storage of its own with the same bytes and room for `extra` more.
        func copy(reserving extra: Int) -> Storage {
            let copy = Storage(capacity: max(capacity, count + extra))
            copy.base.update(from: base, count: count)
            copy.count = count
            return copy
        }

        /// Makes room for `extra` more bytes: at least twice the capacity.
        func grow(reserving extra: Int) {
            let grown = max(2 * capacity, count + extra)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            moved.update(from: base, count: count)
            base.deallocate()
            base = moved
            capacity = grown
        }
    }

    private var storage: Storage
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
        storage = Storage(capacity: 256)
    }

    /// A buffer written to `writer` each time it holds `capacity` bytes.
    package init(writer: DescriptorWriter, capacity: Int = 1 << 16) {
        self.writer = writer
        self.capacity = max(1, capacity)
        storage = Storage(capacity: self.capacity + 1024)
    }

    /// The bytes not yet written (all of them, for a buffer kept in memory), as an array
    /// made at each call.
    package var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    /// How many bytes are not yet written.
    package var count: Int { storage.count }

    /// Whether a write failed: what is appended now is dropped.
    package var failed: Bool { failure != nil }

    /// Room for `extra` more bytes, at the end of what is written: the caller writes them
    /// there, then calls ``commit(_:)`` with how many it wrote.
    @inline(__always)
    private mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if !isKnownUniquelyReferenced(&storage) {
            storage = storage.copy(reserving: extra)
        } else if storage.capacity - storage.count < extra {
            storage.grow(reserving: extra)
        }
        return storage.base + storage.count
    }

    @inline(__always)
    private mutating func commit(_ written: Int) {
        storage.count += written
    }

    /// Appends one byte.
    @inline(__always)
    package mutating func append(_ byte: UInt8) {
        reserve(1).initialize(to: byte)
        commit(1)
    }

    /// Appends `string` as UTF-8.
    package mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    /// Appends the bytes of `buffer`.
    @inline(__always)
    package mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        if let source = buffer.baseAddress, buffer.count > 0 {
            reserve(buffer.count).initialize(from: source, count: buffer.count)
            commit(buffer.count)
        }
        writeIfFull()
    }

    /// Appends `other`.
    package mutating func append(contentsOf other: [UInt8]) {
        other.withUnsafeBufferPointer { append($0) }
    }

    /// Appends `count` spaces.
    @inline(__always)
    package mutating func appendSpaces(_ count: Int) {
        guard count > 0 else { return }
        reserve(count).initialize(repeating: 0x20, count: count)
        commit(count)
    }

    /// Appends `indent` spaces, then `"key" : ` (`key` is ASCII with nothing to escape),
    /// in one step.
    package mutating func appendJSONKey(_ key: StaticString, indent: Int) {
        let length = key.utf8CodeUnitCount
        let indent = max(0, indent)
        let start = reserve(indent + length + 5)
        start.initialize(repeating: 0x20, count: indent)
        var end = start + indent
        end.initialize(to: UInt8(ascii: "\""))
        end += 1
        end.initialize(from: key.utf8Start, count: length)
        end += length
        (end + 0).initialize(to: UInt8(ascii: "\""))
        (end + 1).initialize(to: UInt8(ascii: " "))
        (end + 2).initialize(to: UInt8(ascii: ":"))
        (end + 3).initialize(to: UInt8(ascii: " "))
        commit(indent + length + 5)
        writeIfFull()
    }

    /// Appends `value` in decimal, without making a `String`.
    package mutating func appendDecimal(_ value: Int) {
        // Up to 20 digits and a sign.
        let start = reserve(21)
        var magnitude = value.magnitude
        var digits = 0
        repeat {
            digits += 1
            magnitude /= 10
        } while magnitude > 0
        var end = start
        if value < 0 {
            end.initialize(to: UInt8(ascii: "-"))
            end += 1
        }
        magnitude = value.magnitude
        for position in stride(from: digits - 1, through: 0, by: -1) {
            (end + position).initialize(to: UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        }
        commit(end - start + digits)
        writeIfFull()
    }

    /// Writes the buffer out once it holds ``capacity`` bytes; nothing in memory.
    @inline(__always)
    package mutating func writeIfFull() {
        if storage.count >= capacity { write() }
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
                try writer.write(UnsafeRawBufferPointer(start: storage.base, count: storage.count))
            } catch {
                failure = error
            }
        }
        if isKnownUniquelyReferenced(&storage) {
            storage.count = 0
        } else {
            storage = Storage(capacity: capacity + 1024)
        }
    }
}
