/// A word, number or punctuation mark in a text, located by its UTF-8 bytes.
///
/// Whitespace is not a token: two tokens are separated by any run of whitespace
/// (spaces, tabs, line breaks, no-break and thin spaces) or by nothing.
struct Token: Hashable, Sendable {
    enum Kind: UInt8, Sendable {
        /// Letters (with any marks), possibly mixed with digits.
        case word
        /// Digits, with `.` or `,` between digit groups (`12,000`, `3,5`, `30.000`).
        case number
        /// One character that is neither a letter, a digit nor whitespace.
        case punctuation
    }

    /// Byte offset of the first byte.
    var start: Int
    /// Byte offset just past the last byte.
    var end: Int
    var kind: Kind
    /// Whether every byte of the token is ASCII (its folded form is then its lower case).
    var isASCII: Bool
    /// The folded form's location in ``TokenizedText/foldedBytes``.
    var foldedStart: Int
    var foldedEnd: Int
    /// A 64-bit FNV-1a hash of the folded form, for dictionary lookups without copying.
    var foldedHash: UInt64
}

/// The tokens of a text and the folded (lower-case, accent-free) form of each.
struct TokenizedText: Sendable {
    var tokens: [Token] = []
    var foldedBytes: [UInt8] = []
    /// Whether folding a token rewrote the folded bytes of a token before it: `n` and a
    /// combining tilde (U+0303) fold into `ñ`, even when the tilde starts the next token
    /// or follows only marks that fold to nothing. A run of the tokens may then fold
    /// otherwise than the same text tokenized alone.
    var foldsAcrossTokens = false

    /// The folded forms of the tokens at `range` (indices into ``tokens``), one space
    /// between two, as UTF-8 bytes: each copied once into an array of the right size.
    func joinedFolded(_ range: Range<Int>) -> [UInt8] {
        guard !range.isEmpty else { return [] }
        var length = range.count - 1
        for index in range { length += tokens[index].foldedEnd - tokens[index].foldedStart }
        return foldedBytes.withUnsafeBufferPointer { folded in
            [UInt8](unsafeUninitializedCapacity: length) { joined, count in
                guard let source = folded.baseAddress, var target = joined.baseAddress else { return }
                for index in range {
                    if index > range.lowerBound {
                        target.initialize(to: 0x20)
                        target += 1
                    }
                    let token = tokens[index]
                    let size = token.foldedEnd - token.foldedStart
                    target.initialize(from: source + token.foldedStart, count: size)
                    target += size
                }
                count = length
            }
        }
    }

    /// Whether the folded form of `token` is `word` (a folded word), compared in place
    /// (no string is made).
    func foldedForm(of token: Token, is word: String) -> Bool {
        word.utf8.count == token.foldedEnd - token.foldedStart
            && word.utf8.elementsEqual(foldedBytes[token.foldedStart..<token.foldedEnd])
    }

    /// The folded form of `token`, as a string (for diagnostics and tests).
    func folded(_ token: Token) -> String {
        String(decoding: foldedBytes[token.foldedStart..<token.foldedEnd], as: UTF8.self)
    }
}
