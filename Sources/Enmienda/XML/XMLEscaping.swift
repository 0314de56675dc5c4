/// Escapes text for XML 1.0 documents that Enmienda writes.
enum XMLEscaping {
    /// `text` escaped for element content (`&`, `<`, `>`, and `\r` so that it survives
    /// line-end normalization). Characters XML 1.0 cannot carry at all (most C0 controls,
    /// U+FFFE, U+FFFF) become U+FFFD.
    static func content(_ text: String) -> String {
        escape(text, attribute: false)
    }

    /// `text` escaped for element content, with the bytes `marked` (UTF-8 offsets) wrapped
    /// in the markup `open` … `close` (an example's wrong words, for instance).
    static func content(_ text: String, marking marked: Range<Int>?, open: String, close: String) -> String {
        guard let marked else { return content(text) }
        let bytes = Array(text.utf8)
        func piece(_ range: Range<Int>) -> String { content(String(decoding: bytes[range], as: UTF8.self)) }
        return piece(0..<marked.lowerBound) + open + piece(marked) + close + piece(marked.upperBound..<bytes.count)
    }

    /// `text` escaped for a double-quoted attribute value; tabs and line breaks are
    /// written as character references so that parsers do not turn them into spaces.
    static func attribute(_ text: String) -> String {
        escape(text, attribute: true)
    }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "\r": output += "&#13;"
            case "\n" where attribute: output += "&#10;"
            case "\t" where attribute: output += "&#9;"
            case "\n", "\t": output.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
