/// A JSON value, and its pretty-printed UTF-8 with keys in sorted order.
///
/// Reports are written with this instead of `JSONEncoder`, which costs tens of
/// microseconds per object: a report of a large archive holds hundreds of thousands.
enum JSONValue {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case array([JSONValue])
    /// Members; written in key order whatever the order given.
    case object([(String, JSONValue)])

    /// The pretty-printed text (two-space indentation, sorted keys, `/` not escaped).
    var text: String {
        var bytes: [UInt8] = []
        write(into: &bytes, indent: 0)
        return String(decoding: bytes, as: UTF8.self)
    }

    func write(into bytes: inout [UInt8], indent: Int) {
        switch self {
        case .string(let string): Self.write(string, into: &bytes)
        case .int(let value): bytes += Array(String(value).utf8)
        case .double(let value):
            bytes += Array((value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)).utf8)
        case .bool(let value): bytes += Array((value ? "true" : "false").utf8)
        case .array(let elements):
            guard !elements.isEmpty else {
                bytes += Array("[]".utf8)
                return
            }
            bytes += Array("[\n".utf8)
            for (index, element) in elements.enumerated() {
                bytes += repeatElement(0x20, count: indent + 2)
                element.write(into: &bytes, indent: indent + 2)
                bytes += Array((index + 1 < elements.count ? ",\n" : "\n").utf8)
            }
            bytes += repeatElement(0x20, count: indent)
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                bytes += Array("{}".utf8)
                return
            }
            bytes += Array("{\n".utf8)
            let sorted = members.sorted { $0.0 < $1.0 }
            for (index, (key, value)) in sorted.enumerated() {
                bytes += repeatElement(0x20, count: indent + 2)
                Self.write(key, into: &bytes)
                bytes += Array(" : ".utf8)
                value.write(into: &bytes, indent: indent + 2)
                bytes += Array((index + 1 < sorted.count ? ",\n" : "\n").utf8)
            }
            bytes += repeatElement(0x20, count: indent)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func write(_ string: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
            case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20:
                bytes += Array("\\u00".utf8)
                bytes += [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
