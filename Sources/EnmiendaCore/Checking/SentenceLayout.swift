/// The sentences of a tokenized chunk, and what the tests of an occurrence read from
/// them: which sentence each token is in, where segments end, and where each word of the
/// chunk occurs (for context rules with wide windows).
struct SentenceLayout {
    /// The token indices of each sentence, in order.
    let sentences: [Range<Int>]
    /// The index into ``sentences`` of each token.
    let sentenceOfToken: [Int]
    let bounds: SegmentBounds
    let contextIndex: ContextIndex

    /// Segments `text`, whose tokens index `bytes`.
    init(text: TokenizedText, bytes: [UInt8]) {
        sentences = SentenceSegmenter.sentences(in: text, bytes: bytes)
        var sentenceOfToken = [Int](repeating: 0, count: text.tokens.count)
        for (index, sentence) in sentences.enumerated() {
            for token in sentence { sentenceOfToken[token] = index }
        }
        self.sentenceOfToken = sentenceOfToken
        bounds = SegmentBounds(sentences: sentences, tokenCount: text.tokens.count)
        contextIndex = ContextIndex(text: text)
    }
}
