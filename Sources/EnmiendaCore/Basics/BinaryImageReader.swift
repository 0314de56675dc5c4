/// Reads an image that ``BinaryImageWriter`` made, checking its magic, length and
/// checksum first and every index and count as it goes: a truncated, damaged or forged
/// image gives an ``Error``, never a read out of bounds.
///
/// Strings are copied out when the reader is made; words are read from `bytes`, which
/// must outlive the reader (read an image in one go, while its file is mapped).
package struct BinaryImageReader {
    /// Why an image cannot be read.
    package struct Error: Swift.Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong, in a few words.
        package var description: String

        package init(_ description: String) {
            self.description = description
        }
    }

    /// The words, 4-byte aligned in the payload.
    private let words: UnsafeRawBufferPointer
    private let wordCount: Int
    private let table: [String]
    private var position = 0

    /// Checks the header of `bytes` and reads its string table.
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
        var strings: [String] = []
        strings.reserveCapacity(count)
        var previous = 0
        for index in 0..<count {
            let end = word(index + 2)
            guard end >= previous, end <= size else { throw Error("string offsets out of order") }
            strings.append(String(decoding: payload[(start + previous)..<(start + end)], as: UTF8.self))
            previous = end
        }
        let wordsStart = start + (size + 3) / 4 * 4
        guard wordsStart <= payload.count else { throw Error("words out of bounds") }
        self.table = strings
        self.words = UnsafeRawBufferPointer(rebasing: payload[wordsStart...])
        self.wordCount = words.count / 4
    }

    /// Whether every word has been read.
    package var isAtEnd: Bool { position == wordCount }

    /// The next number.
    package mutating func number() throws(Error) -> Int {
        guard position < wordCount else { throw Error("truncated") }
        defer { position += 1 }
        return Int(UInt32(littleEndian: words.loadUnaligned(fromByteOffset: 4 * position, as: UInt32.self)))
    }

    /// The next number, which must be below `limit`.
    package mutating func number(below limit: Int) throws(Error) -> Int {
        let value = try number()
        guard value < limit else { throw Error("number out of range") }
        return value
    }

    /// A count of things that take at least one word each: never more than the words left.
    package mutating func count() throws(Error) -> Int {
        let value = try number()
        guard value <= wordCount - position else { throw Error("count out of bounds") }
        return value
    }

    /// The next flags, as ``BinaryImageWriter/append(flags:)`` wrote them.
    package mutating func flags() throws(Error) -> (Int) -> Bool {
        let value = try number()
        return { value & (1 << $0) != 0 }
    }

    /// The next string.
    package mutating func string() throws(Error) -> String {
        table[try number(below: table.count)]
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
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try string()) }
        return result
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
        let index = try number(below: table.count)
        if memo.count != table.count { memo = Array(repeating: nil, count: table.count) }
        if let known = memo[index] { return known }
        guard let value = T(rawValue: table[index]) else { throw Error("unknown \(T.self)") }
        memo[index] = value
        return value
    }

    /// The next string, as a value of `T`.
    package mutating func value<T: RawRepresentable<String>>(_: T.Type) throws(Error) -> T {
        guard let value = T(rawValue: try string()) else { throw Error("unknown \(T.self)") }
        return value
    }
}
