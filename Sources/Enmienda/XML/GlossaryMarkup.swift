/// Finding a glossary file's parts in its bytes, without parsing it again: the closing
/// `</glossary>` tag, an entry's span, the comments inside an entry. Used by edits that
/// replace only what they change and keep every other byte.
///
/// The bytes have already been parsed and accepted by the loader, so the markup is
/// well-formed and each entry's location (from the parser) points at its `<`.
enum GlossaryMarkup {
    /// Where the last `</glossary>` (or `</prefix:glossary>`) tag starts.
    static func closingTag(in bytes: [UInt8]) -> Int? {
        let name = Array("glossary>".utf8)
        var index = bytes.count - name.count
        while index > 1 {
            if bytes[index..<index + name.count].elementsEqual(name) {
                var start = index - 1
                while start > 0, bytes[start] != UInt8(ascii: "<") && bytes[start] != UInt8(ascii: ">") { start -= 1 }
                if bytes[start] == UInt8(ascii: "<"), bytes[start + 1] == UInt8(ascii: "/") { return start }
            }
            index -= 1
        }
        return nil
    }

    /// `bytes` with the `version` attribute of the root raised to `version` where it says
    /// less, its quotes and spacing kept; every other byte stays.
    static func raisingVersion(to version: Int, in bytes: [UInt8]) -> [UInt8] {
        guard let start = XMLRootName.startTag(in: bytes, from: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        else { return bytes }
        let tag = start..<EntryMarkup.endOfTag(bytes, from: start)
        let text = String(decoding: bytes[tag], as: UTF8.self)
        if let range = EntryMarkup.valueRange(ofAttribute: "version", in: text), let old = Int(text[range]),
            old >= version
        {
            return bytes
        }
        return EntryMarkup.settingAttribute(
            "version", to: String(version), inTag: tag, unlessAbsentAnd: false, in: bytes)
    }

    /// The bytes of entry `id`, from `<entry` to the end of its end tag.
    static func entrySpan(_ id: String, in bytes: [UInt8], glossary: Glossary, path: String) throws(InputError)
        -> Range<Int>
    {
        guard let entry = glossary.entry(withID: id) else {
            throw InputError(SourceLocation(path: path, line: 1, column: 1), "no entry '\(id)'")
        }
        return try entrySpan(of: entry, in: bytes, lines: LineIndex(bytes))
    }

    /// The bytes of `entry`, found from its location with the file's `lines`.
    static func entrySpan(of entry: GlossaryEntry, in bytes: [UInt8], lines: LineIndex) throws(InputError)
        -> Range<Int>
    {
        let id = entry.id
        var start = lines.offset(ofLine: entry.location.line - 1)
        var column = 1
        while start < bytes.count, column < entry.location.column {
            start += 1
            while start < bytes.count, UTF8.isContinuation(bytes[start]) { start += 1 }
            column += 1
        }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else {
            throw InputError(entry.location, "cannot find the start of entry '\(id)'")
        }
        var nameEnd = start + 1
        while nameEnd < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">")].contains(bytes[nameEnd]) {
            nameEnd += 1
        }
        let endTag = Array("</".utf8) + Array(bytes[(start + 1)..<nameEnd]) + [UInt8(ascii: ">")]
        var index = nameEnd
        while index + endTag.count <= bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index..<index + endTag.count].elementsEqual(endTag) {
                return start..<(index + endTag.count)
            }
            index += 1
        }
        throw InputError(entry.location, "cannot find the end of entry '\(id)'")
    }

    /// The spans of the comments inside the entry at `span` (character data sections and
    /// processing instructions skipped).
    static func commentSpans(in bytes: [UInt8], span: Range<Int>) -> [Range<Int>] {
        var comments: [Range<Int>] = []
        var index = span.lowerBound
        while index < span.upperBound {
            if bytes[index] != UInt8(ascii: "<") {
                index += 1
            } else if bytes.hasMarkup("<!--", at: index) {
                let end = min(bytes.offset(past: "-->", from: index), span.upperBound)
                comments.append(index..<end)
                index = end
            } else if bytes.hasMarkup("<![CDATA[", at: index) {
                index = bytes.offset(past: "]]>", from: index)
            } else if bytes.hasMarkup("<?", at: index) {
                index = bytes.offset(past: "?>", from: index)
            } else {
                index += 1
            }
        }
        return comments
    }

    /// Where the last tag in `bytes` starts (an entry's end tag, for a lone entry).
    static func lastTagStart(in bytes: [UInt8]) -> Int? {
        bytes.lastIndex(of: UInt8(ascii: "<"))
    }
}
