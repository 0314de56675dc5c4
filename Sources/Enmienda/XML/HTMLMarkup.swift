/// The bytes of an HTML page split as libxml2's HTML parser splits them: tags, text,
/// character references, and the bytes that are neither (comments, document types,
/// processing instructions, the content of `<script>` and `<style>`), for ``HTMLReader``.
///
/// Nothing is checked and nothing fails: whatever the bytes, the tokens cover them in
/// order, each found in time linear in its length. The rules are those of libxml2's
/// forgiving parser: blanks before the content are dropped; a tag starts with `<` and an
/// ASCII letter (any other `<` is text); attribute values may be unquoted; a comment ends
/// at `-->` or `--!>`; a named reference is decoded only when it ends with `;` and names
/// one of HTML's characters (any other `&` is text); a numeric one needs no `;`, and
/// stands for nothing when it names no XML character (`&#0;`). The reader checks what it
/// makes of the tokens against libxml2's own reading (``HTMLText``).
struct HTMLMarkup: IteratorProtocol, Sequence {
    /// A start tag.
    struct StartTag: Hashable {
        /// The element's name, in lower case.
        var name: String
        /// The tag's bytes, `<` to `>`.
        var range: Range<Int>
        /// Whether the tag ends with `/>` (libxml2 then closes the element at once).
        var selfClosing: Bool
        /// The `id` attribute as written, unless it needs decoding.
        var id: String?
        /// The `translate` attribute as written, in lower case.
        var translate: String?
        /// How many attributes the tag has (libxml2 compares each with those before it).
        var attributes = 0
    }

    /// One piece of the page.
    enum Token: Hashable {
        /// A start tag.
        case start(StartTag)
        /// An end tag (`</p>`, `</p foo>`) and its element's name, in lower case.
        case end(name: String, range: Range<Int>)
        /// Character data, as it is in the file.
        case text(Range<Int>)
        /// A character reference and the UTF-8 of what it stands for (none for one that
        /// names no character).
        case reference(Range<Int>, [UInt8])
        /// Bytes that are no text and no element: a comment, a document type, a processing
        /// instruction, script or style content, a `</` that starts no end tag, a tag the
        /// end of the file cuts off.
        case markup(Range<Int>)

        /// The token's bytes.
        var range: Range<Int> {
            switch self {
            case .start(let tag): tag.range
            case .end(_, let range), .text(let range), .reference(let range, _), .markup(let range): range
            }
        }
    }

    /// libxml2's longest element or attribute name; the rest of a longer one is read as
    /// another attribute.
    static let maximumNameLength = 100

    let bytes: [UInt8]
    private var index: Int
    /// The `script` or `style` element whose content is being read, as raw text.
    private var rawElement: [UInt8]?
    /// Whether the page's content has started (blanks, comments and processing
    /// instructions before it, and one document type, are the prolog).
    private var inContent = false
    private var sawDocumentType = false
    /// Whether a document type was just read in the content: libxml2 then reads a `<` that
    /// starts no comment, processing instruction or start tag as text, even `</`.
    private var afterDocumentType = false
    private var entities: [[UInt8]: [UInt8]] = [:]

    /// Reads `bytes` from `start` (past a byte-order mark).
    init(_ bytes: [UInt8], from start: Int = 0) {
        self.bytes = bytes
        self.index = start
    }

    mutating func next() -> Token? {
        guard index < bytes.count else { return nil }
        let start = index
        if let raw = rawElement {
            if isEndTag(of: raw, at: index) {
                let token = endTag(at: start)
                if case .end(let name, _) = token, name.utf8.elementsEqual(raw) { rawElement = nil }
                return token
            }
            index += 1
            while index < bytes.count && !isEndTag(of: raw, at: index) { index += 1 }
            return .markup(start..<index)
        }
        if !inContent, let token = prolog(at: start) { return token }
        inContent = true
        if afterDocumentType {
            afterDocumentType = false
            let next = start + 1 < bytes.count ? bytes[start + 1] : 0
            if bytes[start] == UInt8(ascii: "<") && !Self.isLetter(next) && next != UInt8(ascii: "?")
                && !has("<!--", at: start)
            {
                index = start + 1
                return .text(start..<index)
            }
        }
        switch bytes[index] {
        case UInt8(ascii: "<"): return markup(at: start)
        case UInt8(ascii: "&"): return reference(at: start)
        default:
            while index < bytes.count && bytes[index] != UInt8(ascii: "<") && bytes[index] != UInt8(ascii: "&") {
                index += 1
            }
            return .text(start..<index)
        }
    }

    // MARK: - Markup

    /// What libxml2 skips before the content: blanks, comments, processing instructions
    /// and a document type; `nil` where the content starts.
    private mutating func prolog(at start: Int) -> Token? {
        if Self.isBlank(bytes[start]) {
            skipBlanks()
            return .markup(start..<index)
        }
        guard
            has("<!--", at: start) || has("<?", at: start)
                || (!sawDocumentType && has("<!doctype", at: start, caseInsensitive: true))
        else { return nil }
        let token = markup(at: start)
        if afterDocumentType {
            afterDocumentType = false
            sawDocumentType = true
        }
        return token
    }

    private mutating func markup(at start: Int) -> Token {
        let next = start + 1 < bytes.count ? bytes[start + 1] : 0
        if Self.isLetter(next) { return startTag(at: start) }
        if next == UInt8(ascii: "/") { return endTag(at: start) }
        if next == UInt8(ascii: "!") {
            if has("<!--", at: start) {
                index = commentEnd(from: start + 4)
                return .markup(start..<index)
            }
            if has("<!doctype", at: start, caseInsensitive: true) {
                index = offset(after: UInt8(ascii: ">"), from: start + 9)
                afterDocumentType = true
                return .markup(start..<index)
            }
        }
        if next == UInt8(ascii: "?") {
            // A processing instruction runs to the first `>`; a `<?` that starts none is dropped.
            let target = start + 2 < bytes.count ? bytes[start + 2] : 0
            let isTarget = Self.isLetter(target) || target == UInt8(ascii: "_") || target == UInt8(ascii: ":")
            index = isTarget || target >= 0x80 ? offset(after: UInt8(ascii: ">"), from: start + 2) : start + 2
            return .markup(start..<index)
        }
        index = start + 1
        return .text(start..<index)
    }

    /// The offset past the `-->` or `--!>` that ends a comment whose text starts at `from`.
    private func commentEnd(from: Int) -> Int {
        var cursor = from
        while cursor + 2 < bytes.count {
            if bytes[cursor] == UInt8(ascii: "-") && bytes[cursor + 1] == UInt8(ascii: "-") {
                if bytes[cursor + 2] == UInt8(ascii: ">") { return cursor + 3 }
                if bytes[cursor + 2] == UInt8(ascii: "!") && cursor + 3 < bytes.count
                    && bytes[cursor + 3] == UInt8(ascii: ">")
                {
                    return cursor + 4
                }
            }
            cursor += 1
        }
        return bytes.count
    }

    private mutating func startTag(at start: Int) -> Token {
        index = start + 1
        let name = readName()
        var id: String?
        var translate: String?
        var attributes = 0
        while true {
            skipBlanks()
            guard index < bytes.count else { return .markup(start..<index) }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") || (byte == UInt8(ascii: "/") && has("/>", at: index)) {
                let selfClosing = byte == UInt8(ascii: "/")
                index += selfClosing ? 2 : 1
                let tag = StartTag(
                    name: name, range: start..<index, selfClosing: selfClosing, id: id, translate: translate,
                    attributes: attributes)
                if !selfClosing && (name == "script" || name == "style") { rawElement = Array(name.utf8) }
                return .start(tag)
            }
            guard Self.isNameStart(byte) else {
                // Anything else is skipped up to a blank or the end of the tag.
                while index < bytes.count && !Self.isBlank(bytes[index]) && bytes[index] != UInt8(ascii: ">")
                    && !has("/>", at: index)
                {
                    index += 1
                }
                continue
            }
            let attribute = readName()
            attributes += 1
            skipBlanks()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            skipBlanks()
            guard let value = readValue() else { return .markup(start..<index) }
            if attribute == "id" && id == nil {
                id = bytes[value].contains(UInt8(ascii: "&")) ? "" : String(decoding: bytes[value], as: UTF8.self)
            } else if attribute == "translate" && translate == nil {
                translate = String(decoding: bytes[value], as: UTF8.self).lowercased()
            }
        }
    }

    /// A quoted or unquoted attribute value's bytes, or `nil` if its quote is never closed.
    private mutating func readValue() -> Range<Int>? {
        guard index < bytes.count else { return index..<index }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            guard let close = bytes[(index + 1)...].firstIndex(of: quote) else {
                index = bytes.count
                return nil
            }
            defer { index = close + 1 }
            return (index + 1)..<close
        }
        let start = index
        while index < bytes.count && !Self.isBlank(bytes[index]) && bytes[index] != UInt8(ascii: ">") { index += 1 }
        return start..<index
    }

    private mutating func endTag(at start: Int) -> Token {
        index = start + 2
        guard index < bytes.count, Self.isNameStart(bytes[index]) else { return .markup(start..<index) }
        let name = readName()
        index = offset(after: UInt8(ascii: ">"), from: index)
        return .end(name: name, range: start..<index)
    }

    /// Whether `</` and the name `raw` (in any case) are at `offset`.
    private func isEndTag(of raw: [UInt8], at offset: Int) -> Bool {
        guard offset + 2 + raw.count <= bytes.count, bytes[offset] == UInt8(ascii: "<"),
            bytes[offset + 1] == UInt8(ascii: "/")
        else { return false }
        return zip(bytes[(offset + 2)...], raw).allSatisfy { Self.lowercased($0) == $1 }
    }

    /// An element or attribute name at the cursor (first byte already known to start
    /// one), in lower case.
    private mutating func readName() -> String {
        let start = index
        while index < bytes.count && index - start < Self.maximumNameLength && Self.isNameByte(bytes[index]) {
            index += 1
        }
        return String(decoding: bytes[start..<index].map(Self.lowercased), as: UTF8.self)
    }

    private mutating func skipBlanks() {
        while index < bytes.count && Self.isBlank(bytes[index]) { index += 1 }
    }

    // MARK: - References

    private mutating func reference(at start: Int) -> Token {
        if has("&#", at: start) {
            index = start + 2
            let hexadecimal = index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "x")
            if hexadecimal { index += 1 }
            var value: UInt32 = 0
            while index < bytes.count, let digit = Self.digit(bytes[index], hexadecimal: hexadecimal) {
                if value < 0x11_0000 { value = value * (hexadecimal ? 16 : 10) + digit }
                index += 1
            }
            if index < bytes.count && bytes[index] == UInt8(ascii: ";") { index += 1 }
            let character = Self.isXMLCharacter(value) ? Unicode.Scalar(value).map { Array(String($0).utf8) } : nil
            return .reference(start..<index, character ?? [])
        }
        var end = start + 1
        if end < bytes.count && Self.isNameStart(bytes[end]) && bytes[end] != UInt8(ascii: ".") {
            while end < bytes.count && Self.isNameByte(bytes[end]) { end += 1 }
            if end < bytes.count && bytes[end] == UInt8(ascii: ";"),
                let character = character(named: Array(bytes[(start + 1)..<end]))
            {
                index = end + 1
                return .reference(start..<index, character)
            }
        }
        // Not a reference: the `&` is text, and so is what follows it.
        index = start + 1
        return .text(start..<index)
    }

    private mutating func character(named name: [UInt8]) -> [UInt8]? {
        if let known = entities[name] { return known.isEmpty ? nil : known }
        let character = HTMLText.character(named: name).map { Array(String($0).utf8) }
        entities[name] = character ?? []
        return character
    }

    // MARK: - Bytes

    private func has(_ prefix: String, at offset: Int, caseInsensitive: Bool = false) -> Bool {
        let prefix = prefix.utf8
        guard offset + prefix.count <= bytes.count else { return false }
        return zip(bytes[offset...], prefix).allSatisfy { (caseInsensitive ? Self.lowercased($0) : $0) == $1 }
    }

    /// The offset just past the first `byte` at or after `from`, or the end.
    private func offset(after byte: UInt8, from: Int) -> Int {
        guard from < bytes.count else { return bytes.count }
        return bytes[from...].firstIndex(of: byte).map { $0 + 1 } ?? bytes.count
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// Whether `byte` may start a name: a letter, `_`, `:` or `.`.
    private static func isNameStart(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    private static func digit(_ byte: UInt8, hexadecimal: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hexadecimal: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hexadecimal: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// Whether `value` is a character XML (and libxml2) allows.
    private static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x1_0000...0x10_FFFF: return true
        default: return false
        }
    }
}
