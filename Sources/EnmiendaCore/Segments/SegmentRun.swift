/// One stretch of a segment's text and the file bytes it comes from.
///
/// A segment's text is what Enmienda checks: a bilingual file's target with its markup
/// left out and its escapes decoded. Runs tie every byte of that text to the file, so
/// that findings are reported at file offsets and corrections are spliced into the
/// original bytes.
public struct SegmentRun: Hashable, Sendable {
    /// How the run's text is written in the file.
    public enum Kind: Hashable, Sendable {
        /// The same bytes in the text and in the file; corrections are written with the
        /// segment's ``SegmentEscaping``.
        case text
        /// The same bytes in the text and in the file, written back as they are (a CDATA
        /// section, or a plain-text file).
        case literal
        /// An escape that stands for the run's text (`&amp;` for `&`, `\n` in a PO
        /// string): it is replaced or kept whole.
        case reference
    }

    /// Where the run starts in the segment's text, in UTF-8 bytes.
    public var textOffset: Int
    /// The run's length in the segment's text, in UTF-8 bytes.
    public var textLength: Int
    /// The run's bytes in the file (UTF-8 byte offsets).
    public var fileRange: Range<Int>
    /// How the file writes it.
    public var kind: Kind

    /// Creates a run.
    ///
    /// - Precondition: `.text` and `.literal` runs are as long in the text as in the file.
    public init(textOffset: Int, textLength: Int, fileRange: Range<Int>, kind: Kind) {
        precondition(kind == .reference || textLength == fileRange.count, "a verbatim run has the same length twice")
        self.textOffset = textOffset
        self.textLength = textLength
        self.fileRange = fileRange
        self.kind = kind
    }

    /// The run's bytes in the segment's text.
    public var textRange: Range<Int> { textOffset..<textOffset + textLength }
}

/// How corrected text is written into a file format's text runs.
public enum SegmentEscaping: Hashable, Sendable {
    /// As it is (plain text, subtitles).
    case none
    /// XML character data: `&`, `<` and `>` as `&amp;`, `&lt;` and `&gt;`, line feed and
    /// carriage return as `&#10;` and `&#xD;`.
    case xml
    /// A C string literal as gettext PO files write one: `\`, `"`, line feed and tab
    /// as `\\`, `\"`, `\n` and `\t`.
    case cString

    /// `text` escaped for this format.
    public func escape(_ text: String) -> String {
        switch self {
        case .none:
            return text
        case .xml:
            var result = ""
            for character in text.unicodeScalars {
                switch character {
                case "&": result += "&amp;"
                case "<": result += "&lt;"
                case ">": result += "&gt;"
                // A line break written as such would be laid out (or normalized) as the
                // file's own; only a replacement that keeps an escaped one has any.
                case "\n": result += "&#10;"
                case "\r": result += "&#xD;"
                default: result.unicodeScalars.append(character)
                }
            }
            return result
        case .cString:
            var result = ""
            for character in text.unicodeScalars {
                switch character {
                case "\\": result += "\\\\"
                case "\"": result += "\\\""
                case "\n": result += "\\n"
                case "\t": result += "\\t"
                case "\r": result += "\\r"
                default: result.unicodeScalars.append(character)
                }
            }
            return result
        }
    }
}
