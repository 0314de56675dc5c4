import Foundation

/// Folds characters for matching: lower case, no accents or diaeresis, but `ñ` kept
/// apart from `n` (it is a different letter in Spanish: *año* is not *ano*).
///
/// Fullwidth letters and digits fold to ASCII. Quotation marks fold to `"` or `'` and
/// dashes to `-`, so a pattern written with straight quotes matches curly ones.
enum ScalarFolding {
    /// Appends the folded UTF-8 form of `scalar` to `output`.
    ///
    /// A combining tilde after `n` turns it into `ñ`; other combining marks vanish, so
    /// decomposed text (`a` + U+0301) folds like precomposed text (`á`).
    @inline(__always)
    static func append(_ scalar: UInt32, to output: inout [UInt8]) {
        if scalar < 0x80 {
            let byte = UInt8(truncatingIfNeeded: scalar)
            output.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            return
        }
        if scalar >= 0xC0 && scalar <= 0xFF {
            appendLatin1(scalar) { output.append($0) }
            return
        }
        if scalar == 0x0303, output.last == UInt8(ascii: "n") {
            output.removeLast()
            output.append(contentsOf: [0xC3, 0xB1])
            return
        }
        if isCombiningMark(scalar) { return }
        appendGeneral(scalar, to: &output)
    }

    static func isCombiningMark(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: true
        default: false
        }
    }

    /// U+00C0…U+00FF: base letters for accented vowels, `ç` and `ý`; lower case for the
    /// rest (`Ñ` → `ñ`, `Æ` → `æ`); `×`, `÷` and `ß` as they are. Each folded byte is
    /// passed to `emit`, one or two of them.
    @inline(__always)
    static func appendLatin1(_ scalar: UInt32, _ emit: (UInt8) -> Void) {
        switch scalar {
        case 0xC0...0xC5, 0xE0...0xE5: emit(UInt8(ascii: "a"))
        case 0xC7, 0xE7: emit(UInt8(ascii: "c"))
        case 0xC8...0xCB, 0xE8...0xEB: emit(UInt8(ascii: "e"))
        case 0xCC...0xCF, 0xEC...0xEF: emit(UInt8(ascii: "i"))
        case 0xD2...0xD6, 0xF2...0xF6: emit(UInt8(ascii: "o"))
        case 0xD9...0xDC, 0xF9...0xFC: emit(UInt8(ascii: "u"))
        case 0xDD, 0xFD, 0xFF: emit(UInt8(ascii: "y"))
        case 0xC6, 0xD0, 0xD1, 0xD8, 0xDE:
            emit(0xC3)
            emit(UInt8(truncatingIfNeeded: scalar - 0x40 + 0x20))
        default:
            emit(0xC3)
            emit(UInt8(truncatingIfNeeded: scalar - 0x40))
        }
    }

    private static func appendGeneral(_ scalar: UInt32, to output: inout [UInt8]) {
        if scalar >= 0xFF01 && scalar <= 0xFF5E {
            // Fullwidth forms (ＯＴＡＮ, １２) read as their ASCII letters and digits.
            append(scalar - 0xFEE0, to: &output)
            return
        }
        guard let value = Unicode.Scalar(scalar) else { return }
        if appendPunctuation(scalar, to: &output) { return }
        if let folded = generalFolds.value(for: scalar, { foldedAlone(value) }) {
            output.append(contentsOf: folded)
            return
        }
        append(lowercasedAndDecomposed(value), to: &output)
    }

    /// Scalars folded with Unicode's tables, by scalar: lowering and decomposing one
    /// costs a few microseconds, and a text uses few such scalars, many times each.
    private static let generalFolds = BoundedCache<UInt32, [UInt8]?>(capacity: 4_096)

    /// The folded bytes of `value` on their own, or `nil` when its decomposition starts
    /// with a combining tilde (its folding then depends on the byte before it).
    private static func foldedAlone(_ value: Unicode.Scalar) -> [UInt8]? {
        let decomposed = lowercasedAndDecomposed(value)
        guard decomposed.unicodeScalars.first?.value != 0x0303 else { return nil }
        var folded: [UInt8] = []
        append(decomposed, to: &folded)
        return folded
    }

    /// `value` lowered, then canonically decomposed (NFD), with Foundation's tables.
    private static func lowercasedAndDecomposed(_ value: Unicode.Scalar) -> String {
        String(value).lowercased().decomposedStringWithCanonicalMapping
    }

    /// Appends the scalars of `decomposed` (a lowered, canonically decomposed string)
    /// without their combining marks but for a tilde after `n` (which makes `ñ`).
    private static func append(_ decomposed: String, to output: inout [UInt8]) {
        for part in decomposed.unicodeScalars {
            if part.value == 0x0303, output.last == UInt8(ascii: "n") {
                output.removeLast()
                output.append(contentsOf: [0xC3, 0xB1])
            } else if !isCombiningMark(part.value) {
                output.append(contentsOf: Array(String(part).utf8))
            }
        }
    }

    /// Folds the punctuation of Spanish text without Unicode tables, which would cost more
    /// than the rest of the tokenizer (¿ ¡ « » … — are in most sentences): quotation marks
    /// and dashes as ``ScalarFolding`` says, and the rest of U+0080…U+00BF and of the
    /// General Punctuation block U+2010…U+205F as they are (neither has a lower case nor
    /// a canonical decomposition). Returns `false` for any other scalar, writing nothing.
    @inline(__always)
    static func appendPunctuation(_ scalar: UInt32, to output: inout [UInt8]) -> Bool {
        switch scalar {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0xFF02:
            output.append(UInt8(ascii: "\""))
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x2032, 0xFF07:
            output.append(UInt8(ascii: "'"))
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            output.append(UInt8(ascii: "-"))
        case 0x80...0xBF:
            output.append(0xC2)
            output.append(UInt8(truncatingIfNeeded: scalar))
        case 0x2016...0x205F:
            output.append(0xE2)
            output.append(UInt8(truncatingIfNeeded: 0x80 | (scalar >> 6) & 0x3F))
            output.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
        default:
            return false
        }
        return true
    }
}
