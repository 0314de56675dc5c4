/// Splits UTF-8 text into words, numbers and punctuation, with exact byte offsets.
///
/// Works on bytes, decoding a scalar only outside ASCII. Words are runs of letters,
/// digits and combining marks; soft hyphens and zero-width joiners inside a word are
/// ignored (`tal\u{AD}leres` is `talleres`). A number keeps `.` and `,` between digit
/// groups (`12,000`, `3,5`). Everything else that is not whitespace is a one-character
/// punctuation token.
enum Tokenizer {
    /// Tokenizes `bytes[range]`, which must be valid UTF-8.
    ///
    /// - Complexity: O(n) in the length of the range.
    static func tokenize(_ bytes: [UInt8], in range: Range<Int>) -> TokenizedText {
        var tokens: [Token] = []
        var folded: [UInt8] = []
        tokens.reserveCapacity(range.count / 5)
        folded.reserveCapacity(range.count)
        bytes.withUnsafeBufferPointer { buffer in
            asciiClass.withUnsafeBufferPointer { table in
                var index = range.lowerBound
                let end = range.upperBound
                while index < end {
                    let byte = buffer[index]
                    // ASCII fast path: spaces and the start of plain words need no decoding.
                    if byte < 0x80 {
                        let kind = table[Int(byte)]
                        if kind == 0 {
                            index += 1
                            continue
                        }
                        if kind != 3 {
                            index = scanWord(
                                buffer, from: index, end: end, table: table, tokens: &tokens, folded: &folded)
                            continue
                        }
                    }
                    let (scalar, length) = decode(buffer, at: index)
                    switch classify(scalar) {
                    case .space, .ignorable:
                        index += length
                    case .other:
                        let foldedStart = folded.count
                        ScalarFolding.append(scalar, to: &folded)
                        tokens.append(
                            Token(
                                start: index, end: index + length, kind: .punctuation, foldedStart: foldedStart,
                                foldedEnd: folded.count, foldedHash: hash(folded, from: foldedStart)))
                        index += length
                    case .letter, .digit, .mark:
                        index = scanWord(buffer, from: index, end: end, table: table, tokens: &tokens, folded: &folded)
                    }
                }
            }
        }
        return TokenizedText(tokens: tokens, foldedBytes: folded)
    }

    /// For each ASCII byte: 0 space or control, 1 letter, 2 digit, 3 anything else.
    private static let asciiClass: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch byte {
        case 0x30...0x39: 2
        case 0x41...0x5A, 0x61...0x7A: 1
        case 0x00...0x20, 0x7F: 0
        default: 3
        }
    }

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// Scans one word or number starting at `start`; returns where it ends.
    @inline(__always)
    private static func scanWord(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, table: UnsafeBufferPointer<UInt8>,
        tokens: inout [Token], folded: inout [UInt8]
    ) -> Int {
        let foldedStart = folded.count
        var index = start
        var sawLetter = false
        var lastWasDigit = false
        var hash = fnvOffset
        // Folding outside ASCII may rewrite bytes already folded (n + U+0303 is ñ): the
        // hash is then computed again at the end.
        var rehash = false
        scanning: while index < end {
            let byte = buffer[index]
            if byte < 0x80 {
                var kind = table[Int(byte)]
                if kind == 1 || kind == 2 {
                    // A run of ASCII letters and digits: hashed byte by byte, copied at
                    // once, lowered in place (appending byte by byte costs more than all
                    // the rest of the loop).
                    let runStart = index
                    var current = byte
                    while true {
                        if kind == 1 {
                            let lower = current <= 0x5A ? current | 0x20 : current
                            hash = (hash ^ UInt64(lower)) &* fnvPrime
                            sawLetter = true
                            lastWasDigit = false
                        } else {
                            hash = (hash ^ UInt64(current)) &* fnvPrime
                            lastWasDigit = true
                        }
                        index += 1
                        guard index < end else { break }
                        current = buffer[index]
                        guard current < 0x80 else { break }
                        kind = table[Int(current)]
                        guard kind == 1 || kind == 2 else { break }
                    }
                    let runFolded = folded.count
                    folded.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                    folded.withUnsafeMutableBufferPointer { output in
                        for position in runFolded..<output.count where output[position] &- 0x41 < 26 {
                            output[position] |= 0x20
                        }
                    }
                    continue
                }
                if kind == 0 { break scanning }
            }
            let (scalar, length) = decode(buffer, at: index)
            switch classify(scalar) {
            case .letter:
                sawLetter = true
                lastWasDigit = false
            case .mark:
                lastWasDigit = false
            case .digit:
                lastWasDigit = true
            case .ignorable:
                index += length
                continue scanning
            case .other:
                // `.` or `,` between two digits stays inside the number: 12,000 · 3,5 · 30.000
                let separatesDigits =
                    lastWasDigit && (scalar == 0x2C || scalar == 0x2E) && index + 1 < end
                    && isASCIIDigit(buffer[index + 1])
                guard separatesDigits else { break scanning }
                lastWasDigit = false
            case .space:
                break scanning
            }
            ScalarFolding.append(scalar, to: &folded)
            if scalar < 0x80, let last = folded.last {
                hash = (hash ^ UInt64(last)) &* fnvPrime  // `.` or `,` inside a number
            } else {
                rehash = true
            }
            index += length
        }
        if rehash { hash = Self.hash(folded, from: foldedStart) }
        tokens.append(
            Token(
                start: start, end: index, kind: sawLetter ? .word : .number, foldedStart: foldedStart,
                foldedEnd: folded.count, foldedHash: hash))
        return index
    }

    enum ScalarClass: Equatable {
        case letter, digit, mark, space, ignorable, other
    }

    @inline(__always)
    static func classify(_ scalar: UInt32) -> ScalarClass {
        if scalar < 0x80 {
            switch scalar {
            case 0x30...0x39: return .digit
            case 0x41...0x5A, 0x61...0x7A: return .letter
            case 0x09...0x0D, 0x20: return .space
            case 0x00...0x08, 0x0E...0x1F, 0x7F: return .space  // control characters separate words
            default: return .other
            }
        }
        switch scalar {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return .space
        case 0xAD, 0x200C, 0x200D, 0x2060, 0xFEFF: return .ignorable
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .ignorable  // bidi controls
        case 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return .letter
        // Common punctuation, answered without Unicode property lookups: ¡ « » ¿ · and the
        // General Punctuation block (dashes, curly quotes, ellipsis, bullets).
        case 0xA1...0xBF, 0xD7, 0xF7, 0x2010...0x2027, 0x2030...0x205E: return .other
        default: break
        }
        if ScalarFolding.isCombiningMark(scalar) { return .mark }
        guard let value = Unicode.Scalar(scalar) else { return .other }
        let properties = value.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
        case .decimalNumber: return .digit
        case .letterNumber, .otherNumber: return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return .space
        case .control, .format: return .ignorable
        default: return .other
        }
    }

    @inline(__always)
    static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Decodes the scalar at `index` of valid UTF-8.
    @inline(__always)
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(buffer[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(buffer[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return (
                (lead & 0x0F) << 12 | UInt32(buffer[index + 1] & 0x3F) << 6 | UInt32(buffer[index + 2] & 0x3F), 3
            )
        }
        return (
            (lead & 0x07) << 18 | UInt32(buffer[index + 1] & 0x3F) << 12 | UInt32(buffer[index + 2] & 0x3F) << 6
                | UInt32(buffer[index + 3] & 0x3F), 4
        )
    }

    /// FNV-1a over `bytes[start...]`.
    @inline(__always)
    static func hash(_ bytes: [UInt8], from start: Int) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in start..<bytes.count {
            value = (value ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
        }
        return value
    }
}
