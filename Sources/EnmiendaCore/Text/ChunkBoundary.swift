/// Where to cut a long text into chunks that can be aligned one at a time, so that
/// memory depends on the chunk size, not on the size of the article.
///
/// A cut never falls inside a sentence when it can help it, since a wrong phrase, a
/// context rule or a sentence shown to the user may span anything shorter. From the
/// target length on, the first of these within a window wins: a line break after the end
/// of a sentence; a blank line; a sentence end (`.`, `!`, `?` and a space) before a
/// capital or an opening mark; then, unless the rest of the text fits in the window
/// (it is then kept whole), any line break, a terminal mark and a space, any space.
/// Only text with none of these
/// in the window (a single "word" of 64 KiB) is cut at a character boundary.
package enum ChunkBoundary {
    /// How far past the target length to look for a good cut.
    package static let window = 65_536

    /// The end (exclusive) of the chunk that starts at `start`.
    package static func end(in bytes: [UInt8], from start: Int, target: Int) -> Int {
        guard bytes.count - start > target else { return bytes.count }
        let lower = start + target
        let upper = min(bytes.count, lower + window)
        // Each rule gives the cut (the start of the next chunk) for a position, or nil.
        let rules: [(Int) -> Int?] = [
            { bytes[$0] == 0x0A && endsSentence(bytes, before: $0) ? $0 + 1 : nil },
            {
                bytes[$0] == 0x0A && $0 + 1 < bytes.count && (bytes[$0 + 1] == 0x0A || bytes[$0 + 1] == 0x0D)
                    ? $0 + 1 : nil
            },
            {
                isTerminal(bytes[$0]) && $0 + 2 < bytes.count && bytes[$0 + 1] == 0x20 && opensSentence(bytes[$0 + 2])
                    ? $0 + 2 : nil
            },
            { bytes[$0] == 0x0A || bytes[$0] == 0x0D ? $0 + 1 : nil },
            { isTerminal(bytes[$0]) && $0 + 1 < bytes.count && bytes[$0 + 1] == 0x20 ? $0 + 2 : nil },
            { bytes[$0] == 0x20 ? $0 + 1 : nil },
        ]
        for (index, rule) in rules.enumerated() {
            // When the window reaches the end of the text, the rest is small enough to keep
            // whole rather than cut anywhere but between sentences.
            if index == 3 && upper == bytes.count { return bytes.count }
            if let cut = (lower..<upper).lazy.compactMap(rule).first { return cut }
        }
        var cut = lower
        while cut < bytes.count && UTF8.isContinuation(bytes[cut]) { cut += 1 }
        return cut
    }

    /// How far past a cut inside a sentence the chunks on both sides of it read at least,
    /// in bytes: far more than a wrong phrase spans, and more than half the excerpt shown
    /// for a finding in an endless sentence (1,200 bytes).
    package static let minimumContext = 2_048

    /// The bytes around the cut at `cut` (a byte offset into `bytes`) that the chunks on
    /// both sides of it also read, as byte offsets into `bytes` within `limits` (the part
    /// of `bytes` that is text).
    ///
    /// Empty at a cut next to a blank line: no match, sentence or context rule spans a
    /// paragraph break. Anywhere else it reaches (a line that ends a sentence may go on
    /// in the next when that starts in lower case, and a match may run over a line break;
    /// a sentence end before a capital may be an abbreviation's; a space or a character
    /// boundary is inside a sentence) at least ``minimumContext`` bytes each way, then on to where a
    /// line or a sentence starts (before the cut) or ends (after it), within ``window``
    /// bytes; failing that to a space, and failing that to a character boundary. A
    /// phrase across the cut is then seen whole by the chunk where it starts, and a
    /// sentence around it reads as it does in the whole text.
    ///
    /// - Complexity: O(``window``) at worst; O(1) at a cut between paragraphs.
    package static func context(around cut: Int, in bytes: [UInt8], within limits: Range<Int>) -> Range<Int> {
        guard cut > limits.lowerBound, cut < limits.upperBound else { return cut..<cut }
        if bytes[cut - 1] == 0x0A
            && (bytes[cut] == 0x0A || bytes[cut] == 0x0D || endsBlankLine(bytes, at: cut - 1, from: limits.lowerBound))
        {
            return cut..<cut
        }
        return contextStart(before: cut, in: bytes, within: limits)..<contextEnd(after: cut, in: bytes, within: limits)
    }

    private static func contextStart(before cut: Int, in bytes: [UInt8], within limits: Range<Int>) -> Int {
        let near = cut - minimumContext
        guard near > limits.lowerBound else { return limits.lowerBound }
        let far = max(limits.lowerBound, cut - window)
        // Each candidate has a byte before it to look at (the text's own start is not
        // taken for a sentence start: `limits` may be a window of a longer text).
        let candidates = (far + 1...near).reversed()
        let startsSentence = { (position: Int) -> Bool in
            let before = bytes[position - 1]
            return before == 0x0A || before == 0x0D
                || (before == 0x20 && position - 2 >= limits.lowerBound && isTerminal(bytes[position - 2]))
        }
        if let start = candidates.first(where: startsSentence) { return start }
        if let start = candidates.first(where: { bytes[$0 - 1] == 0x20 }) { return start }
        var start = near
        while start < cut && UTF8.isContinuation(bytes[start]) { start += 1 }
        return start
    }

    private static func contextEnd(after cut: Int, in bytes: [UInt8], within limits: Range<Int>) -> Int {
        let near = cut + minimumContext
        guard near < limits.upperBound else { return limits.upperBound }
        let far = min(limits.upperBound, cut + window)
        let endsSentence = { (position: Int) -> Bool in
            bytes[position] == 0x0A || bytes[position] == 0x0D
                || (isTerminal(bytes[position]) && position + 1 < limits.upperBound && bytes[position + 1] == 0x20)
        }
        if let end = (near..<far).first(where: endsSentence) { return end + 1 }
        if let end = (near..<far).first(where: { bytes[$0] == 0x20 }) { return end }
        if far == limits.upperBound { return far }
        var end = near
        while end < limits.upperBound && UTF8.isContinuation(bytes[end]) { end += 1 }
        return end
    }

    /// Whether the line feed at `index` ends an empty line (`\n\n` or `\n\r\n`).
    private static func endsBlankLine(_ bytes: [UInt8], at index: Int, from start: Int) -> Bool {
        var position = index - 1
        if position >= start && bytes[position] == 0x0D { position -= 1 }
        return position >= start && bytes[position] == 0x0A
    }

    private static func isTerminal(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    /// An upper-case ASCII letter, a digit, or the lead byte of a non-ASCII character
    /// (accented capitals, `¿`, `¡`, curly quotes, `«`).
    private static func opensSentence(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0xC2
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(")
    }

    /// Whether the text before the line break at `index` ends a sentence (a terminal mark,
    /// maybe followed by closing quotes or brackets).
    private static func endsSentence(_ bytes: [UInt8], before index: Int) -> Bool {
        var position = index - 1
        while position >= 0, bytes[position] == 0x0D || bytes[position] == 0x20 { position -= 1 }
        // Closing quotes and brackets: ” (E2 80 9D), » (C2 BB), ", ', ).
        while position >= 0 {
            if bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
                || bytes[position] == UInt8(ascii: ")")
            {
                position -= 1
            } else if position >= 2, bytes[position - 2] == 0xE2, bytes[position - 1] == 0x80, bytes[position] == 0x9D {
                position -= 3
            } else if position >= 1, bytes[position - 1] == 0xC2, bytes[position] == 0xBB {
                position -= 2
            } else {
                break
            }
        }
        return position >= 0 && isTerminal(bytes[position])
    }
}
