/// JSON tokens appended as bytes, the way the JSON reports write them: strings with only
/// what JSON requires escaped (`/` is not), integers in decimal, members as `"key" : `.
extension OutputBuffer {
    /// Appends ASCII text known at compile time, such as punctuation or a key.
    mutating func append(literal text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends `string` quoted and escaped.
    mutating func appendJSON(_ string: String) {
        append(UInt8(ascii: "\""))
        appendJSONEscaped(string)
        append(UInt8(ascii: "\""))
    }

    /// Appends `string` escaped where JSON requires, without quotes; runs that need no
    /// escape are copied whole, found eight bytes at a time.
    mutating func appendJSONEscaped(_ string: String) {
        var string = string
        string.withUTF8 { appendJSONEscaped($0) }
    }

    /// Appends the UTF-8 `text` escaped where JSON requires (`"`, `\\` and the bytes
    /// below 0x20), without quotes.
    mutating func appendJSONEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress else { return }
        let count = text.count
        var runStart = 0
        var index = 0
        while index < count {
            while index + 8 <= count,
                !Self.needsEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            {
                index += 8
            }
            guard index < count else { break }
            let byte = base[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                append(UnsafeBufferPointer(start: base + runStart, count: index - runStart))
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
            index += 1
        }
        append(UnsafeBufferPointer(start: base + runStart, count: count - runStart))
    }

    /// Whether any of the eight bytes of `word` is below 0x20, `"` or `\\` (whole-word
    /// tests: the first is exact for any bound up to 0x80, the others test for a zero
    /// byte after an exclusive or).
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let quotes = (quote &- ones) & ~quote & highs
        let backslashes = (backslash &- ones) & ~backslash & highs
        return below | quotes | backslashes != 0
    }

    /// Appends `value` in decimal, without making a `String`.
    mutating func appendJSON(_ value: Int) {
        appendDecimal(value)
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
