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
        // Ids already in the file (an earlier run's marks) are not given again.
        var number = 0
        let taken = annotates ? usedMarkNumbers(in: bytes) : []
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
            // Markup goes only where text is escaped: never into a CDATA section.
            let inLiteral = segment.runs.contains { $0.kind == .literal && $0.fileRange.overlaps(edit.byteRange) }
            if annotates, !inLiteral, !edit.replacement.contains(UInt8(ascii: "<")),
                !bytes[edit.byteRange].contains(UInt8(ascii: "<"))
            {
                repeat { number += 1 } while taken.contains(number)
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
                    let (entry, edits) = fuzzyEdit(in: bytes, entryAround: first.fileRange.lowerBound)
                    // The plural forms of one entry share its flags.
                    if marked.insert(-1 - entry).inserted { result += edits }
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
        MarkupRuns.attributeRange(in: bytes, tagAt: offset, name: name).map {
            String(decoding: bytes[$0], as: UTF8.self)
        }
    }

    /// The edit that sets attribute `name` to `value` on the start tag at `offset`:
    /// replacing its value, or adding it after the element's name.
    private static func attributeEdit(in bytes: [UInt8], tagAt offset: Int, name: String, value: String) -> [TextEdit] {
        if let range = MarkupRuns.attributeRange(in: bytes, tagAt: offset, name: name) {
            return [TextEdit(byteRange: range, replacement: Array(XMLEscaping.attribute(value).utf8))]
        }
        var nameEnd = offset + 1
        while nameEnd < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, 0x2F, 0x3E].contains(bytes[nameEnd]) { nameEnd += 1 }
        return [
            TextEdit(
                byteRange: nameEnd..<nameEnd, replacement: Array(" \(name)=\"\(XMLEscaping.attribute(value))\"".utf8))
        ]
    }

    /// The edit that adds `fuzzy` to the flags of the PO entry holding the byte at `offset`
    /// (to its `#,` line, or as a `#, fuzzy` line before its `#|` lines and keywords), and
    /// where the entry starts; no edit if it is fuzzy already.
    ///
    /// The entry is found walking up from `offset`: its `msgstr` lines and their
    /// continuations, then its `msgid`, `msgid_plural` and `msgctxt` lines, then its comments;
    /// a blank line, or a line of the entry before (its `msgstr`), ends it.
    private static func fuzzyEdit(in bytes: [UInt8], entryAround offset: Int) -> (entry: Int, edits: [TextEdit]) {
        func lineStart(_ index: Int) -> Int {
            var start = index
            while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
            return start
        }
        var phase = 0  // 0: msgstr lines, 1: keywords, 2: comments
        var keywords = lineStart(offset)
        var comments: [Range<Int>] = []
        var start = keywords
        while start > 0 {
            let previous = lineStart(start - 1)
            var line = bytes[previous..<(start - 1)].drop { $0 == 0x20 || $0 == 0x09 }
            if line.last == 0x0D { line = line.dropLast() }
            let isString = line.first == UInt8(ascii: "\"")
            let isKeyword = line.starts(with: "msgid".utf8) || line.starts(with: "msgctxt".utf8)
            if line.isEmpty { break }
            if phase == 0 && (line.starts(with: "msgstr".utf8) || isString) {
            } else if phase <= 1 && (isKeyword || (phase == 1 && isString)) {
                phase = 1
                keywords = previous
            } else if line.first == UInt8(ascii: "#") && !line.starts(with: "#~".utf8) && phase >= 1 {
                phase = 2
                comments.insert(previous..<(start - 1), at: 0)
            } else {
                break
            }
            start = previous
        }
        let entry = comments.first?.lowerBound ?? keywords
        for line in comments where bytes[line].starts(with: "#,".utf8) {
            let flags = String(decoding: bytes[line], as: UTF8.self).dropFirst(2)
            if flags.split(whereSeparator: { ", \r\t".contains($0) }).contains("fuzzy") { return (entry, []) }
            var lineEnd = line.upperBound
            if lineEnd > line.lowerBound, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            return (entry, [TextEdit(byteRange: lineEnd..<lineEnd, replacement: Array(", fuzzy".utf8))])
        }
        // Flags come before the previous msgid (`#|`) and the keywords (gettext's order).
        let place = comments.first { bytes[$0].starts(with: "#|".utf8) }?.lowerBound ?? keywords
        let crlf = bytes[place...].prefix { $0 != 0x0A }.last == 0x0D
        return (
            entry,
            [TextEdit(byteRange: place..<place, replacement: Array("#, fuzzy".utf8) + (crlf ? [0x0D, 0x0A] : [0x0A]))]
        )
    }

    /// The numbers `n` of the `id="enmienda-n"` attributes already in `bytes`.
    private static func usedMarkNumbers(in bytes: [UInt8]) -> Set<Int> {
        let prefix = Array("id=\"enmienda-".utf8)
        var numbers: Set<Int> = []
        var index = 0
        while index + prefix.count < bytes.count {
            if bytes[index] == prefix[0], bytes[index..<index + prefix.count].elementsEqual(prefix) {
                var end = index + prefix.count
                var value = 0
                while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39, value < 1_000_000_000 {
                    value = value * 10 + Int(bytes[end] - 0x30)
                    end += 1
                }
                numbers.insert(value)
                index = end
            } else {
                index += 1
            }
        }
        return numbers
    }
}
