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
