/// Lines in an article that silence glossary entries in place, as linters allow
/// (eslint's `eslint-disable-next-line`, Vale's `<!-- vale off -->`).
///
/// A marker is a line of its own, in one of two forms: an HTML comment, which Markdown
/// and HTML do not show, or a line starting with `#` and a space, for plain text:
///
/// ```text
/// <!-- enmienda-disable-next-sentence: non-starters, war-effort -->
/// <!-- enmienda-disable: non-starters -->   …   <!-- enmienda-enable: non-starters -->
/// <!-- enmienda-disable-file: untranslated-word -->
/// # enmienda-disable-next-sentence
/// ```
///
/// The ids after the colon (comma-separated) name the entries silenced; with none, every
/// entry is. `enmienda-disable-next-sentence` silences the first sentence after the
/// marker (up to the end of its paragraph at most), `enmienda-disable` everything up to
/// the `enmienda-enable` that names the same id (an `enmienda-enable` with no id ends
/// every `enmienda-disable`) or the end of the file, and `enmienda-disable-file` the
/// whole file. The marker lines are never checked: a finding inside one is dropped, so
/// `fix` never changes them. The keywords are English words joined by hyphens after
/// `enmienda-`, which no Spanish article contains.
public struct IgnoreMarkers: Hashable, Sendable {
    /// What a marker silences.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The first sentence after the marker.
        case disableNextSentence = "enmienda-disable-next-sentence"
        /// Everything up to the matching `enmienda-enable`.
        case disable = "enmienda-disable"
        /// Ends an `enmienda-disable`.
        case enable = "enmienda-enable"
        /// The whole file.
        case disableFile = "enmienda-disable-file"
    }

    /// One marker line.
    public struct Marker: Hashable, Sendable {
        /// What it silences.
        public var kind: Kind
        /// The entries it names; empty for every entry.
        public var ids: [String]
        /// The marker's line (1-based).
        public var line: Int
        /// The line's bytes, its line break included (UTF-8 offsets into the document).
        public var byteRange: Range<Int>
    }

    /// The markers of the document, in text order.
    public var markers: [Marker]
    /// The byte ranges each id is silenced in (`*` for every entry), in text order.
    public var silenced: [String: [Range<Int>]]

    /// Reads the markers of `bytes` (an article's text, UTF-8).
    ///
    /// - Complexity: O(*n*) in the length of `bytes`, plus a sentence split of the
    ///   paragraph after each `enmienda-disable-next-sentence`.
    public init(_ bytes: [UInt8]) {
        markers = []
        silenced = [:]
        guard Self.mentionsMarker(bytes) else { return }
        var open: [String: Int] = [:]
        var start = 0
        var line = 1
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            let next = min(bytes.count, end + 1)
            if let (kind, ids) = Self.marker(in: bytes[start..<end]) {
                markers.append(Marker(kind: kind, ids: ids, line: line, byteRange: start..<next))
                let keys = ids.isEmpty ? ["*"] : ids
                switch kind {
                case .disableFile:
                    for key in keys { silenced[key, default: []].append(0..<bytes.count) }
                case .disableNextSentence:
                    if let sentence = Self.firstSentence(in: bytes, from: next) {
                        for key in keys { silenced[key, default: []].append(sentence) }
                    }
                case .disable:
                    for key in keys where open[key] == nil { open[key] = next }
                case .enable:
                    for key in (ids.isEmpty ? Array(open.keys) : ids) {
                        if let from = open.removeValue(forKey: key) { silenced[key, default: []].append(from..<start) }
                    }
                }
            }
            start = next
            line += 1
        }
        for (key, from) in open { silenced[key, default: []].append(from..<bytes.count) }
    }

    /// Whether the finding at `range` lies in a marker line or where its entry is silenced.
    ///
    /// - Complexity: O(*m*) in the markers; ``apply(to:knownIDs:)`` answers for many
    ///   findings in O(log *m*) each.
    public func silences(_ entryID: String, at range: Range<Int>) -> Bool {
        let offset = range.lowerBound
        if markers.contains(where: { $0.byteRange.overlaps(range) || $0.byteRange.contains(offset) }) { return true }
        return (silenced[entryID, default: []] + silenced["*", default: []]).contains { $0.contains(offset) }
    }

    /// Whether one of `ranges`, sorted and disjoint, holds `offset` or overlaps `range`.
    private static func hits(_ ranges: [Range<Int>], _ range: Range<Int>) -> Bool {
        // The first range that ends after the finding starts.
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        guard low < ranges.count else { return false }
        return ranges[low].contains(range.lowerBound) || ranges[low].overlaps(range)
    }

    /// `ranges` sorted, overlapping ones merged.
    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// `alignment` without the findings the markers silence, and a warning for each id a
    /// marker names that is not in `knownIDs` (it would silence nothing).
    ///
    /// - Returns: the alignment, and the warnings located at their marker (`path:line:1`).
    public func apply(to alignment: Alignment, knownIDs: Set<String>) -> (
        alignment: Alignment, warnings: [Diagnostic]
    ) {
        guard !markers.isEmpty else { return (alignment, []) }
        var alignment = alignment
        // Markers are in text order and never overlap; each id's ranges are merged once, so
        // thousands of markers cost O(log m) per finding, not O(m).
        let lines = markers.map(\.byteRange)
        let everyEntry = silenced["*", default: []]
        var byEntry: [String: [Range<Int>]] = [:]
        alignment.findings.removeAll { finding in
            if Self.hits(lines, finding.byteRange) { return true }
            let id = finding.entryID
            if byEntry[id] == nil { byEntry[id] = Self.merged(silenced[id, default: []] + everyEntry) }
            let point = finding.byteRange.lowerBound..<(finding.byteRange.lowerBound + 1)
            return Self.hits(byEntry[id] ?? [], point)
        }
        let warnings = markers.flatMap { marker in
            marker.ids.filter { !knownIDs.contains($0) }.map { id in
                Diagnostic(
                    location: SourceLocation(path: alignment.document.path, line: marker.line, column: 1),
                    message:
                        "\(marker.kind.rawValue) names '\(id)', which is no entry of the glossary: it silences nothing")
            }
        }
        return (alignment, warnings)
    }

    /// Whether `bytes` contain `enmienda-` at all (most articles do not: no line is read).
    static func mentionsMarker(_ bytes: [UInt8]) -> Bool {
        let needle = Array("enmienda-".utf8)
        guard bytes.count >= needle.count else { return false }
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// The kind and ids of the marker a line holds, if it is one.
    static func marker(in line: ArraySlice<UInt8>) -> (Kind, [String])? {
        let text = String(decoding: line, as: UTF8.self).trimmingWhitespace
        var body: Substring
        if text.hasPrefix("<!--") && text.hasSuffix("-->") && text.count >= 7 {
            body = text.dropFirst(4).dropLast(3)
        } else if text.hasPrefix("# ") {
            body = text.dropFirst(2)
        } else {
            return nil
        }
        body = Substring(String(body).trimmingWhitespace)
        let name = body.prefix { $0 != ":" && $0 != " " && $0 != "\t" }
        guard let kind = Kind(rawValue: String(name)) else { return nil }
        let rest = String(body.dropFirst(name.count)).trimmingWhitespace
        guard rest.isEmpty || rest.hasPrefix(":") else { return nil }
        let ids = rest.dropFirst().split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        return (kind, ids)
    }

    /// The byte range of the first sentence from `start`, inside its paragraph (which a
    /// blank line ends), or `nil` if there is no word before the paragraph ends.
    static func firstSentence(in bytes: [UInt8], from start: Int) -> Range<Int>? {
        // Look at a window that doubles until it holds a whole sentence (a second one
        // starts in it, or the paragraph ends in it): the cost is the sentence's length,
        // not the paragraph's, however many markers a paragraph has.
        var window = 1024
        var scanned = start
        var sawText = false
        var lineIsBlank = true
        var paragraphEnd: Int?
        while true {
            let limit = min(bytes.count, start + window)
            while paragraphEnd == nil, scanned < limit {
                let byte = bytes[scanned]
                if byte == 0x0A {
                    if lineIsBlank && sawText { paragraphEnd = scanned }
                    lineIsBlank = true
                } else if byte != 0x20 && byte != 0x09 && byte != 0x0D {
                    lineIsBlank = false
                    sawText = true
                }
                if paragraphEnd == nil { scanned += 1 }
            }
            let stop = paragraphEnd ?? limit
            let text = Tokenizer.tokenize(bytes, in: start..<stop)
            let sentences = SentenceSegmenter.sentences(in: text, bytes: bytes)
            if paragraphEnd != nil || stop == bytes.count || sentences.count > 1 {
                guard let first = sentences.first, !first.isEmpty else { return nil }
                return text.tokens[first.lowerBound].start..<text.tokens[first.upperBound - 1].end
            }
            window *= 2
        }
    }
}

extension String {
    /// The string without spaces, tabs and line breaks at either end.
    fileprivate var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
