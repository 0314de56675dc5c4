/// The name of an XML document's root element, read from its first start tag: enough to
/// tell formats apart before choosing a parser, without parsing.
enum XMLRootName {
    /// Whether the first byte after a byte-order mark and blanks is `<`: XML, for choosing a
    /// reader, even when its prolog is too broken to name the root.
    static func looksLikeXML(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        return rest.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "<")
    }

    /// The qualified name of the first start tag after the prolog (declaration, comments,
    /// processing instructions, document type), or `nil` if there is none in UTF-8.
    static func of(_ bytes: [UInt8]) -> String? {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
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
            } else if byte == UInt8(ascii: "<") {
                var end = index + 1
                while end < bytes.count,
                    ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[end])
                {
                    end += 1
                }
                return end > index + 1 ? String(decoding: bytes[(index + 1)..<end], as: UTF8.self) : nil
            } else {
                return nil
            }
        }
        return nil
    }
}
