/// Folds the sentences and matches of a chunk's findings from the chunk's tokens, which
/// the scan has folded already, rather than tokenizing them again for
/// ``Finding/fingerprint`` (see ``FoldedText``).
///
/// The findings of a sentence come one after another: the folder keeps the last sentence
/// it folded, and they share its bytes.
struct SentenceFolder {
    private let text: TokenizedText
    private let bytes: [UInt8]
    /// The last sentence folded (the tokens a finding carries of it), and its bytes
    /// unless it could not be folded.
    private var last: (tokens: Range<Int>, folded: [UInt8]?)?

    /// A folder for the findings of the chunk tokenized as `text`, from `bytes` (the
    /// document's bytes, which the tokens locate).
    init(text: TokenizedText, bytes: [UInt8]) {
        self.text = text
        self.bytes = bytes
    }

    /// The folded forms of a finding whose sentence is made of the tokens `sentence`, of
    /// which it carries the bytes `sentenceBytes` (all of them, or a part clipped around
    /// a long sentence's match), and whose match is made of the tokens `match`: the bytes
    /// ``PhrasePattern/foldedBytes(_:)`` gives for the finding's sentence and match.
    /// `nil` when the chunk's tokens may fold otherwise than those texts alone:
    /// - `sentenceBytes` does not start where a token starts and end where one ends (a
    ///   clipped sentence cut inside a word);
    /// - a token that begins with a combining tilde (U+0303) is in the finding's sentence
    ///   or right after it: folding `n` and U+0303 rewrites the `n` into `ñ`, so such a
    ///   token changes the folded bytes of the token before it in the chunk, and not in a
    ///   text that starts with it. Everything else a token's folded form depends on lies
    ///   inside the token.
    mutating func folded(sentence: Range<Int>, bytes sentenceBytes: Range<Int>, match: ClosedRange<Int>)
        -> FoldedText?
    {
        let tokens = text.tokens
        guard !sentence.isEmpty else { return nil }
        var carried = sentence
        if sentenceBytes != tokens[sentence.lowerBound].start..<tokens[sentence.upperBound - 1].end {
            guard let first = token(startingAt: sentenceBytes.lowerBound, in: sentence),
                let final = token(endingAt: sentenceBytes.upperBound, in: sentence), first <= final
            else { return nil }
            carried = first..<final + 1
        }
        guard carried.contains(match.lowerBound), carried.contains(match.upperBound) else { return nil }
        if last?.tokens != carried { last = (carried, fold(carried)) }
        guard let folded = last?.folded else { return nil }
        var start = 0
        for index in carried.lowerBound..<match.lowerBound {
            start += tokens[index].foldedEnd - tokens[index].foldedStart + 1
        }
        var end = start + match.count - 1
        for index in match { end += tokens[index].foldedEnd - tokens[index].foldedStart }
        return FoldedText(sentence: folded, match: start..<end)
    }

    /// The token of `range` that starts at byte `offset`, if there is one.
    private func token(startingAt offset: Int, in range: Range<Int>) -> Int? {
        token(withEdge: \.start, at: offset, in: range)
    }

    /// The token of `range` that ends at byte `offset`, if there is one.
    private func token(endingAt offset: Int, in range: Range<Int>) -> Int? {
        token(withEdge: \.end, at: offset, in: range)
    }

    /// The token of `range` whose `edge` (its start or its end) is at byte `offset`, found
    /// by halving: tokens are in text order, so both edges grow with the index.
    private func token(withEdge edge: KeyPath<Token, Int>, at offset: Int, in range: Range<Int>) -> Int? {
        let tokens = text.tokens
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle][keyPath: edge] < offset { low = middle + 1 } else { high = middle }
        }
        return low < range.upperBound && tokens[low][keyPath: edge] == offset ? low : nil
    }

    /// The tokens `range` folded and joined, or `nil` if a token in it or right after it
    /// begins with U+0303.
    private func fold(_ range: Range<Int>) -> [UInt8]? {
        let tokens = text.tokens
        for index in range.lowerBound..<min(range.upperBound + 1, tokens.count) {
            let start = tokens[index].start
            if bytes[start] == 0xCC, start + 1 < bytes.count, bytes[start + 1] == 0x83 { return nil }
        }
        return text.joinedFolded(range)
    }
}
