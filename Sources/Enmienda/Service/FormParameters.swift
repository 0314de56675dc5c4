import Foundation

/// The parameters of a request, decoded from `application/x-www-form-urlencoded` bytes
/// (a POST body or a URL's query), as LanguageTool's clients send them.
///
/// `+` stands for a space and `%XX` for a byte; the decoded bytes must be UTF-8. When a
/// name is given twice, the first value counts.
///
/// ```swift
/// let form = try FormParameters(urlEncoded: Array("text=no+talleres&language=es".utf8))
/// form["text"]  // "no talleres"
/// ```
public struct FormParameters: Sendable, Equatable {
    /// The name–value pairs in the order given.
    public private(set) var pairs: [(name: String, value: String)]

    /// Creates parameters from decoded pairs.
    public init(_ pairs: [(name: String, value: String)] = []) {
        self.pairs = pairs
    }

    /// Decodes `application/x-www-form-urlencoded` bytes.
    ///
    /// - Throws: ``ServiceError`` (400) for more than ``maximumCount`` parameters, for a `%` not followed by two hexadecimal digits
    ///   or for bytes that are not UTF-8 once decoded.
    /// - Complexity: O(*n*) in the bytes.
    public init(urlEncoded bytes: some Collection<UInt8>) throws(ServiceError) {
        // Copied once into contiguous bytes and decoded there: a generic walk over another
        // module's collection (a server's buffer) took seconds for 2 MB.
        let contiguous = Array(bytes)
        pairs = try contiguous.withUnsafeBufferPointer { buffer throws(ServiceError) in
            try Self.pairs(of: buffer)
        }
    }

    /// The pairs of `bytes`, fields split at `&` and names at the first `=`.
    private static func pairs(of bytes: UnsafeBufferPointer<UInt8>) throws(ServiceError) -> [(
        name: String, value: String
    )] {
        var pairs: [(name: String, value: String)] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "&") { end += 1 }
            if end > start {
                // A check takes a dozen parameters: thousands are a flood, refused before decoding.
                guard pairs.count < maximumCount else {
                    throw ServiceError(status: 400, "Too many parameters: at most \(maximumCount) are read")
                }
                var equals = start
                while equals < end, bytes[equals] != UInt8(ascii: "=") { equals += 1 }
                let name = try decode(UnsafeBufferPointer(rebasing: bytes[start..<equals]))
                let value = equals < end ? try decode(UnsafeBufferPointer(rebasing: bytes[(equals + 1)..<end])) : ""
                pairs.append((name, value))
            }
            start = end + 1
        }
        return pairs
    }

    /// The most parameters a request may have.
    public static let maximumCount = 1_000

    /// The first value given for `name`, if any.
    public subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// These parameters, then those of `other` whose names these lack (a POST body's
    /// parameters before the query string's).
    public func adding(_ other: FormParameters) -> FormParameters {
        let names = Set(pairs.map(\.name))
        return FormParameters(pairs + other.pairs.filter { !names.contains($0.name) })
    }

    /// Whether two sets of parameters have the same pairs in the same order.
    public static func == (left: FormParameters, right: FormParameters) -> Bool {
        left.pairs.elementsEqual(right.pairs) { $0.name == $1.name && $0.value == $1.value }
    }

    /// One name or value, `+` and `%XX` decoded.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(ServiceError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                decoded.append(0x20)
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, let first = hexValue(bytes[index + 1]),
                    let second = hexValue(bytes[index + 2])
                else {
                    throw ServiceError(status: 400, "Invalid form encoding: '%' must be followed by two hex digits")
                }
                decoded.append(first << 4 | second)
                index += 2
            } else {
                decoded.append(byte)
            }
            index += 1
        }
        guard let string = String(validating: decoded, as: UTF8.self) else {
            throw ServiceError(status: 400, "Invalid form encoding: the parameters are not UTF-8")
        }
        return string
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
