/// A JSON value, and its pretty-printed UTF-8 with keys in sorted order.
///
/// Reports are written with this instead of `JSONEncoder`, which costs tens of
/// microseconds per object: a report of a large archive holds hundreds of thousands.
enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case array([JSONValue])
    /// Members; written in key order whatever the order given.
    case object([(String, JSONValue)])

    /// The pretty-printed text (two-space indentation, sorted keys, `/` not escaped); long
    /// arrays are written `concurrency` slices at a time (the text is the same).
    func text(concurrency: Int = 1) -> String {
        var bytes: [UInt8] = []
        write(into: &bytes, indent: 0, concurrency: concurrency)
        return String(decoding: bytes, as: UTF8.self)
    }

    func write(into bytes: inout [UInt8], indent: Int, concurrency: Int = 1) {
        switch self {
        case .string(let string): Self.write(string, into: &bytes)
        case .int(let value): Self.write(value, into: &bytes)
        case .double(let value):
            if value == value.rounded() && abs(value) < 1e15 {
                Self.write(Int(value), into: &bytes)
            } else {
                bytes.append(contentsOf: String(value).utf8)
            }
        case .bool(let value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .array(let elements):
            guard !elements.isEmpty else {
                bytes.append(contentsOf: "[]".utf8)
                return
            }
            bytes.append(contentsOf: "[\n".utf8)
            if concurrency > 1 && elements.count >= Self.parallelElements {
                // The matches of a dense report: written a slice per core, joined in order.
                let slices = stride(from: 0, to: elements.count, by: Self.parallelElements / 4).map {
                    $0..<min(elements.count, $0 + Self.parallelElements / 4)
                }
                let pieces = slices.parallelMap(concurrency: concurrency) { slice in
                    var piece: [UInt8] = []
                    Self.write(elements[slice], last: elements.count - 1, into: &piece, indent: indent)
                    return piece
                }
                for piece in pieces { bytes.append(contentsOf: piece) }
            } else {
                Self.write(
                    elements[...], last: elements.count - 1, into: &bytes, indent: indent, concurrency: concurrency)
            }
            bytes.append(contentsOf: repeatElement(0x20, count: indent))
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                bytes.append(contentsOf: "{}".utf8)
                return
            }
            bytes.append(contentsOf: "{\n".utf8)
            // Keys are ASCII, for which byte order is String order; most objects are built
            // in key order already, and checking that is cheaper than sorting.
            let inOrder = zip(members, members.dropFirst()).allSatisfy { Self.precedes($0.0, $1.0) }
            let sorted = inOrder ? members : members.sorted { Self.precedes($0.0, $1.0) }
            for (index, (key, value)) in sorted.enumerated() {
                bytes.append(contentsOf: repeatElement(0x20, count: indent + 2))
                Self.write(key, into: &bytes)
                bytes.append(contentsOf: " : ".utf8)
                value.write(into: &bytes, indent: indent + 2, concurrency: concurrency)
                bytes.append(contentsOf: (index + 1 < sorted.count ? ",\n" : "\n").utf8)
            }
            bytes.append(contentsOf: repeatElement(0x20, count: indent))
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Arrays at least this long are written on every core.
    private static let parallelElements = 4096

    /// The lines of `elements` (of an array whose last index is `last`) at `indent`.
    private static func write(
        _ elements: ArraySlice<JSONValue>, last: Int, into bytes: inout [UInt8], indent: Int, concurrency: Int = 1
    ) {
        for index in elements.indices {
            bytes.append(contentsOf: repeatElement(0x20, count: indent + 2))
            elements[index].write(into: &bytes, indent: indent + 2, concurrency: concurrency)
            bytes.append(contentsOf: (index < last ? ",\n" : "\n").utf8)
        }
    }

    /// Whether `a` sorts before `b` by UTF-8 bytes (String order for ASCII keys).
    private static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Decimal digits without making a `String`.
    private static func write(_ value: Int, into bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// The string quoted, escaped where JSON requires; runs that need no escape are copied whole.
    private static func write(_ string: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
                case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
                case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
                case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
                case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
                default:
                    bytes.append(contentsOf: "\\u00".utf8)
                    bytes += [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                }
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
