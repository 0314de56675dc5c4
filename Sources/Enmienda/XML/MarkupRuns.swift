/// The text of one element of a UTF-8 XML file, located in its bytes: what a bilingual
/// reader checks and corrects in place.
///
/// libxml2 parses and checks the file and gives each element's start offset; this scanner
/// then walks the element's bytes to tie each piece of its text to the file: character
/// data as ``SegmentRun/Kind/text`` runs, CDATA sections as literal runs, character and
/// predefined entity references as reference runs. Child elements are transparent
/// (their text is part of the segment, their tags are kept), except those marked not to be
/// translated (`mtype="protected"`, `translate="no"`) and `opaque` ones (inline
/// codes such as XLIFF's `<ph>`), whose content is native markup, not text. Comments and
/// processing instructions are skipped. The reader compares the text with libxml2's
/// (``ParsedElement/text(excluding:)``) before trusting the runs.
struct MarkupRuns {
    /// The element's text, entity references decoded.
    var text: [UInt8] = []
    /// Where each piece of ``text`` is in the file.
    var runs: [SegmentRun] = []

    /// Scans the element whose start tag begins at `offset`, or returns `nil` if its
    /// bytes are not the well-formed XML libxml2 accepted (which the caller then reports).
    init?(_ bytes: [UInt8], elementAt offset: Int, opaque: Set<String>) {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "<") else { return nil }
        guard let (_, afterStart, empty) = Self.tag(in: bytes, at: offset) else { return nil }
        if empty { return }
        var index = afterStart
        var depth = 0
        var opaqueDepth = 0
        var textStart: Int?
        func flushText(upTo end: Int) {
            if let start = textStart, start < end, opaqueDepth == 0 {
                append(bytes[start..<end], fileRange: start..<end, kind: .text)
            }
            textStart = nil
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                flushText(upTo: index)
                if bytes.hasMarkup("<!--", at: index) {
                    index = bytes.offset(past: "-->", from: index + 4)
                } else if bytes.hasMarkup("<?", at: index) {
                    index = bytes.offset(past: "?>", from: index + 2)
                } else if bytes.hasMarkup("<![CDATA[", at: index) {
                    let contentStart = index + 9
                    let end = bytes.offset(past: "]]>", from: contentStart)
                    guard end <= bytes.count, end - 3 >= contentStart else { return nil }
                    if opaqueDepth == 0, end - 3 > contentStart {
                        append(bytes[contentStart..<end - 3], fileRange: contentStart..<end - 3, kind: .literal)
                    }
                    index = end
                } else if bytes.hasMarkup("</", at: index) {
                    guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
                    if depth == 0 { return }
                    depth -= 1
                    if opaqueDepth > 0 { opaqueDepth -= 1 }
                    index = close + 1
                } else {
                    guard let (name, after, empty) = Self.tag(in: bytes, at: index) else { return nil }
                    if !empty {
                        depth += 1
                        if opaqueDepth > 0 || opaque.contains(name) || Self.isProtected(bytes, tagAt: index) {
                            opaqueDepth += 1
                        }
                    }
                    index = after
                }
            } else if byte == UInt8(ascii: "&") {
                flushText(upTo: index)
                // `&#x00000000E9;` is legal: leading zeros make a reference as long as it likes.
                guard let semicolon = bytes[index...].prefix(64).firstIndex(of: UInt8(ascii: ";")),
                    let decoded = Self.decode(bytes[(index + 1)..<semicolon])
                else { return nil }
                if opaqueDepth == 0 { append(decoded[...], fileRange: index..<semicolon + 1, kind: .reference) }
                index = semicolon + 1
            } else {
                if textStart == nil { textStart = index }
                index += 1
            }
        }
        return nil
    }

    private mutating func append(_ piece: ArraySlice<UInt8>, fileRange: Range<Int>, kind: SegmentRun.Kind) {
        // A line end in character data is read as a line feed (XML 1.0 §2.11): keep CR LF
        // as it is in the file, as a reference that stands for "\n".
        if kind != .reference, piece.contains(0x0D) {
            var start = piece.startIndex
            var index = piece.startIndex
            while index < piece.endIndex {
                if piece[index] == 0x0D {
                    let offset = fileRange.lowerBound + (index - piece.startIndex)
                    if start < index {
                        let from = fileRange.lowerBound + (start - piece.startIndex)
                        append(piece[start..<index], fileRange: from..<offset, kind: kind)
                    }
                    let pair = index + 1 < piece.endIndex && piece[index + 1] == 0x0A
                    append([0x0A][...], fileRange: offset..<offset + (pair ? 2 : 1), kind: .reference)
                    index += pair ? 2 : 1
                    start = index
                } else {
                    index += 1
                }
            }
            if start < piece.endIndex {
                let from = fileRange.lowerBound + (start - piece.startIndex)
                append(piece[start...], fileRange: from..<fileRange.upperBound, kind: kind)
            }
            return
        }
        runs.append(SegmentRun(textOffset: text.count, textLength: piece.count, fileRange: fileRange, kind: kind))
        text.append(contentsOf: piece)
    }

    /// Whether the start tag at `offset` marks its content as not to be translated: XLIFF
    /// 1.2's `mtype="protected"` and the `translate="no"` of XLIFF 2 and ITS.
    static func isProtected(_ bytes: [UInt8], tagAt offset: Int) -> Bool {
        let value = { (name: String) in
            attributeRange(in: bytes, tagAt: offset, name: name).map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        return value("mtype") == "protected" || value("translate") == "no" || value("its:translate") == "no"
    }

    /// The bytes of the value of attribute `name` (its qualified name as written, between
    /// its quotes) on the start tag at `offset`, or `nil`.
    static func attributeRange(in bytes: [UInt8], tagAt offset: Int, name: String) -> Range<Int>? {
        guard let (_, end, _) = tag(in: bytes, at: offset) else { return nil }
        let key = Array(name.utf8)
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        var index = offset + 1
        var quote: UInt8?
        while index < end {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if blank(bytes[index - 1]), bytes[index..<end].starts(with: key) {
                var after = index + key.count
                while after < end, blank(bytes[after]) { after += 1 }
                if after < end, bytes[after] == UInt8(ascii: "=") {
                    after += 1
                    while after < end, blank(bytes[after]) { after += 1 }
                    guard after < end, bytes[after] == UInt8(ascii: "\"") || bytes[after] == UInt8(ascii: "'"),
                        let close = bytes[(after + 1)..<end].firstIndex(of: bytes[after])
                    else { return nil }
                    return (after + 1)..<close
                }
            }
            index += 1
        }
        return nil
    }

    /// The local name of the start tag at `offset`, the offset after it, and whether it is
    /// an empty-element tag; quoted attribute values may contain `>`.
    static func tag(in bytes: [UInt8], at offset: Int) -> (name: String, after: Int, empty: Bool)? {
        var index = offset + 1
        var nameEnd = index
        while nameEnd < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, 0x2F, 0x3E].contains(bytes[nameEnd]) { nameEnd += 1 }
        let qualified = String(decoding: bytes[index..<nameEnd], as: UTF8.self)
        let name = qualified.split(separator: ":").last.map(String.init) ?? qualified
        index = nameEnd
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return (name, index + 1, index > offset && bytes[index - 1] == UInt8(ascii: "/"))
            }
            index += 1
        }
        return nil
    }

    /// The UTF-8 of a predefined entity or character reference's name (between `&` and
    /// `;`), or `nil`.
    static func decode(_ name: ArraySlice<UInt8>) -> [UInt8]? {
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return [0x26]
        case "lt": return [0x3C]
        case "gt": return [0x3E]
        case "quot": return [0x22]
        case "apos": return [0x27]
        case let reference where reference.hasPrefix("#x") || reference.hasPrefix("#X"):
            return UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { Array(String($0).utf8) }
        case let reference where reference.hasPrefix("#"):
            return UInt32(reference.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { Array(String($0).utf8) }
        default: return nil
        }
    }
}

extension ParsedElement {
    /// The element's text as libxml2 decoded it, without the text of `opaque` descendants
    /// nor of those marked not to be translated (`mtype="protected"`, `translate="no"`).
    func text(excluding opaque: Set<String>) -> String {
        children.map { child in
            switch child {
            case .element(let element):
                opaque.contains(element.localName) || element.attributes["mtype"] == "protected"
                    || element.attributes["translate"] == "no"
                    || element.qualifiedAttributes["{http://www.w3.org/2005/11/its}translate"] == "no"
                    ? "" : element.text(excluding: opaque)
            case .text(let text): text
            }
        }.joined()
    }

    /// The first child element named `name`.
    func child(_ name: String) -> ParsedElement? {
        elements.first { $0.localName == name }
    }

    /// The first child element named `name` in the namespace of `root` (an element of
    /// another vocabulary with the same local name, `<o:target xmlns:o="urn:other">`, is not
    /// one).
    func child(_ name: String, in root: ParsedElement) -> ParsedElement? {
        elements.first { $0.localName == name && $0.namespaceURI == root.namespaceURI }
    }
}
