extension String {
    /// The string with leading and trailing whitespace removed and every inner run of
    /// whitespace (spaces, tabs, line breaks) replaced by one space.
    package func collapsingWhitespace() -> String {
        // Most glossary text is already tidy: single ASCII spaces between words.
        let bytes = Array(utf8)
        var previousWasSpace = true
        var tidy = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || Self.isUnicodeSpace(bytes, at: index) {
                tidy = false
                break
            }
            if byte == 0x20 {
                if previousWasSpace {
                    tidy = false
                    break
                }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
            index += 1
        }
        if tidy && !previousWasSpace { return self }
        return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether the UTF-8 sequence at `index` is a non-ASCII space or line separator
    /// (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
    private static func isUnicodeSpace(_ bytes: [UInt8], at index: Int) -> Bool {
        func at(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch bytes[index] {
        case 0xC2: return at(1) == 0x85 || at(1) == 0xA0
        case 0xE1: return at(1) == 0x9A && at(2) == 0x80
        case 0xE2:
            if at(1) == 0x80 { return (0x80...0x8A).contains(at(2)) || [0xA8, 0xA9, 0xAF].contains(at(2)) }
            return at(1) == 0x81 && at(2) == 0x9F
        case 0xE3: return at(1) == 0x80 && at(2) == 0x80
        default: return false
        }
    }
}
