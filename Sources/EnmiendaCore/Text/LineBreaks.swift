/// Line breaks in UTF-8 text, as editors and the Unicode line-breaking rules (UAX #14,
/// mandatory breaks) count them.
///
/// A line break is `\n`, `\r\n` (one break), a lone `\r`, a vertical tab, a form feed,
/// NEL (U+0085), LINE SEPARATOR (U+2028) or PARAGRAPH SEPARATOR (U+2029). Two breaks
/// in one run of whitespace make a blank line, which ends a paragraph; so does U+2029
/// alone.
enum LineBreaks {
    /// The number of line breaks in `bytes[range]`, and whether they end a paragraph
    /// (a blank line, or a paragraph separator).
    ///
    /// - Complexity: O(n) in the length of the range, in bytes.
    static func count(in bytes: [UInt8], _ range: Range<Int>) -> (breaks: Int, endsParagraph: Bool) {
        var breaks = 0
        var paragraph = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case 0x0A, 0x0B, 0x0C:
                breaks += 1
            case 0x0D:
                breaks += 1
                if index + 1 < range.upperBound, bytes[index + 1] == 0x0A { index += 1 }
            case 0xC2 where index + 1 < range.upperBound && bytes[index + 1] == 0x85:
                breaks += 1
                index += 1
            case 0xE2 where index + 2 < range.upperBound && bytes[index + 1] == 0x80:
                if bytes[index + 2] == 0xA8 {
                    breaks += 1
                    index += 2
                } else if bytes[index + 2] == 0xA9 {
                    breaks += 1
                    paragraph = true
                    index += 2
                }
            default:
                break
            }
            index += 1
        }
        return (breaks, paragraph || breaks >= 2)
    }

    /// Whether `bytes[range]` holds at least one line break.
    static func contains(in bytes: [UInt8], _ range: Range<Int>) -> Bool {
        count(in: bytes, range).breaks > 0
    }
}
