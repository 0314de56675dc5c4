/// Reads an image that ``BinaryImageWriter`` made, checking its magic, length and
/// checksum first and every index and count as it goes: a truncated, damaged or forged
/// image gives an ``Error``, never a read out of bounds.
///
/// Words and strings are read from `bytes`, which must outlive the reader (read an image
/// in one go, while its file is mapped, or keep the array that holds it). A string is
/// decoded the first time it is read, once per reader: an image's strings that a run
/// never reads are never made.
///
/// A reader that does not ``materializes`` checks what it reads as thoroughly but builds
/// no string nor list of strings: a pass that proves a part of the image sound, to be
/// decoded later, where it is needed, by a reader made with ``init(image:layout:)``
/// (see ``seek(to:)``).
package struct BinaryImageReader {
    /// Why an image cannot be read.
    package struct Error: Swift.Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong, in a few words.
        package var description: String

        package init(_ description: String) {
            self.description = description
        }
    }

    /// Where the parts of a checked image are, in bytes from its start.
    package struct Layout: Hashable, Sendable {
        /// How many strings the table holds.
        var stringCount: Int
        /// Where the string table's `stringCount + 1` offsets start (the first is 0).
        var offsetsStart: Int
        /// Where the strings' bytes start.
        var stringsStart: Int
        /// Where the words start, and how many there are.
        var wordsStart: Int
        var wordCount: Int

        /// The layout of a copy of the image that holds its string table (its bytes from
        /// ``offsetsStart`` to ``wordsStart``) followed by the words at `words` alone.
        package func keeping(words: Range<Int>) -> Layout {
            Layout(
                stringCount: stringCount, offsetsStart: 0, stringsStart: stringsStart - offsetsStart,
                wordsStart: wordsStart - offsetsStart, wordCount: words.count)
        }

        /// The layout of the image where it starts `offset` bytes into a larger buffer.
        package func shifted(by offset: Int) -> Layout {
            Layout(
                stringCount: stringCount, offsetsStart: offsetsStart + offset, stringsStart: stringsStart + offset,
                wordsStart: wordsStart + offset, wordCount: wordCount)
        }
    }

    /// The image.
    private let image: UnsafeRawBufferPointer
    /// Where its parts are.
    package let layout: Layout
    /// The words, 4-byte aligned in the payload.
    private let words: UnsafeRawBufferPointer
    private var wordCount: Int { layout.wordCount }
    private var stringCount: Int { layout.stringCount }
    /// Whether strings are kept once decoded (a reader made with ``init(_:magic:)``).
    private var remembersStrings: Bool
    /// For each string of the table, 1 + the index in ``decodedStrings`` of its decoded
    /// copy, 0 before it is read; empty until a string is read. Integers rather than
    /// optional strings: a 100,000-entry glossary has a million strings, and a table of
    /// optional strings cost 50 million instructions to fill and free.
    private var decodedSlots: [Int32] = []
    /// The strings decoded so far, in the order they were first read.
    private var decodedStrings: [String] = []
    /// The index of the next word.
    package private(set) var position = 0
    /// Whether ``string()``, ``optionalString()`` and ``strings()`` give what they read;
    /// when not, they check it and give `""`, `""` and `[]`.
    package var materializes = true

    /// Checks the header of `bytes` and the bounds of its string table.
    ///
    /// - Throws: ``Error`` when the magic (with its format version) is not `magic`, the
    ///   length or checksum does not match, or the string table is out of bounds.
    package init(_ bytes: UnsafeRawBufferPointer, magic: [UInt8]) throws(Error) {
        guard bytes.count >= 24, bytes.prefix(8).elementsEqual(magic) else {
            throw Error("not an image of this format")
        }
        let length = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let checksum = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
        guard length == UInt64(bytes.count - 24), length % 4 == 0 else { throw Error("truncated or too long") }
        let payload = UnsafeRawBufferPointer(rebasing: bytes[24...])
        var hash = FastHash()
        hash.combine(payload)
        guard hash.value == checksum else { throw Error("checksum mismatch") }
        func word(_ index: Int) -> Int {
            Int(UInt32(littleEndian: payload.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self)))
        }
        let total = payload.count / 4
        guard total >= 2 else { throw Error("truncated string table") }
        let count = word(0)
        guard count <= total - 2 else { throw Error("string count out of bounds") }
        let start = 4 * (count + 2)
        let size = word(count + 1)
        guard word(1) == 0, size <= payload.count - start else { throw Error("string bytes out of bounds") }
        var previous = 0
        for index in 0..<count {
            let end = word(index + 2)
            guard end >= previous, end <= size else { throw Error("string offsets out of order") }
            previous = end
        }
        let wordsStart = start + (size + 3) / 4 * 4
        guard wordsStart <= payload.count else { throw Error("words out of bounds") }
        let layout = Layout(
            stringCount: count, offsetsStart: 24 + 4, stringsStart: 24 + start, wordsStart: 24 + wordsStart,
            wordCount: (payload.count - wordsStart) / 4)
        self.init(image: bytes, layout: layout)
        remembersStrings = true
    }

    /// A reader of `image`, which a reader made with ``init(_:magic:)`` checked and whose
    /// ``layout`` it gave: to read again, from a position that reader reached
    /// (``seek(to:)``), a part it checked. Each string is decoded when read, not kept.
    package init(image: UnsafeRawBufferPointer, layout: Layout) {
        self.image = image
        self.layout = layout
        self.words = UnsafeRawBufferPointer(
            rebasing: image[layout.wordsStart..<(layout.wordsStart + 4 * layout.wordCount)])
        remembersStrings = false
    }

    /// The string at `index` (below the string count), decoded from the image the first
    /// time this reader reads it.
    private mutating func text(at index: Int) -> String {
        if remembersStrings {
            if decodedSlots.isEmpty { decodedSlots = Array(repeating: 0, count: stringCount) }
            let slot = Int(decodedSlots[index])
            if slot != 0 { return decodedStrings[slot - 1] }
        }
        func offset(_ index: Int) -> Int {
            Int(
                UInt32(
                    littleEndian: image.loadUnaligned(
                        fromByteOffset: layout.offsetsStart + 4 * index, as: UInt32.self)))
        }
        let start = layout.stringsStart + offset(index)
        let text = String(decoding: image[start..<(layout.stringsStart + offset(index + 1))], as: UTF8.self)
        if remembersStrings {
            decodedStrings.append(text)
            decodedSlots[index] = Int32(decodedStrings.count)
        }
        return text
    }

    /// Goes to the word at `position` (at most the number of words).
    ///
    /// - Throws: ``Error`` when `position` is past the end.
    package mutating func seek(to position: Int) throws(Error) {
        guard position >= 0, position <= wordCount else { throw Error("position out of bounds") }
        self.position = position
    }

    /// Whether every word has been read.
    package var isAtEnd: Bool { position == wordCount }

    /// The next number.
    @inline(__always)
    package mutating func number() throws(Error) -> Int {
        guard position < wordCount else { throw Error("truncated") }
        let value = UInt32(littleEndian: words.loadUnaligned(fromByteOffset: 4 * position, as: UInt32.self))
        position += 1
        return Int(value)
    }

    /// The next number, which must be below `limit`.
    @inline(__always)
    package mutating func number(below limit: Int) throws(Error) -> Int {
        let value = try number()
        guard value < limit else { throw Error("number out of range") }
        return value
    }

    /// A count of things that take at least one word each: never more than the words left.
    @inline(__always)
    package mutating func count() throws(Error) -> Int {
        let value = try number()
        guard value <= wordCount - position else { throw Error("count out of bounds") }
        return value
    }

    /// Flags as ``BinaryImageWriter/append(flags:)`` wrote them: `flags(n)` is the `n`th.
    package struct Flags {
        let value: Int

        /// Whether flag `bit` (from 0) is set.
        package func callAsFunction(_ bit: Int) -> Bool { value & (1 << bit) != 0 }
    }

    /// The next flags (a value, where a closure would be allocated for each record).
    package mutating func flags() throws(Error) -> Flags {
        Flags(value: try number())
    }

    /// The next string.
    package mutating func string() throws(Error) -> String {
        let index = try number(below: stringCount)
        return materializes ? text(at: index) : ""
    }

    /// The next strings, as their indices in the string table: equal strings have equal
    /// indices (``BinaryImageWriter`` keeps one copy of each).
    package mutating func stringIndices() throws(Error) -> [Int] {
        let count = try count()
        guard count > 0 else { return [] }
        var result: [Int] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try number(below: stringCount)) }
        return result
    }

    /// The string at `index` of the string table (as ``stringIndices()`` gives them).
    package mutating func string(atIndex index: Int) -> String {
        materializes ? text(at: index) : ""
    }

    /// The next optional string.
    package mutating func optionalString() throws(Error) -> String? {
        switch try number() {
        case 0: return nil
        case 1: return try string()
        default: throw Error("bad optional")
        }
    }

    /// The next strings (no allocation when there are none, as for most of an entry's
    /// lists).
    package mutating func strings() throws(Error) -> [String] {
        let count = try count()
        guard count > 0 else { return [] }
        guard materializes else {
            for _ in 0..<count { _ = try number(below: stringCount) }
            return []
        }
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try string()) }
        return result
    }

    /// Reads past the next strings, checking their indices, without building any.
    @inline(__always)
    package mutating func skipStrings() throws(Error) {
        for _ in 0..<(try count()) { _ = try number(below: stringCount) }
    }

    /// The next 32-bit integers, as ``BinaryImageWriter/append(int32s:)`` wrote them,
    /// copied in one go.
    package mutating func int32s() throws(Error) -> [Int32] {
        let count = try count()
        return copyWords(count) { Int32(bitPattern: $0) }
    }

    /// The next 64-bit integers, as ``BinaryImageWriter/append(uint64s:)`` wrote them.
    package mutating func uint64s() throws(Error) -> [UInt64] {
        let count = try number()
        guard count <= (wordCount - position) / 2 else { throw Error("count out of bounds") }
        let start = 4 * position
        position += 2 * count
        return [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                buffer[index] = UInt64(
                    littleEndian: words.loadUnaligned(fromByteOffset: start + 8 * index, as: UInt64.self))
            }
            initialized = count
        }
    }

    /// The next bytes, as ``BinaryImageWriter/append(bytes:)`` wrote them.
    package mutating func bytes() throws(Error) -> [UInt8] {
        let count = try number()
        let wordsUsed = (count + 3) / 4
        guard wordsUsed <= wordCount - position else { throw Error("count out of bounds") }
        let start = 4 * position
        position += wordsUsed
        if count % 4 != 0 {
            let last = UInt32(
                littleEndian: words.loadUnaligned(fromByteOffset: start + 4 * wordsUsed - 4, as: UInt32.self))
            guard last >> (8 * (count % 4)) == 0 else { throw Error("bad padding") }
        }
        return Array(UnsafeRawBufferPointer(rebasing: words[start..<start + count]))
    }

    /// `count` words from the current position mapped by `transform`, in one pass.
    private mutating func copyWords<T>(_ count: Int, _ transform: (UInt32) -> T) -> [T] {
        let start = 4 * position
        position += count
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                buffer[index] = transform(
                    UInt32(littleEndian: words.loadUnaligned(fromByteOffset: start + 4 * index, as: UInt32.self)))
            }
            initialized = count
        }
    }

    /// The next string as a value of `T`, remembered in `memo` by the string's index:
    /// `init(rawValue:)` compares the string with each case in turn, and the 100,000
    /// entries of a large glossary name the same few categories and severities.
    /// `memo` starts empty and is sized for the image's strings on first use.
    package mutating func value<T: RawRepresentable<String>>(_: T.Type, memo: inout [T?]) throws(Error) -> T {
        let index = try number(below: stringCount)
        if memo.count != stringCount { memo = Array(repeating: nil, count: stringCount) }
        if let known = memo[index] { return known }
        guard let value = T(rawValue: text(at: index)) else { throw Error("unknown \(T.self)") }
        memo[index] = value
        return value
    }

    /// The next string, as a value of `T`.
    package mutating func value<T: RawRepresentable<String>>(_: T.Type) throws(Error) -> T {
        let index = try number(below: stringCount)
        guard let value = T(rawValue: text(at: index)) else { throw Error("unknown \(T.self)") }
        return value
    }
}
