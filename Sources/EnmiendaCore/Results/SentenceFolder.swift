/// Folds the sentences and matches of a chunk's findings from the chunk's tokens, which
/// the scan has folded already, rather than tokenizing them again for
/// ``Finding/fingerprint`` (see ``FoldedText``).
///
/// The findings of a sentence come one after another: the folder keeps the last sentence
/// it folded, and they share its bytes, even those that carry only part of it (a long
/// sentence clipped around each match).
struct SentenceFolder {
    private let text: TokenizedText
    /// The last sentence folded: its tokens, its folded bytes, and where each of its
    /// tokens starts in them.
    private var last: (tokens: Range<Int>, folded: [UInt8], starts: [Int32])?

    /// A folder for the findings of the chunk tokenized as `text`.
    init(text: TokenizedText) {
        self.text = text
    }

    /// The folded forms of a finding whose sentence is made of the tokens `sentence`, of
    /// which it carries the bytes `sentenceBytes` (all of them, or a part clipped around a
    /// long sentence's match), and whose match is made of the tokens `match`: the bytes
    /// ``PhrasePattern/foldedBytes(_:)`` gives for the finding's sentence and match.
    /// `nil` when the chunk's tokens may fold otherwise than those texts alone:
    /// - the chunk folds across tokens (``TokenizedText/foldsAcrossTokens``: a combining
    ///   tilde that makes `ñ` of the `n` of the token before);
    /// - `sentenceBytes` does not start where a token starts and end where one ends (a
    ///   clipped sentence cut inside a word).
    mutating func folded(sentence: Range<Int>, bytes sentenceBytes: Range<Int>, match: ClosedRange<Int>)
        -> FoldedText?
    {
        let tokens = text.tokens
        guard !text.foldsAcrossTokens, !sentence.isEmpty else { return nil }
        var carried = sentence
        if sentenceBytes != tokens[sentence.lowerBound].start..<tokens[sentence.upperBound - 1].end {
            guard let first = token(at: sentenceBytes.lowerBound, starting: true, in: sentence),
                let final = token(at: sentenceBytes.upperBound, starting: false, in: sentence), first <= final
            else { return nil }
            carried = first..<final + 1
        }
        guard carried.contains(match.lowerBound), carried.contains(match.upperBound) else { return nil }
        if last?.tokens != sentence { last = fold(sentence) }
        guard let last else { return nil }
        func start(_ token: Int) -> Int { Int(last.starts[token - sentence.lowerBound]) }
        func end(_ token: Int) -> Int { start(token) + tokens[token].foldedEnd - tokens[token].foldedStart }
        return FoldedText(
            sentence: last.folded, carried: start(carried.lowerBound)..<end(carried.upperBound - 1),
            match: start(match.lowerBound)..<end(match.upperBound))
    }

    /// The tokens `sentence` folded and joined, and where each starts in the bytes.
    private func fold(_ sentence: Range<Int>) -> (tokens: Range<Int>, folded: [UInt8], starts: [Int32]) {
        let tokens = text.tokens
        var starts: [Int32] = []
        starts.reserveCapacity(sentence.count)
        var offset = 0
        for index in sentence {
            starts.append(Int32(truncatingIfNeeded: offset))
            offset += tokens[index].foldedEnd - tokens[index].foldedStart + 1
        }
        return (sentence, text.joinedFolded(sentence), starts)
    }

    /// The token of `range` that starts (or, not `starting`, ends) at byte `offset`, found
    /// by halving: tokens are in text order, so both their starts and ends grow with the
    /// index.
    private func token(at offset: Int, starting: Bool, in range: Range<Int>) -> Int? {
        let tokens = text.tokens
        func edge(_ index: Int) -> Int { starting ? tokens[index].start : tokens[index].end }
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if edge(middle) < offset { low = middle + 1 } else { high = middle }
        }
        return low < range.upperBound && edge(low) == offset ? low : nil
    }
}
