import Foundation

/// The text of one target segment of a bilingual or markup file, tied to the file's bytes.
///
/// The text is what is checked: markup left out (inline tags are transparent, so a phrase
/// split by `<g>` still matches) and escapes decoded. ``runs`` map every byte of it back
/// to the file, so that a correction replaces only the words it changes and every tag,
/// escape and byte around them stays as it was.
public struct TextSegment: Hashable, Sendable {
    /// The unit's identifier (see ``SegmentReference/id``).
    public var id: String
    /// The segment's text, valid UTF-8.
    public var text: [UInt8]
    /// Where each part of ``text`` is in the file, in order of both.
    public var runs: [SegmentRun]
    /// The source segment (English), when the file pairs one with this target.
    public var source: String?
    /// How corrections are escaped in the file's ``SegmentRun/Kind/text`` runs.
    public var escaping: SegmentEscaping
    /// The file offsets of the start tags of the elements the text is in, innermost first
    /// (an XLIFF 2 `<target>`, then its `<segment>`), for annotating a corrected segment;
    /// empty for formats without elements.
    public var elementOffsets: [Int] = []

    /// Creates a segment.
    ///
    /// - Precondition: the runs follow each other in the text from offset 0 to its end,
    ///   and their file ranges increase without overlapping.
    public init(id: String, text: [UInt8], runs: [SegmentRun], source: String?, escaping: SegmentEscaping) {
        var textEnd = 0
        var fileEnd = 0
        for run in runs {
            precondition(run.textOffset == textEnd && run.fileRange.lowerBound >= fileEnd, "runs are in order")
            textEnd = run.textRange.upperBound
            fileEnd = run.fileRange.upperBound
        }
        precondition(textEnd == text.count, "the runs cover the text")
        self.id = id
        self.text = text
        self.runs = runs
        self.source = source
        self.escaping = escaping
    }

    /// A segment whose text is the file's bytes in `range`, written back as they are (a
    /// line of a bitext, a subtitle cue).
    public init(id: String, literal range: Range<Int>, of bytes: [UInt8], source: String?) {
        self.init(
            id: id, text: Array(bytes[range]),
            runs: range.isEmpty
                ? [] : [SegmentRun(textOffset: 0, textLength: range.count, fileRange: range, kind: .literal)],
            source: source, escaping: .none)
    }

    /// The file offset where text offset `offset` starts: the start of the run that holds
    /// it (after any tag before that run). A reference is whole: an offset inside one
    /// maps to its end.
    ///
    /// - Precondition: `offset` is in `0...text.count`.
    public func fileStart(ofTextOffset offset: Int) -> Int {
        guard let index = runs.firstIndex(where: { $0.textRange.upperBound > offset }) else {
            return runs.last?.fileRange.upperBound ?? 0
        }
        return Self.fileOffset(offset, in: runs[index], roundingUp: true)
    }

    /// The file offset where text ending at `offset` ends: the end of the run that holds
    /// it (before any tag after that run). A reference is whole: an offset inside one
    /// maps to its start.
    ///
    /// - Precondition: `offset` is in `0...text.count`.
    public func fileEnd(ofTextOffset offset: Int) -> Int {
        guard let index = runs.lastIndex(where: { $0.textOffset < offset }) else {
            return runs.first?.fileRange.lowerBound ?? 0
        }
        return Self.fileOffset(offset, in: runs[index], roundingUp: false)
    }

    private static func fileOffset(_ offset: Int, in run: SegmentRun, roundingUp: Bool) -> Int {
        if run.kind != .reference { return run.fileRange.lowerBound + (offset - run.textOffset) }
        if offset <= run.textOffset { return run.fileRange.lowerBound }
        if offset >= run.textRange.upperBound { return run.fileRange.upperBound }
        return roundingUp ? run.fileRange.upperBound : run.fileRange.lowerBound
    }

    /// The file bytes that text bytes `range` come from (tags inside included).
    public func fileRange(ofTextRange range: Range<Int>) -> Range<Int> {
        let start = fileStart(ofTextOffset: range.lowerBound)
        return start..<max(start, fileEnd(ofTextOffset: range.upperBound))
    }

    /// The file edits that replace text bytes `range` by `replacement`, escaped for the
    /// format, in file order (UTF-8 byte offsets into the file).
    ///
    /// Tags and gaps inside the range are kept: when the replacement has as many words as
    /// the text it replaces, each word replaces the word in its place (`tomará <g>lugar</g>`
    /// → `tendrá <g>lugar</g>`, `tomaron&#160;lugar` → `tuvieron&#160;lugar`); otherwise the replacement takes the
    /// place of the part that holds most of the range's text (`no <b>talleres</b>` →
    /// `<b>inviables</b>`) and the other parts' text is removed, their tags left.
    ///
    /// A line break that the file writes as an escape (`\n` in a PO string, `&#xD;` in
    /// XML) and that the replacement's words do not keep in its place stays, laid out as
    /// in a plain text (see ``Corrections``): the file's own line breaks are laid out when
    /// the edits are applied, but an escape is only text there.
    public func fileEdits(replacing range: Range<Int>, with replacement: String) -> [(Range<Int>, String)] {
        if let laidOut = keepingEscapedLineBreaks(range, replacement) {
            return edits(replacing: laidOut.byteRange, with: String(decoding: laidOut.replacement, as: UTF8.self))
        }
        return edits(replacing: range, with: replacement)
    }

    /// The text edit that replaces `range` by `replacement` with the line breaks inside
    /// the range kept, if one of them is escaped in the file and the words do not keep it
    /// (their counts differ); `nil` otherwise, or if the line breaks cannot be kept.
    private func keepingEscapedLineBreaks(_ range: Range<Int>, _ replacement: String) -> TextEdit? {
        let escapedBreak = range.contains { index in
            (text[index] == 0x0A || text[index] == 0x0D) && fileRange(ofTextRange: index..<index + 1).count != 1
        }
        guard escapedBreak,
            Self.words(in: text, range).count != replacement.split(whereSeparator: \.isWhitespace).count,
            case let edit?? = Corrections.edits(for: [(range, replacement)], in: text).first
        else { return nil }
        return edit
    }

    private func edits(replacing range: Range<Int>, with replacement: String) -> [(Range<Int>, String)] {
        let stretches = self.stretches(in: range)
        // Word for word when the counts agree: the gaps between the words stay as they are
        // (a tag, a line break, `&#160;`, `\n` in a PO string).
        let oldWords = Self.words(in: text, range)
        let newWords = replacement.split(whereSeparator: \.isWhitespace).map(String.init)
        let owners = oldWords.compactMap { word in stretches.firstIndex { $0.range.contains(word) } }
        if !oldWords.isEmpty, oldWords.count == newWords.count, owners.count == oldWords.count {
            var edits: [(Range<Int>, String)] = []
            for (index, word) in oldWords.enumerated() where !text[word].elementsEqual(newWords[index].utf8) {
                edits.append(
                    (fileRange(ofTextRange: word), written(newWords[index], literal: stretches[owners[index]].literal)))
            }
            return edits
        }
        guard stretches.count > 1 else {
            let literal =
                stretches.first?.literal ?? (runs.first { $0.textRange.contains(range.lowerBound) }?.kind == .literal)
            return [(fileRange(ofTextRange: range), written(replacement, literal: literal))]
        }
        // The replacement goes in the stretch that holds most of the words (*no <b>talleres</b>*
        // → *<b>inviables</b>*); the other stretches lose their text and keep their tags.
        let weights = stretches.map { stretch in text[stretch.range].count { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } }
        let main = weights.indices.max { weights[$0] < weights[$1] || (weights[$0] == weights[$1] && $0 > $1) } ?? 0
        return stretches.enumerated().map { index, stretch in
            (fileRange(ofTextRange: stretch.range), index == main ? written(replacement, literal: stretch.literal) : "")
        }
    }

    /// `text` as the file writes it: escaped in a text run; as it is in a literal run, but
    /// in an XML CDATA section `]]>` is split across two sections, so it cannot end one.
    private func written(_ text: String, literal: Bool) -> String {
        guard literal else { return escaping.escape(text) }
        return escaping == .xml ? text.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") : text
    }

    /// The parts of text `range` that are contiguous in the file and written alike, each
    /// as its text range (within `range`) and whether it is written as it is.
    private func stretches(in range: Range<Int>) -> [(range: Range<Int>, literal: Bool)] {
        var result: [(range: Range<Int>, literal: Bool, fileEnd: Int)] = []
        for run in runs where run.textRange.overlaps(range) {
            let part = max(run.textOffset, range.lowerBound)..<min(run.textRange.upperBound, range.upperBound)
            let literal = run.kind == .literal
            if let last = result.last, last.fileEnd == run.fileRange.lowerBound, last.literal == literal {
                result[result.count - 1] = (last.range.lowerBound..<part.upperBound, literal, run.fileRange.upperBound)
            } else {
                result.append((part, literal, run.fileRange.upperBound))
            }
        }
        return result.map { ($0.range, $0.literal) }
    }

    /// The byte ranges of the words of `bytes[range]` (separated by ASCII blanks or a
    /// no-break space).
    private static func words(in bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        var index = range.lowerBound
        while index < range.upperBound {
            let width = bytes[index] == 0xC2 && index + 1 < range.upperBound && bytes[index + 1] == 0xA0 ? 2 : 1
            let blank = width == 2 || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index])
            if blank {
                if let first = start { words.append(first..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
            index += width
        }
        if let first = start { words.append(first..<range.upperBound) }
        return words
    }
}
