/// A finding's sentence and match in folded form (``PhrasePattern/foldedBytes(_:)``),
/// as the engine already has them from the text's tokens: the input of
/// ``Finding/fingerprint``, kept so that it is not folded a second time.
///
/// The findings of one sentence share its folded bytes (one array), each with the part it
/// carries (all of it, or the part of a long sentence clipped around its match). It is a
/// cache, not part of a finding's value: any two are equal and it adds nothing to a hash,
/// so a finding made by the engine equals the same finding made by hand.
package struct FoldedText: Hashable, Sendable {
    /// The folded sentence: its folded tokens, one space between two (UTF-8 bytes).
    package let sentence: [UInt8]
    /// Where the folded ``Finding/sentence`` (the part the finding carries) is in
    /// ``sentence`` (byte offsets).
    package let carried: Range<Int>
    /// Where the folded ``Finding/matchedText`` is in ``sentence`` (byte offsets).
    package let match: Range<Int>
    /// Whether the folded forms are there.
    package let isKnown: Bool

    /// The folded forms of a sentence, of the part of it a finding carries and of the
    /// match in it.
    ///
    /// - Precondition: `match` is within `carried`, and `carried` within `sentence`.
    package init(sentence: [UInt8], carried: Range<Int>, match: Range<Int>) {
        precondition(
            carried.lowerBound >= 0 && carried.upperBound <= sentence.count && carried.lowerBound <= match.lowerBound
                && match.upperBound <= carried.upperBound, "the match is in the sentence")
        self.sentence = sentence
        self.carried = carried
        self.match = match
        isKnown = true
    }

    /// No folded forms: ``Finding/fingerprint`` folds the strings.
    package init() {
        sentence = []
        carried = 0..<0
        match = 0..<0
        isKnown = false
    }

    package static func == (lhs: FoldedText, rhs: FoldedText) -> Bool { true }

    package func hash(into hasher: inout Hasher) {}
}
