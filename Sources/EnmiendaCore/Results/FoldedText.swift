/// A finding's sentence and match in folded form (``PhrasePattern/foldedBytes(_:)``),
/// as the engine already has them from the text's tokens: the input of
/// ``Finding/fingerprint``, kept so that it is not folded a second time.
///
/// The findings of one sentence share its folded bytes (one array). It is a cache, not
/// part of a finding's value: any two are equal and it adds nothing to a hash, so a
/// finding made by the engine equals the same finding made by hand.
package struct FoldedText: Hashable, Sendable {
    /// The folded sentence: the folded tokens of ``Finding/sentence``, one space between
    /// two (UTF-8 bytes).
    package let sentence: [UInt8]
    /// Where the folded ``Finding/matchedText`` is in ``sentence`` (byte offsets).
    package let match: Range<Int>

    /// The folded forms of a sentence and of the match in it.
    ///
    /// - Precondition: `match` is within `sentence`'s bounds.
    package init(sentence: [UInt8], match: Range<Int>) {
        precondition(match.lowerBound >= 0 && match.upperBound <= sentence.count, "the match is in the sentence")
        self.sentence = sentence
        self.match = match
        isKnown = true
    }

    /// No folded forms: ``Finding/fingerprint`` folds the strings.
    package init() {
        sentence = []
        match = 0..<0
        isKnown = false
    }

    /// Whether the folded forms are there.
    package let isKnown: Bool

    package static func == (lhs: FoldedText, rhs: FoldedText) -> Bool { true }

    package func hash(into hasher: inout Hasher) {}
}
