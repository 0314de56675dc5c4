/// Marks the segments a correction changed for a person to review, in the way each format
/// has for it (`fix --mark-for-review`):
///
/// - XLIFF 1.2: the `<target>` gets `state="needs-review-translation"` (OASIS XLIFF 1.2,
///   *state* attribute values).
/// - XLIFF 2.x: a `<segment>` that was `reviewed` or `final` goes back to
///   `state="translated"` (XLIFF 2.1 §4.3.1.26: only *reviewed* and *final* say a person
///   approved it); from 2.1 on, each correction with no markup inside is wrapped in an
///   ITS 2.0 Localization Quality Issue annotation, `<mrk type="its:any"
///   its:locQualityIssueType="…" its:locQualityIssueComment="…"
///   its:locQualityIssueSeverity="…">` (XLIFF 2.1 ITS module), the root declaring the ITS
///   namespace and `its:version="2.0"` if it does not.
/// - PO: the entry gets gettext's `fuzzy` flag, so `msgfmt` leaves it out until a
///   translator clears it.
public enum ReviewMarks {
    /// Whether `format` has a review state Enmienda can set.
    public static func supports(_ article: Article) -> Bool {
        article.format == .xliff || article.format == .po
    }

    /// `edits` (the corrections of `alignment`, one per finding, `nil` for a finding left
    /// alone) with the marks added: the file edits to apply, in any order, not overlapping.
    ///
    /// - Precondition: `alignment` is `aligner.align(article)` and `edits` its ``Alignment/edits``.
    public static func edits(_ edits: [TextEdit?], of alignment: Alignment, in article: Article) -> [TextEdit] {
        guard let segmented = article.segmented else { return edits.compactMap { $0 } }
        let bytes = article.document.bytes
        let version = segmented.format.split(separator: " ").last.map(String.init) ?? ""
        let annotates = article.format == .xliff && !version.hasPrefix("1.") && version != "2.0"
        var result: [TextEdit] = []
        var marked: Set<Int> = []
        var unitCounters: [String: Int] = [:]
        // Findings are in file order, and so are segments: each is looked for from the last.
        var next = 0
        for (finding, edit) in zip(alignment.findings, edits) {
            guard var edit, let reference = finding.segment,
                let found = segmented.segments[next...].firstIndex(where: {
                    $0.id == reference.id && $0.text.elementsEqual(reference.text.utf8)
                })
            else {
                if let edit { result.append(edit) }
                continue
            }
            next = found
            let segment = segmented.segments[found]
            if annotates, !edit.replacement.contains(UInt8(ascii: "<")),
                !bytes[edit.byteRange].contains(UInt8(ascii: "<"))
            {
                let unit = reference.id.split(separator: "/").first.map(String.init) ?? reference.id
                var number = unitCounters[unit, default: 0]
                repeat { number += 1 } while bytes.hasMarkup("id=\"enmienda-\(number)\"", in: segment)
                unitCounters[unit] = number
                let comment = XMLEscaping.attribute(finding.message)
                let open =
                    "<mrk id=\"enmienda-\(number)\" type=\"its:any\" its:locQualityIssueType=\"\(finding.category.rawValue)\" its:locQualityIssueComment=\"\(comment)\" its:locQualityIssueSeverity=\"\(HTMLReporter.itsSeverity(finding.severity))\">"
                edit = TextEdit(
                    byteRange: edit.byteRange, replacement: Array(open.utf8) + edit.replacement + Array("</mrk>".utf8))
            }
            result.append(edit)
            let key = segment.elementOffsets.last ?? segment.runs.first?.fileRange.lowerBound ?? 0
            guard marked.insert(key).inserted else { continue }
            switch article.format {
            case .xliff:
                if version.hasPrefix("1."), let target = segment.elementOffsets.first {
                    result += attributeEdit(in: bytes, tagAt: target, name: "state", value: "needs-review-translation")
                } else if let container = segment.elementOffsets.dropFirst().first {
                    let state = attributeValue(in: bytes, tagAt: container, name: "state")
                    if state == "reviewed" || state == "final" {
                        result += attributeEdit(in: bytes, tagAt: container, name: "state", value: "translated")
                    }
                }
            case .po:
                if let first = segment.runs.first {
                    result += fuzzyEdit(in: bytes, entryAround: first.fileRange.lowerBound)
                }
            default:
                break
            }
        }
        if annotates,
            result.contains(where: { String(decoding: $0.replacement, as: UTF8.self).hasPrefix("<mrk id=\"enmienda-") }
            ),
            let root = XMLRootName.offset(of: bytes)
        {
            var added = ""
            if attributeValue(in: bytes, tagAt: root, name: "xmlns:its") == nil {
                added += " xmlns:its=\"http://www.w3.org/2005/11/its\""
            }
            if attributeValue(in: bytes, tagAt: root, name: "its:version") == nil { added += " its:version=\"2.0\"" }
            var nameEnd = root + 1
            while nameEnd < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, 0x2F, 0x3E].contains(bytes[nameEnd]) { nameEnd += 1 }
            if !added.isEmpty { result.append(TextEdit(byteRange: nameEnd..<nameEnd, replacement: Array(added.utf8))) }
        }
        return result
    }

    /// The value of attribute `name` on the start tag at `offset`, or `nil`.
    static func attributeValue(in bytes: [UInt8], tagAt offset: Int, name: String) -> String? {
        attributeRange(in: bytes, tagAt: offset, name: name).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// The bytes of the value of attribute `name` (between its quotes) on the start tag at
    /// `offset`.
    private static func attributeRange(in bytes: [UInt8], tagAt offset: Int, name: String) -> Range<Int>? {
        guard let (_, end, _) = MarkupRuns.tag(in: bytes, at: offset) else { return nil }
        let tag = Array(bytes[offset..<end])
        let key = Array(name.utf8)
        var index = 1
        var quote: UInt8?
        while index < tag.count {
            let byte = tag[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if [0x20, 0x09, 0x0A, 0x0D].contains(tag[index - 1]), tag[index...].starts(with: key) {
                var after = index + key.count
                while after < tag.count, [0x20, 0x09, 0x0A, 0x0D].contains(tag[after]) { after += 1 }
                if after < tag.count, tag[after] == UInt8(ascii: "=") {
                    after += 1
                    while after < tag.count, [0x20, 0x09, 0x0A, 0x0D].contains(tag[after]) { after += 1 }
                    guard after < tag.count, tag[after] == UInt8(ascii: "\"") || tag[after] == UInt8(ascii: "'"),
                        let close = tag[(after + 1)...].firstIndex(of: tag[after])
                    else { return nil }
                    return (offset + after + 1)..<(offset + close)
                }
            }
            index += 1
        }
        return nil
    }

    /// The edit that sets attribute `name` to `value` on the start tag at `offset`:
    /// replacing its value, or adding it after the element's name.
    private static func attributeEdit(in bytes: [UInt8], tagAt offset: Int, name: String, value: String) -> [TextEdit] {
        if let range = attributeRange(in: bytes, tagAt: offset, name: name) {
            return [TextEdit(byteRange: range, replacement: Array(XMLEscaping.attribute(value).utf8))]
        }
        var nameEnd = offset + 1
        while nameEnd < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, 0x2F, 0x3E].contains(bytes[nameEnd]) { nameEnd += 1 }
        return [
            TextEdit(
                byteRange: nameEnd..<nameEnd, replacement: Array(" \(name)=\"\(XMLEscaping.attribute(value))\"".utf8))
        ]
    }

    /// The edit that adds `fuzzy` to the flags of the PO entry holding the byte at `offset`:
    /// to its `#,` line, or as a `#, fuzzy` line before its first keyword; none if it is
    /// fuzzy already.
    private static func fuzzyEdit(in bytes: [UInt8], entryAround offset: Int) -> [TextEdit] {
        var lines: [Range<Int>] = []
        var end = offset
        while end > 0 && bytes[end - 1] != 0x0A { end -= 1 }
        var start = end
        // The entry's lines above `offset`, up to a blank line or the file's start.
        while start > 0 {
            var lineStart = start - 1
            while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            let line = bytes[lineStart..<(start - 1)]
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { break }
            lines.insert(lineStart..<(start - 1), at: 0)
            start = lineStart
        }
        for line in lines where bytes[line].starts(with: "#,".utf8) {
            if String(decoding: bytes[line], as: UTF8.self).split(whereSeparator: { ", \r\t".contains($0) }).contains(
                "fuzzy")
            {
                return []
            }
            var lineEnd = line.upperBound
            if lineEnd > line.lowerBound, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            return [TextEdit(byteRange: lineEnd..<lineEnd, replacement: Array(", fuzzy".utf8))]
        }
        let keyword = lines.first { !bytes[$0].starts(with: "#".utf8) }?.lowerBound ?? end
        let lineEnd: [UInt8] = bytes[keyword...].prefix { $0 != 0x0A }.last == 0x0D ? [0x0D, 0x0A] : [0x0A]
        return [TextEdit(byteRange: keyword..<keyword, replacement: Array("#, fuzzy".utf8) + lineEnd)]
    }
}

extension Array where Element == UInt8 {
    /// Whether `text` occurs in the file bytes of `segment`'s unit (from its outermost
    /// element to its last run).
    fileprivate func hasMarkup(_ text: String, in segment: TextSegment) -> Bool {
        let start = segment.elementOffsets.last ?? segment.runs.first?.fileRange.lowerBound ?? 0
        let end = segment.runs.last?.fileRange.upperBound ?? start
        let needle = Array(text.utf8)
        guard end - start >= needle.count else { return false }
        return (start...(end - needle.count)).contains { self[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
