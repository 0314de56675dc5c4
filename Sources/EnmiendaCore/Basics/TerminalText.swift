/// Text from an article or a glossary, made safe and one-line for a terminal.
///
/// Articles and glossaries come from anywhere; printed as they are, an ESC or BEL could
/// retitle the terminal or clear it, a bidirectional override could make a line read
/// other than it is (the "Trojan Source" trick, CVE-2021-42574), and a line break would
/// cut a diagnostic in two. So text reports print:
///
/// - each run of whitespace that holds a line break (see ``LineBreaks``) as one space,
///   and a tab as a space;
/// - every other control character (C0, DEL, C1) and every bidirectional embedding,
///   override or isolate (U+202A–U+202E, U+2066–U+2069) as a visible escape, `\u{1B}`.
package enum TerminalText {
    /// `text` as a text report prints it.
    ///
    /// - Complexity: O(n) in the length of `text`; text with nothing to change is
    ///   returned as it is.
    package static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        return pieces(text.unicodeScalars).joined()
    }

    /// `name` (a file name, a path) with every control character, line break and
    /// bidirectional control shown as a `\u{…}` escape, so that it stays one visible
    /// token: `a⏎b.txt` prints as `a\u{A}b.txt`.
    package static func escapedName(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { $0.value == 0x09 || isLineBreak($0.value) || isControl($0.value) })
        else { return name }
        var result = ""
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if value == 0x09 || isLineBreak(value) || isControl(value) {
                result += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text`, a message of one or more lines, with each line ``escaped(_:)``: for
    /// diagnostics on standard error, which may quote an article, a glossary or a file name.
    package static func escapedLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && needsEscaping($0) }) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(
            separator: "\n")
    }

    /// The printed form of each scalar of `scalars`, in order: one string per scalar,
    /// empty for a line break that merges into the whitespace before it. Used to keep an
    /// underline under its words: the printed width of a scalar is its piece's length.
    package static func pieces<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> [String] {
        let all = Array(scalars)
        var result: [String] = []
        result.reserveCapacity(all.count)
        var index = 0
        while index < all.count {
            let value = all[index].value
            guard isLineBreak(value) || value == 0x09 || value == 0x20 else {
                result.append(
                    isControl(value) ? "\\u{" + String(value, radix: 16, uppercase: true) + "}" : String(all[index]))
                index += 1
                continue
            }
            var end = index
            var hasBreak = false
            while end < all.count, isLineBreak(all[end].value) || all[end].value == 0x09 || all[end].value == 0x20 {
                hasBreak = hasBreak || isLineBreak(all[end].value)
                end += 1
            }
            if hasBreak {
                result.append(" ")
                result += repeatElement("", count: end - index - 1)
            } else {
                result += repeatElement(" ", count: end - index)
            }
            index = end
        }
        return result
    }

    /// How many terminal columns `piece` (one of ``pieces(_:)``) takes, counted as
    /// terminals count them for the text Enmienda prints: none for a combining mark or a
    /// format character (general categories Mn, Me and Cf: U+0301 after a vowel, U+200D,
    /// U+FE0F), one for any other scalar (a soft hyphen, Cf, is shown as a hyphen).
    package static func columns(_ piece: String) -> Int {
        piece.unicodeScalars.reduce(0) { count, scalar in
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: count
            case .format: scalar.value == 0xAD ? count + 1 : count
            default: count + 1
            }
        }
    }

    private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x09 || isLineBreak(scalar.value) || isControl(scalar.value)
    }

    private static func isLineBreak(_ value: UInt32) -> Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func isControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x08, 0x0E...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: value != 0x85
        default: false
        }
    }
}
