/// JSON tokens appended as bytes, the way the JSON reports write them: strings with only
/// what JSON requires escaped (`/` is not), integers in decimal, members as `"key" : `.
extension OutputBuffer {
    /// Appends ASCII text known at compile time, such as punctuation or a key.
    mutating func append(literal text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends `indent` spaces, then `"key" : ` (`key` is ASCII with nothing to escape).
    mutating func appendJSONKey(_ key: StaticString, indent: Int) {
        appendSpaces(indent)
        append(UInt8(ascii: "\""))
        append(literal: key)
        append(literal: "\" : ")
    }

    /// Appends `string` quoted and escaped.
    mutating func appendJSON(_ string: String) {
        append(UInt8(ascii: "\""))
        appendJSONEscaped(string)
        append(UInt8(ascii: "\""))
    }

    /// Appends `string` escaped where JSON requires, without quotes; runs that need no
    /// escape are copied whole.
    mutating func appendJSONEscaped(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): append(literal: "\\\"")
                case UInt8(ascii: "\\"): append(literal: "\\\\")
                case 0x0A: append(literal: "\\n")
                case 0x0D: append(literal: "\\r")
                case 0x09: append(literal: "\\t")
                default:
                    append(literal: "\\u00")
                    append(Self.hex[Int(byte >> 4)])
                    append(Self.hex[Int(byte & 0x0F)])
                }
                runStart = index + 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }

    /// Appends `value` in decimal, without making a `String`.
    mutating func appendJSON(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
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
            append(UnsafeBufferPointer(rebasing: buffer.assumingMemoryBound(to: UInt8.self)[(20 - count)...]))
        }
    }

    /// Appends `value`: as an integer when it is a whole number below 10¹⁵, else as Swift
    /// writes a `Double`.
    mutating func appendJSON(_ value: Double) {
        if value == value.rounded() && abs(value) < 1e15 {
            appendJSON(Int(value))
        } else {
            append(String(value))
        }
    }

    /// Appends `true` or `false`.
    mutating func appendJSON(_ value: Bool) {
        append(literal: value ? "true" : "false")
    }

    private static let hex = Array("0123456789abcdef".utf8)
}
