/// Applies replacements to bytes, keeping the layout of the text they replace.
///
/// A correction never changes the number of lines, never leaves whitespace at the start
/// or end of a line that had none, and keeps the spacing the text chose between words.
/// The rule, for a match whose words are separated by whitespace *gaps* and a
/// replacement whose words are separated by single spaces:
///
/// - A gap that is not one plain space (a line break, `\r\n`, a lone `\r`, a no-break or
///   thin space, a tab, several spaces) is kept byte for byte. When the replacement has
///   at least as many gaps, the k-th gap of the match becomes the k-th gap of the
///   replacement: *tomará⏎lugar* → *tendrá⏎lugar*, *15⍽mph* → *15⍽millas por hora*
///   (⍽ a no-break space). A replacement with fewer gaps keeps the line breaks first, in
///   order and as close to their place as it can: *Directorios⏎de Casa* →
///   *directorios⏎personales*; other gaps it has no room for are dropped.
/// - A line break that finds no gap inside the replacement takes the place of the spaces
///   after it (*no⏎talleres de* → *inviables⏎de*), else of the spaces before it (*como
///   no⏎talleres,* → *como⏎inviables,*), else stands between it and the punctuation
///   after it or before it (*(no⏎talleres)* → *(inviables⏎)*): only spaces or marks on
///   the same line, so no line is joined, emptied or indented. A replacement that has no
///   room for its breaks even so (a match that fills whole lines, such as a headline of
///   one word per line) is not applied: ``edits(for:in:)`` says which.
/// - A line break the replacement itself contains becomes a space.
package enum Corrections {
    /// What ``apply(_:to:unfit:)`` does with a replacement that cannot keep the lines.
    package enum Unfit {
        /// Leaves the text as it is: for files, where a joined or emptied line is damage.
        case skipped
        /// Writes the replacement as given over its range: for a corrected sentence shown
        /// on one line, where the correction itself matters more.
        case writtenAsGiven
    }

    /// `bytes` with each range replaced by its text, laid out as the type's rule says.
    /// Ranges must not overlap; they may come in any order. Bytes outside the edits are
    /// copied unchanged.
    ///
    /// - Complexity: O(n + r log r) for n bytes and r replacements.
    package static func apply(_ replacements: [(Range<Int>, String)], to bytes: [UInt8], unfit: Unfit = .skipped)
        -> [UInt8]
    {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64 * replacements.count)
        var position = 0
        forEachEdit(of: replacements, in: bytes) { index, edit in
            let (range, text) = replacements[index]
            if let edit {
                output.append(contentsOf: bytes[position..<edit.byteRange.lowerBound])
                output.append(contentsOf: edit.replacement)
                position = edit.byteRange.upperBound
            } else if unfit == .writtenAsGiven {
                output.append(contentsOf: bytes[position..<range.lowerBound])
                output.append(contentsOf: text.utf8)
                position = range.upperBound
            }
        }
        output.append(contentsOf: bytes[position...])
        return output
    }

    /// The edit of each replacement, in the order given: `nil` for one that cannot keep
    /// the lines. The edits never overlap.
    package static func edits(for replacements: [(Range<Int>, String)], in bytes: [UInt8]) -> [TextEdit?] {
        edits(for: replacements, in: bytes, after: 0, before: bytes.count).edits
    }

    /// ``edits(for:in:)`` for some of a text's replacements, those between the end of the
    /// last edit before them (`after`, a byte offset) and the start of the first
    /// replacement after them (`before`): the same edits as among all of the text's
    /// replacements. Also the end of their last edit (`after` if they make none), for the
    /// replacements that follow.
    package static func edits(
        for replacements: [(Range<Int>, String)], in bytes: [UInt8], after: Int, before: Int
    ) -> (edits: [TextEdit?], end: Int) {
        var edits = [TextEdit?](repeating: nil, count: replacements.count)
        let end = forEachEdit(of: replacements, in: bytes, after: after, before: before) { index, edit in
            edits[index] = edit
        }
        return (edits, end)
    }

    /// Calls `body` with the index and the edit of each replacement, in text order; the
    /// edits may take the text after `after` and before `before`. Returns where the last
    /// edit ends (`after` if there is none).
    @discardableResult
    private static func forEachEdit(
        of replacements: [(Range<Int>, String)], in bytes: [UInt8], after: Int = 0, before: Int? = nil,
        _ body: (Int, TextEdit?) -> Void
    ) -> Int {
        let order =
            replacements.count == 1
            ? [0] : replacements.indices.sorted { replacements[$0].0.lowerBound < replacements[$1].0.lowerBound }
        var previousEnd = after
        var previousMatchEnd = 0
        for (position, index) in order.enumerated() {
            let (range, text) = replacements[index]
            precondition(
                range.lowerBound >= previousMatchEnd && range.upperBound <= bytes.count, "overlapping corrections")
            let edit: TextEdit?
            if isPlain(bytes[range]) && isPlain(text.utf8) {
                edit = TextEdit(byteRange: range, replacement: Array(text.utf8))
            } else {
                let nextStart =
                    position + 1 < order.count
                    ? replacements[order[position + 1]].0.lowerBound : (before ?? bytes.count)
                edit = layout(range, Array(text.utf8), in: bytes, after: previousEnd, before: nextStart)
            }
            body(index, edit)
            previousEnd = edit?.byteRange.upperBound ?? previousEnd
            previousMatchEnd = range.upperBound
        }
        return previousEnd
    }

    /// `suggestion` laid out to replace exactly `bytes[range]`: with the match's line
    /// breaks and kept gaps inside it (*tendrá⏎lugar* for *tomará⏎lugar*), or as written
    /// when keeping them would need the spaces beside the match. For formats whose
    /// replacement must cover the match and nothing else (LanguageTool's JSON).
    package static func inPlace(_ suggestion: String, over range: Range<Int>, in bytes: [UInt8]) -> String {
        // Single spaces on both sides: the suggestion as it is (what `layout` gives then,
        // without copying it into bytes and back).
        if isPlain(bytes[range]), isPlain(suggestion.utf8) { return suggestion }
        guard
            let edit = layout(
                range, Array(suggestion.utf8), in: bytes, after: range.lowerBound, before: range.upperBound),
            edit.byteRange == range
        else { return suggestion }
        return String(decoding: edit.replacement, as: UTF8.self)
    }

    /// A correction made of several `pieces` (a finding's top suggestion with the words
    /// that agree with it: ``Finding/pieces``) written as one replacement of exactly
    /// `bytes[range]`, laid out piece by piece as ``apply(_:to:unfit:)`` lays them out in
    /// a file (*Las rondas de⏎municiones fueron enviadas* → *Los proyectiles⏎fueron
    /// enviados*, the line break where `fix` keeps it); `nil` when a piece cannot keep its
    /// lines without the text outside `range`. The pieces lie within `range`, in order.
    package static func inPlace(pieces: [(Range<Int>, String)], over range: Range<Int>, in bytes: [UInt8]) -> String? {
        let edits = edits(for: pieces, in: bytes, after: range.lowerBound, before: range.upperBound).edits
        var output: [UInt8] = []
        var position = range.lowerBound
        for edit in edits {
            guard let edit, edit.byteRange.lowerBound >= position, edit.byteRange.upperBound <= range.upperBound
            else { return nil }
            output.append(contentsOf: bytes[position..<edit.byteRange.lowerBound])
            output.append(contentsOf: edit.replacement)
            position = edit.byteRange.upperBound
        }
        output.append(contentsOf: bytes[position..<range.upperBound])
        return String(decoding: output, as: UTF8.self)
    }

    /// The edit that replaces `bytes[range]` by `text`, free to take or touch the text
    /// around the range down to `lower` and up to `upper`; `nil` if it cannot keep the lines.
    private static func layout(
        _ range: Range<Int>, _ text: [UInt8], in bytes: [UInt8], after lower: Int, before upper: Int
    ) -> TextEdit? {
        if isPlain(bytes[range]) && isPlain(text) { return TextEdit(byteRange: range, replacement: text) }
        let gaps = whitespaceRuns(in: bytes, range)
        let keepsSomething = gaps.contains { !isOneSpace(bytes[$0]) }
        guard keepsSomething || LineBreaks.contains(in: text, 0..<text.count) else {
            return TextEdit(byteRange: range, replacement: text)
        }
        let breaking = gaps.indices.filter { LineBreaks.contains(in: bytes, gaps[$0]) }
        let runs = whitespaceRuns(in: text, 0..<text.count)
        // The replacement's gaps between words; whitespace at its ends stays as written.
        let inner = runs.filter { $0.lowerBound > 0 && $0.upperBound < text.count }
        let hasWords = runs.reduce(0) { $0 + $1.count } < text.count

        // Where the breaks go: inner gaps, then the text just after or before the range.
        var chosen = [Range<Int>?](repeating: nil, count: inner.count)
        var before: Range<Int>?  // replaced by the first break
        var after: Range<Int>?  // replaced by the last break
        if breaking.count <= inner.count {
            for (order, gap) in breaking.enumerated() {
                chosen[min(gap, inner.count - breaking.count + order)] = gaps[gap]
            }
        } else {
            let spacesAfter = spaces(in: bytes, after: range.upperBound, upTo: upper)
            let spacesBefore = spaces(in: bytes, before: range.lowerBound, downTo: lower)
            if !hasWords {
                // Nothing replaces the words: one break stands between the words around them.
                guard breaking.count == 1, let spacesBefore, let spacesAfter else { return nil }
                return TextEdit(
                    byteRange: spacesBefore.lowerBound..<spacesAfter.upperBound, replacement: Array(bytes[gaps[0]]))
            }
            let markAfter = range.upperBound < upper && isMark(in: bytes, at: range.upperBound)
            let markBefore =
                range.lowerBound > lower && range.lowerBound > 0 && isMark(in: bytes, before: range.lowerBound)
            let insertAfter = range.upperBound..<range.upperBound
            let insertBefore = range.lowerBound..<range.lowerBound
            switch breaking.count - inner.count {
            case 1:
                if let spacesAfter {
                    after = spacesAfter
                } else if let spacesBefore {
                    before = spacesBefore
                } else if markAfter {
                    after = insertAfter
                } else if markBefore {
                    before = insertBefore
                } else {
                    return nil
                }
            case 2:
                guard let end = spacesAfter ?? (markAfter ? insertAfter : nil),
                    let start = spacesBefore ?? (markBefore ? insertBefore : nil)
                else { return nil }
                after = end
                before = start
            default:
                return nil
            }
            var queue = breaking.map { gaps[$0] }[...]
            if before != nil { _ = queue.popFirst() }
            for slot in chosen.indices { chosen[slot] = queue.popFirst() }
        }
        // Other kept gaps (no-break spaces, tabs, several spaces) where there is room.
        for (index, gap) in gaps.enumerated() where index < chosen.count && chosen[index] == nil {
            if !isOneSpace(bytes[gap]), !LineBreaks.contains(in: bytes, gap) { chosen[index] = gap }
        }

        var output: [UInt8] = []
        output.reserveCapacity(text.count + 8)
        if before != nil, let first = breaking.first { output.append(contentsOf: bytes[gaps[first]]) }
        var position = 0
        var innerIndex = 0
        for run in runs {
            output.append(contentsOf: text[position..<run.lowerBound])
            if innerIndex < inner.count, inner[innerIndex] == run, let kept = chosen[innerIndex] {
                output.append(contentsOf: bytes[kept])
            } else if LineBreaks.contains(in: Array(text[run]), 0..<run.count) {
                output.append(0x20)
            } else {
                output.append(contentsOf: text[run])
            }
            if innerIndex < inner.count, inner[innerIndex] == run { innerIndex += 1 }
            position = run.upperBound
        }
        output.append(contentsOf: text[position...])
        if after != nil, let last = breaking.last { output.append(contentsOf: bytes[gaps[last]]) }
        return TextEdit(
            byteRange: (before?.lowerBound ?? range.lowerBound)..<(after?.upperBound ?? range.upperBound),
            replacement: output)
    }

    /// Whether `bytes` surely has nothing to keep: printable ASCII with single spaces, and
    /// no byte that could start a non-ASCII space or break (U+0085, U+00A0, U+1680,
    /// U+2000–U+205F, U+3000). A quick test on bytes that sends everything else to the
    /// full rule, which gives the same answer for plain text.
    private static func isPlain<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var previousWasSpace = false
        for byte in bytes {
            switch byte {
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
                continue
            case 0x00..<0x20, 0x7F, 0xC2, 0xE1, 0xE2, 0xE3: return false
            default: previousWasSpace = false
            }
        }
        return true
    }

    private static func isOneSpace(_ gap: ArraySlice<UInt8>) -> Bool {
        gap.count == 1 && gap.first == 0x20
    }

    private static func isSpace(_ scalar: UInt32) -> Bool {
        Tokenizer.classify(scalar) == .space
    }

    /// Whether the character at `offset` is something other than whitespace.
    private static func isMark(in bytes: [UInt8], at offset: Int) -> Bool {
        bytes.withUnsafeBufferPointer { !isSpace(Tokenizer.decode($0, at: offset).0) }
    }

    /// Whether the character before `offset` is something other than whitespace.
    private static func isMark(in bytes: [UInt8], before offset: Int) -> Bool {
        isMark(in: bytes, at: scalarStart(in: bytes, before: offset))
    }

    /// The offset of the first byte of the scalar that ends at `offset`.
    private static func scalarStart(in bytes: [UInt8], before offset: Int) -> Int {
        var start = offset - 1
        while start > 0 && UTF8.isContinuation(bytes[start]) { start -= 1 }
        return start
    }

    /// The maximal runs of whitespace (spaces, breaks, controls) in `bytes[range]`.
    private static func whitespaceRuns(in bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        bytes.withUnsafeBufferPointer { buffer in
            var index = range.lowerBound
            while index < range.upperBound {
                let (scalar, length) = Tokenizer.decode(buffer, at: index)
                if isSpace(scalar) {
                    if start == nil { start = index }
                } else if let open = start {
                    runs.append(open..<index)
                    start = nil
                }
                index += length
            }
        }
        if let open = start { runs.append(open..<range.upperBound) }
        return runs
    }

    /// The whitespace right after `offset`, if it holds no line break, ends at or before
    /// `upper` and is followed by something else on the same line.
    private static func spaces(in bytes: [UInt8], after offset: Int, upTo upper: Int) -> Range<Int>? {
        var end = offset
        bytes.withUnsafeBufferPointer { buffer in
            while end < buffer.count {
                let (scalar, length) = Tokenizer.decode(buffer, at: end)
                guard isSpace(scalar) else { break }
                end += length
            }
        }
        guard end > offset, end < bytes.count, end <= upper, !LineBreaks.contains(in: bytes, offset..<end) else {
            return nil
        }
        return offset..<end
    }

    /// The whitespace right before `offset`, if it holds no line break, starts after
    /// `lower` and follows something else on the same line.
    private static func spaces(in bytes: [UInt8], before offset: Int, downTo lower: Int) -> Range<Int>? {
        var start = offset
        while start > lower, start > 0, !isMark(in: bytes, before: start) {
            start = scalarStart(in: bytes, before: start)
        }
        guard start < offset, start > lower, start > 0, isMark(in: bytes, before: start),
            !LineBreaks.contains(in: bytes, start..<offset)
        else { return nil }
        return start..<offset
    }
}
