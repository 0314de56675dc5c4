import Foundation

/// `glossary fmt`: every entry written canonically, comments inside entries kept.
extension GlossaryEditor {
    /// Rewrites every entry in canonical form (``GlossaryXMLWriter``: attributes and
    /// children in a fixed order, two-space indentation), leaving everything between
    /// entries (the declaration, comments, the title, unknown elements) as it is. A
    /// comment inside an entry is kept, in its order, on a line of its own before the
    /// child element it stood before or inside (before the end tag when none follows).
    /// Formatting a formatted file changes nothing. Takes time linear in the file's size.
    ///
    /// - Returns: How many entries changed.
    /// - Throws: ``InputError`` if the file does not load or cannot be written.
    @discardableResult
    public static func format(_ path: String) throws(InputError) -> Int {
        var changed = 0
        try modify(path) { (bytes, glossary) throws(InputError) -> [UInt8] in
            changed = 0
            let lines = LineIndex(bytes)
            let writer = GlossaryXMLWriter()
            var spans: [(span: Range<Int>, entry: GlossaryEntry)] = []
            for entry in glossary.entries {
                spans.append((try GlossaryMarkup.entrySpan(of: entry, in: bytes, lines: lines), entry))
            }
            spans.sort { $0.span.lowerBound < $1.span.lowerBound }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + bytes.count / 8)
            var position = 0
            for (span, entry) in spans {
                result.append(contentsOf: bytes[position..<span.lowerBound])
                let replacement = canonical(entry, keepingCommentsOf: span, in: bytes, writer: writer)
                if !bytes[span].elementsEqual(replacement) { changed += 1 }
                result.append(contentsOf: replacement)
                position = span.upperBound
            }
            result.append(contentsOf: bytes[position...])
            return result
        }
        return changed
    }

    /// `entry` in canonical form, from `<entry` to `</entry>`, with the comments of its
    /// markup at `span` in `bytes` put back on lines of their own.
    private static func canonical(
        _ entry: GlossaryEntry, keepingCommentsOf span: Range<Int>, in bytes: [UInt8], writer: GlossaryXMLWriter
    ) -> [UInt8] {
        var text = writer.xml(for: entry)
        text = String(text.drop(while: { $0 == " " }))
        if text.hasSuffix("\n") { text.removeLast() }
        let canonical = Array(text.utf8)
        let comments = GlossaryMarkup.commentSpans(in: bytes, span: span)
        guard !comments.isEmpty else { return canonical }
        let original = EntryMarkup(bytes, span: span).children
        let rewritten = EntryMarkup(canonical, span: 0..<canonical.count).children
        var insertions: [(offset: Int, bytes: [UInt8])] = []
        for comment in comments {
            // The child the comment stands before or inside, by name and occurrence.
            var offset = canonical.count
            if let index = original.firstIndex(where: { $0.span.upperBound > comment.lowerBound }) {
                let name = original[index].localName
                let occurrence = original[..<index].count { $0.localName == name }
                let same = rewritten.filter { $0.localName == name }
                if occurrence < same.count { offset = same[occurrence].span.lowerBound }
            }
            if offset == canonical.count, let endTag = GlossaryMarkup.lastTagStart(in: canonical) { offset = endTag }
            while offset > 0, canonical[offset - 1] != 0x0A { offset -= 1 }
            insertions.append((offset, Array("    ".utf8) + bytes[comment] + [0x0A]))
        }
        var result: [UInt8] = []
        var position = 0
        for insertion in insertions.enumerated().sorted(by: {
            ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset)
        }).map(\.element) {
            result.append(contentsOf: canonical[position..<insertion.offset])
            result.append(contentsOf: insertion.bytes)
            position = insertion.offset
        }
        result.append(contentsOf: canonical[position...])
        return result
    }
}
