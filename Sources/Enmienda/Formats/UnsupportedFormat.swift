/// Bilingual and markup files Enmienda cannot check yet (XLIFF, TMX, gettext PO): read as
/// plain text, their markup and English source would be checked and rewritten. Until they
/// are supported, such inputs are refused, told by their extension or by their content.
package enum UnsupportedFormat {
    /// The format's name for each extension that marks one (lowercase, without the dot).
    package static let extensions: [String: String] = [
        "xlf": "XLIFF", "xliff": "XLIFF", "sdlxliff": "XLIFF", "mqxliff": "XLIFF", "tmx": "TMX", "po": "PO",
        "pot": "PO",
    ]

    /// The unsupported format `path`'s extension names, if any.
    package static func name(ofPath path: String) -> String? {
        let file = path.split(separator: "/").last ?? ""
        guard let dot = file.lastIndex(of: "."), dot > file.startIndex else { return nil }
        return extensions[file[file.index(after: dot)...].lowercased()]
    }

    /// The unsupported format `bytes` are in, if any: XML whose root element is `xliff` or
    /// `tmx` (any prefix), or a gettext catalogue (its first line other than a comment or a
    /// blank starts with `msgid` or `msgctxt`).
    package static func name(of bytes: [UInt8]) -> String? {
        if XMLRootName.looksLikeXML(bytes), let root = XMLRootName.of(bytes) {
            switch (root.split(separator: ":").last.map(String.init) ?? root).lowercased() {
            case "xliff": return "XLIFF"
            case "tmx": return "TMX"
            default: return nil
            }
        }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[start..<end].drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if !line.isEmpty && line.first != UInt8(ascii: "#") {
                return line.starts(with: "msgid ".utf8) || line.starts(with: "msgctxt ".utf8) ? "PO" : nil
            }
            start = end + 1
        }
        return nil
    }

    /// The error for an input in `format`, at `path:1:1`.
    package static func error(path: String, format: String) -> InputError {
        InputError(
            SourceLocation(path: path, line: 1, column: 1),
            "\(format) is not supported yet: Enmienda checks plain-text articles, and would rewrite this file's markup and source text; check the target text exported as .txt"
        )
    }
}
