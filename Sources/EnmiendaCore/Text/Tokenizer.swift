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
        bytes.withUnsafeBufferPointer { tokenize($0, in: range) }
    }

    /// Tokenizes `buffer[range]`, which must be valid UTF-8.
    ///
    /// - Complexity: O(n) in the length of the range.
    static func tokenize(_ buffer: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> TokenizedText {
        var tokens: [Token] = []
        // About one token per 4.8 bytes in Spanish prose: room enough to never grow.
        tokens.reserveCapacity(range.count / 4 + 16)
        var folded = FoldedOutput(capacity: range.count + 64)
        defer { folded.deallocate() }
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
                    folded.append(scalar, followedBy: end - index - length)
                    tokens.append(
                        Token(
                            start: index, end: index + length, kind: .punctuation, isASCII: scalar < 0x80,
                            foldedStart: foldedStart,
                            foldedEnd: folded.count, foldedHash: folded.hash(from: foldedStart)))
                    index += length
                case .letter, .digit, .mark:
                    index = scanWord(buffer, from: index, end: end, table: table, tokens: &tokens, folded: &folded)
                }
            }
        }
        return TokenizedText(
            tokens: tokens, foldedBytes: folded.array, foldsAcrossTokens: folded.rewroteEarlierToken)
    }

    /// The folded bytes of a text being tokenized, written in place.
    ///
    /// Folding never writes more bytes than it reads, except for a scalar that
    /// ``ScalarFolding`` decomposes (Hangul syllables, some Greek letters). So there is
    /// always room for as many bytes as the text has left: `capacity` starts at the
    /// text's length, and ``append(_:followedBy:)`` grows it when a scalar's folded form
    /// would take that room.
    private struct FoldedOutput {
        private(set) var base: UnsafeMutablePointer<UInt8>
        private(set) var count = 0
        private var capacity: Int
        /// The folded form of one scalar outside the fast paths.
        private var scratch: [UInt8] = []
        /// Where the folded form of the token being scanned starts.
        var tokenStart = 0
        /// Whether a combining tilde rewrote an `n` written before ``tokenStart``: one that
        /// starts a token, or follows only marks that fold to nothing.
        private(set) var rewroteEarlierToken = false

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }

        func deallocate() { base.deallocate() }

        var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

        /// Writes one byte; there is always room for as many bytes as the text has left.
        @inline(__always)
        mutating func emit(_ byte: UInt8) {
            base[count] = byte
            count += 1
        }

        /// Takes in the `count` bytes written straight at `base + count`.
        @inline(__always)
        mutating func advance(by written: Int) { count += written }

        /// Appends the folded form of `scalar`, as ``ScalarFolding/append(_:to:)`` does,
        /// keeping room for the `remaining` bytes of text after it.
        @inline(__always)
        mutating func append(_ scalar: UInt32, followedBy remaining: Int) {
            if scalar < 0x80 {
                let byte = UInt8(truncatingIfNeeded: scalar)
                emit(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                return
            }
            if scalar == 0x0303, count > 0, base[count - 1] == UInt8(ascii: "n") {
                if count - 1 < tokenStart { rewroteEarlierToken = true }
                base[count - 1] = 0xC3
                emit(0xB1)
                return
            }
            appendSlowly(scalar, followedBy: remaining)
        }

        private mutating func appendSlowly(_ scalar: UInt32, followedBy remaining: Int) {
            scratch.removeAll(keepingCapacity: true)
            ScalarFolding.append(scalar, to: &scratch)
            if count + scratch.count + remaining > capacity {
                let grown = max(2 * capacity, count + scratch.count + remaining)
                let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
                moved.update(from: base, count: count)
                base.deallocate()
                base = moved
                capacity = grown
            }
            for byte in scratch { emit(byte) }
        }

        /// FNV-1a over the bytes written from `start` on.
        func hash(from start: Int) -> UInt64 {
            var value = Tokenizer.fnvOffset
            for index in start..<count {
                value = (value ^ UInt64(base[index])) &* Tokenizer.fnvPrime
            }
            return value
        }
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

    /// The offset basis and prime of 64-bit FNV-1a, the hash of folded tokens (and of
    /// ``Finding/fingerprint``).
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// Scans one word or number starting at `start`; returns where it ends.
    @inline(__always)
    private static func scanWord(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, table: UnsafeBufferPointer<UInt8>,
        tokens: inout [Token], folded: inout FoldedOutput
    ) -> Int {
        let foldedStart = folded.count
        folded.tokenStart = foldedStart
        var index = start
        var sawLetter = false
        var lastWasDigit = false
        var isASCII = true
        var hash = fnvOffset
        // Folding outside ASCII may rewrite bytes already folded (n + U+0303 is ñ): the
        // hash is then computed again at the end.
        var rehash = false
        scanning: while index < end {
            let byte = buffer[index]
            if byte < 0x80 {
                let kind = table[Int(byte)]
                if kind == 1 {
                    // A run of ASCII letters is lowered, hashed and written in one tight
                    // loop: `byte | 0x20` is in a...z exactly for the letters A...Z, a...z.
                    let out = folded.base + folded.count
                    var written = 0
                    while index < end {
                        let lower = buffer[index] | 0x20
                        guard lower &- 0x61 < 26 else { break }
                        hash = (hash ^ UInt64(lower)) &* fnvPrime
                        out[written] = lower
                        written &+= 1
                        index &+= 1
                    }
                    folded.advance(by: written)
                    sawLetter = true
                    lastWasDigit = false
                    continue
                }
                if kind == 2 {
                    hash = (hash ^ UInt64(byte)) &* fnvPrime
                    folded.emit(byte)
                    lastWasDigit = true
                    index += 1
                    continue
                }
                if kind == 0 { break scanning }
            } else if byte == 0xC3, index + 1 < end {
                // Latin-1 letters (á, é, ñ, ü…), most of Spanish outside ASCII.
                let scalar = (UInt32(byte) & 0x1F) << 6 | UInt32(buffer[index + 1] & 0x3F)
                if scalar != 0xD7, scalar != 0xF7 {
                    isASCII = false
                    let before = folded.count
                    ScalarFolding.appendLatin1(scalar) { folded.emit($0) }
                    for position in before..<folded.count {
                        hash = (hash ^ UInt64(folded.base[position])) &* fnvPrime
                    }
                    sawLetter = true
                    lastWasDigit = false
                    index += 2
                    continue
                }
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
                isASCII = isASCII && scalar < 0x80
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
            isASCII = isASCII && scalar < 0x80
            folded.append(scalar, followedBy: end - index - length)
            if scalar < 0x80 {
                hash = (hash ^ UInt64(folded.base[folded.count - 1])) &* fnvPrime  // `.` or `,` inside a number
            } else {
                rehash = true
            }
            index += length
        }
        if rehash { hash = folded.hash(from: foldedStart) }
        tokens.append(
            Token(
                start: start, end: index, kind: sawLetter ? .word : .number, isASCII: isASCII, foldedStart: foldedStart,
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
        var value = fnvOffset
        for index in start..<bytes.count {
            value = (value ^ UInt64(bytes[index])) &* fnvPrime
        }
        return value
    }
}
