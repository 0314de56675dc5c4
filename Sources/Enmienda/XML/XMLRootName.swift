/// The name of an XML document's root element, read from its first start tag: enough to
/// tell formats apart before choosing a parser, without parsing.
enum XMLRootName {
    /// Whether the first character after a byte-order mark and blanks is `<`, in UTF-8,
    /// UTF-16 or UTF-32 (with a byte-order mark or without), or the file opens with an
    /// EBCDIC `<?xml`: XML, for choosing a reader, even when its prolog is too broken to
    /// name the root or its encoding is one Enmienda refuses.
    static func looksLikeXML(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0x4C, 0x6F, 0xA7, 0x94]) { return true }
        var rest = MarkupLimits.narrowed(bytes)[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) {
            rest = rest.dropFirst(3)
        } else if rest.count < bytes.count, rest.first == 0x80 {
            rest = rest.dropFirst()  // a UTF-16 or UTF-32 byte-order mark
        }
        return rest.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "<")
    }

    /// The name of the encoding when the file is XML in one libxml2 is not asked to read:
    /// UTF-32 (told by its byte-order mark or its first character other than a blank being
    /// `<`) or EBCDIC (`<?xml`).
    static func unreadableEncoding(of bytes: [UInt8]) -> String? {
        if let wide = MarkupLimits.wideEncoding(of: bytes), wide.width == 4 {
            return wide.bigEndian ? "UTF-32BE" : "UTF-32LE"
        }
        if bytes.starts(with: [0x4C, 0x6F, 0xA7, 0x94]) { return "EBCDIC" }
        return nil
    }

    /// The qualified name of the first start tag after the prolog (declaration, comments,
    /// processing instructions, document type), or `nil` if there is none; in UTF-8, or in
    /// UTF-16 or UTF-32 when the name is ASCII.
    static func of(_ original: [UInt8]) -> String? {
        let bytes = MarkupLimits.narrowed(original)
        let first =
            bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : (bytes.count < original.count && bytes.first == 0x80 ? 1 : 0)
        guard let index = startTag(in: bytes, from: first) else { return nil }
        var end = index + 1
        while end < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[end]) {
            end += 1
        }
        return end > index + 1 ? String(decoding: bytes[(index + 1)..<end], as: UTF8.self) : nil
    }

    /// The byte offset of the root element's start tag in UTF-8 `bytes`, or `nil`.
    static func offset(of bytes: [UInt8]) -> Int? {
        startTag(in: bytes, from: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
    }

    /// The offset of the `<` of the first start tag after the prolog (declaration,
    /// comments, processing instructions, document type) of UTF-8 `bytes`, from `start`
    /// (past a byte-order mark), or `nil` if there is none.
    static func startTag(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        func skip(past terminator: String) { index = bytes.offset(past: terminator, from: index) }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
            } else if bytes.hasMarkup("<?", at: index) {
                skip(past: "?>")
            } else if bytes.hasMarkup("<!--", at: index) {
                skip(past: "-->")
            } else if bytes.hasMarkup("<!", at: index) {
                // A document type, past its internal subset if it has one.
                while index < bytes.count, bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "[") {
                    index += 1
                }
                if index < bytes.count, bytes[index] == UInt8(ascii: "[") { skip(past: "]") }
                skip(past: ">")
            } else {
                return byte == UInt8(ascii: "<") ? index : nil
            }
        }
        return nil
    }
}
