/// Builds a versioned binary image: a header (magic, payload length, checksum), a table
/// of distinct strings, then a flat run of 32-bit little-endian words that refer to the
/// strings by index. ``BinaryImageReader`` reads it back, checking every bound.
///
/// ## Layout
/// | offset | content |
/// |---|---|
/// | 0 | the magic (8 bytes, its last two the format version) |
/// | 8 | the payload's length in bytes (64-bit) |
/// | 16 | the ``FastHash`` of the payload (64-bit) |
/// | 24 | payload: the string count `n`; `n + 1` offsets into the string bytes; the string bytes, padded to 4; the words |
package struct BinaryImageWriter {
    private var words: [UInt32] = []
    private var strings: [String] = []
    /// An open-addressing table of string indices + 1 (0 for an empty slot), hashed with
    /// ``FastHash``: cheaper than a dictionary of strings for millions of them.
    private var slots = [UInt32](repeating: 0, count: 1 << 10)
    /// Whether a number did not fit in 32 bits: ``bytes(magic:)`` then gives `nil`.
    private var overflowed = false

    /// An empty image.
    package init() {}

    /// Adds a number from 0 to `UInt32.max - 1`.
    package mutating func append(_ number: Int) {
        guard number >= 0, number < Int(UInt32.max) else {
            overflowed = true
            return words.append(0)
        }
        words.append(UInt32(number))
    }

    /// How many words have been added: the position of the next.
    package var wordCount: Int { words.count }

    /// Sets the word at `position` (below ``wordCount``) to `number`, from 0 to
    /// `UInt32.max - 1`: a length known once what it measures has been added.
    package mutating func set(_ number: Int, at position: Int) {
        guard number >= 0, number < Int(UInt32.max) else { return overflowed = true }
        words[position] = UInt32(number)
    }

    /// Adds flags, bit `i` set when `flags[i]` holds.
    package mutating func append(flags: Bool...) {
        append(flags.enumerated().reduce(0) { $0 | ($1.element ? 1 << $1.offset : 0) })
    }

    /// Adds a string, as the index of its copy in the string table.
    package mutating func append(_ text: String) {
        var slot = Self.hash(text) & (slots.count - 1)
        while slots[slot] != 0 {
            let index = slots[slot] - 1
            if strings[Int(index)] == text { return words.append(index) }
            slot = (slot + 1) & (slots.count - 1)
        }
        let index = UInt32(strings.count)
        strings.append(text)
        slots[slot] = index + 1
        words.append(index)
        if 2 * strings.count > slots.count { grow() }
    }

    /// Doubles the table of string indices.
    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: 2 * slots.count)
        for (index, text) in strings.enumerated() {
            var slot = Self.hash(text) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = UInt32(index + 1)
        }
    }

    /// The ``FastHash`` of the UTF-8 bytes of `text`.
    private static func hash(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var hash = FastHash()
            hash.combine(UnsafeRawBufferPointer(bytes))
            return Int(truncatingIfNeeded: hash.value)
        }
    }

    /// Adds an optional string: 0 for `nil`, else 1 and the string.
    package mutating func append(_ text: String?) {
        guard let text else { return append(0) }
        append(1)
        append(text)
    }

    /// Adds strings: their count, then each.
    package mutating func append(_ texts: [String]) {
        append(texts.count)
        for text in texts { append(text) }
    }

    /// Adds 32-bit integers (their bit patterns, negative ones included) in one go: their
    /// count, then a word each. ``BinaryImageReader/int32s()`` reads them back in one copy.
    package mutating func append(int32s values: [Int32]) {
        append(values.count)
        words.append(contentsOf: values.lazy.map { UInt32(bitPattern: $0) })
    }

    /// Adds 64-bit integers: their count, then two words each, the low one first.
    package mutating func append(uint64s values: [UInt64]) {
        append(values.count)
        words.reserveCapacity(words.count + 2 * values.count)
        for value in values {
            words.append(UInt32(truncatingIfNeeded: value))
            words.append(UInt32(truncatingIfNeeded: value >> 32))
        }
    }

    /// Adds bytes: their count, then the bytes four to a word (the first in the lowest
    /// bits), the last word padded with zeros.
    package mutating func append(bytes: [UInt8]) {
        append(bytes.count)
        words.reserveCapacity(words.count + (bytes.count + 3) / 4)
        var index = 0
        while index < bytes.count {
            var word: UInt32 = 0
            for offset in 0..<min(4, bytes.count - index) { word |= UInt32(bytes[index + offset]) << (8 * offset) }
            words.append(word)
            index += 4
        }
    }

    /// The image, or `nil` when a number was out of range.
    ///
    /// The image is built in one array, with no copy of the words or of the payload (a
    /// large glossary's image is tens of megabytes).
    package func bytes(magic: [UInt8]) -> [UInt8]? {
        guard !overflowed, magic.count == 8 else { return nil }
        let stringBytes = strings.reduce(0) { $0 + $1.utf8.count }
        guard stringBytes < Int(UInt32.max) else { return nil }
        var image = magic
        image.reserveCapacity(24 + 4 * (strings.count + 2) + stringBytes + 3 + 4 * words.count)
        // The payload's length and checksum, filled in at the end.
        image.append(contentsOf: repeatElement(0, count: 16))
        func word(_ value: UInt32) {
            withUnsafeBytes(of: value.littleEndian) { image.append(contentsOf: $0) }
        }
        word(UInt32(strings.count))
        var offset: UInt32 = 0
        word(offset)
        for string in strings {
            offset += UInt32(string.utf8.count)
            word(offset)
        }
        for string in strings { image.append(contentsOf: string.utf8) }
        image.append(contentsOf: repeatElement(0, count: (4 - (image.count - 24) % 4) % 4))
        #if _endian(little)
            words.withUnsafeBytes { image.append(contentsOf: $0) }
        #else
            for value in words { word(value) }
        #endif
        var hash = FastHash()
        image.withUnsafeBytes { hash.combine(UnsafeRawBufferPointer(rebasing: $0[24...])) }
        let header = [UInt64(image.count - 24).littleEndian, hash.value.littleEndian]
        header.withUnsafeBytes { image.replaceSubrange(8..<24, with: $0) }
        return image
    }
}
