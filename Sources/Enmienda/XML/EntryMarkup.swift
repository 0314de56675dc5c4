import Foundation

/// The bytes of one `<entry>` in a glossary file: its start tag and the spans of its
/// direct child elements, so that an edit replaces only what it changes and keeps the
/// rest (comments, spacing, quotes, unknown elements) byte for byte.
///
/// Built from a span the loader has already accepted, so the markup is well-formed.
struct EntryMarkup {
    struct Child {
        /// The element's name without its prefix.
        var localName: String
        /// From its `<` to the end of its end tag.
        var span: Range<Int>
    }

    /// The start tag, `<entry …>`.
    var startTag: Range<Int>
    /// The direct children, in order.
    var children: [Child]

    init(_ bytes: [UInt8], span: Range<Int>) {
        let tagEnd = Self.endOfTag(bytes, from: span.lowerBound)
        startTag = span.lowerBound..<tagEnd
        children = []
        var depth = 0
        var childStart = 0
        var childName = ""
        var index = tagEnd
        while index < span.upperBound {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if bytes.hasMarkup("<!--", at: index) {
                index = bytes.offset(past: "-->", from: index)
            } else if bytes.hasMarkup("<![CDATA[", at: index) {
                index = bytes.offset(past: "]]>", from: index)
            } else if bytes.hasMarkup("<?", at: index) {
                index = bytes.offset(past: "?>", from: index)
            } else if bytes.hasMarkup("</", at: index) {
                let end = Self.endOfTag(bytes, from: index)
                depth -= 1
                if depth < 0 { return }  // the entry's own end tag
                if depth == 0 { children.append(Child(localName: childName, span: childStart..<end)) }
                index = end
            } else {
                let end = Self.endOfTag(bytes, from: index)
                let selfClosing = bytes[end - 2] == UInt8(ascii: "/")
                if depth == 0 {
                    var nameEnd = index + 1
                    while nameEnd < end,
                        ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "/"), UInt8(ascii: ">")].contains(
                            bytes[nameEnd])
                    {
                        nameEnd += 1
                    }
                    let name = String(decoding: bytes[(index + 1)..<nameEnd], as: UTF8.self)
                    childName = name.split(separator: ":").last.map(String.init) ?? name
                    childStart = index
                    if selfClosing { children.append(Child(localName: childName, span: index..<end)) }
                }
                if !selfClosing { depth += 1 }
                index = end
            }
        }
    }

    /// `bytes` with the attribute `name` of the start tag set to `value` (escaped here),
    /// quotes and spacing kept; an absent attribute is added at the end of the tag, unless
    /// `isDefault` says that leaving it out means the same.
    func settingAttribute(_ name: String, to value: String, unlessAbsentAnd isDefault: Bool, in bytes: [UInt8])
        -> [UInt8]
    {
        Self.settingAttribute(name, to: value, inTag: startTag, unlessAbsentAnd: isDefault, in: bytes)
    }

    /// `bytes` with the attribute `name` of the start tag at `startTag` set to `value`, as
    /// ``settingAttribute(_:to:unlessAbsentAnd:in:)`` sets an entry's.
    static func settingAttribute(
        _ name: String, to value: String, inTag startTag: Range<Int>, unlessAbsentAnd isDefault: Bool,
        in bytes: [UInt8]
    ) -> [UInt8] {
        let tag = String(decoding: bytes[startTag], as: UTF8.self)
        let edited: String
        if let range = Self.valueRange(ofAttribute: name, in: tag) {
            edited = tag[..<range.lowerBound] + XMLEscaping.attribute(value) + tag[range.upperBound...]
        } else if isDefault {
            return bytes
        } else {
            let close = tag.hasSuffix("/>") ? tag.index(tag.endIndex, offsetBy: -2) : tag.index(before: tag.endIndex)
            edited = tag[..<close] + " \(name)=\"\(XMLEscaping.attribute(value))\"" + tag[close...]
        }
        return Array(bytes[..<startTag.lowerBound]) + Array(edited.utf8) + Array(bytes[startTag.upperBound...])
    }

    /// `bytes` with the children named `name` replaced by `elements` (markup): the first
    /// in its place, one per line with its indentation, the others taken out with their
    /// lines. Without such children, they go after the last child that comes before them
    /// in the glossary format's order.
    func replacingChildren(named name: String, with elements: [String], in bytes: [UInt8]) -> [UInt8] {
        let order = [
            EntryField.source.name, EntryField.wrong.name, EntryField.suggestion.name, EntryField.approved.name, "form",
            "require", "forbid",
            "exception", EntryField.note.name,
        ]
        var result = bytes
        let existing = children.filter { $0.localName == name }
        if let first = existing.first {
            let indent = Self.indentation(bytes, before: first.span.lowerBound) ?? Array("    ".utf8)
            let replacement = elements.joined(separator: "\n" + String(decoding: indent, as: UTF8.self))
            for child in existing.dropFirst().reversed() {
                var start = child.span.lowerBound
                var end = child.span.upperBound
                if let own = Self.indentation(bytes, before: start) {
                    start = max(start - own.count - 1, 0)
                } else if end < bytes.count, bytes[end] == 0x0A {
                    end += 1
                }
                result.removeSubrange(start..<end)
            }
            result.replaceSubrange(first.span, with: Array(replacement.utf8))
            return result
        }
        let rank = order.firstIndex(of: name) ?? order.count
        let anchor = children.last { (order.firstIndex(of: $0.localName) ?? order.count) < rank }
        let indent =
            anchor.flatMap { Self.indentation(bytes, before: $0.span.lowerBound) }
            ?? ((Self.indentation(bytes, before: startTag.lowerBound) ?? []) + Array("  ".utf8))
        let inserted = elements.map { "\n" + String(decoding: indent, as: UTF8.self) + $0 }.joined()
        result.insert(contentsOf: Array(inserted.utf8), at: anchor?.span.upperBound ?? startTag.upperBound)
        return result
    }

    /// The range of the value of the attribute `name` in a start tag, quotes excluded.
    static func valueRange(ofAttribute name: String, in tag: String) -> Range<String.Index>? {
        var searchStart = tag.startIndex
        while let found = tag.range(of: name, range: searchStart..<tag.endIndex) {
            searchStart = found.upperBound
            guard found.lowerBound > tag.startIndex, tag[tag.index(before: found.lowerBound)].isWhitespace else {
                continue
            }
            var index = found.upperBound
            while index < tag.endIndex, tag[index].isWhitespace { index = tag.index(after: index) }
            guard index < tag.endIndex, tag[index] == "=" else { continue }
            index = tag.index(after: index)
            while index < tag.endIndex, tag[index].isWhitespace { index = tag.index(after: index) }
            guard index < tag.endIndex, tag[index] == "\"" || tag[index] == "'" else { continue }
            let quote = tag[index]
            let valueStart = tag.index(after: index)
            guard let close = tag[valueStart...].firstIndex(of: quote) else { return nil }
            return valueStart..<close
        }
        return nil
    }

    /// The whitespace that starts the line `offset` is on, if only whitespace precedes it.
    static func indentation(_ bytes: [UInt8], before offset: Int) -> [UInt8]? {
        var start = offset
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
        guard start == 0 || bytes[start - 1] == 0x0A else { return nil }
        return Array(bytes[start..<offset])
    }

    /// The offset after the `>` that closes the tag starting at `offset`, past quoted values.
    static func endOfTag(_ bytes: [UInt8], from offset: Int) -> Int {
        var quote: UInt8?
        var index = offset + 1
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }
}
