/// Where the words of one chunk's text are, and what the context rules with a wide
/// window have found in each sentence so far: built as the rules ask, once per chunk,
/// so that judging an occurrence costs a binary search instead of a reading of its
/// window (see ``ContextFilter/isWide(_:sentence:)``, which also sends rules with many
/// alternatives here).
///
/// Not shared between chunks or threads: each scan of a chunk makes its own.
final class ContextIndex {
    /// What a list of starts is of: the phrases of one rule (`part` 0), or the entry's
    /// own forms of `-part` words that the rule licenses (`part` < 0), in the sentence
    /// starting at token `sentence`.
    struct Key: Hashable {
        var entry: Int
        var rule: Int
        var part: Int
        var sentence: Int
    }

    private let text: TokenizedText
    /// The token indices of each folded word, ascending; built on first use.
    private var positionsByWord: [String: [Int]]?
    private var found: [Key: [Int]] = [:]
    private var phrases: [Key: [(length: Int, starts: [Int])]] = [:]

    init(text: TokenizedText) {
        self.text = text
    }

    /// The starts (token indices, ascending) recorded under `key`, computed by
    /// `compute` the first time.
    func starts(_ key: Key, _ compute: () -> [Int]) -> [Int] {
        if let known = found[key] { return known }
        let computed = compute()
        found[key] = computed
        return computed
    }

    /// The starts (token indices, ascending) of a rule's phrases recorded under `key`,
    /// one list per phrase length (in tokens), computed by `compute` the first time: an
    /// occurrence is then judged with two binary searches per length, however many
    /// alternatives the rule lists.
    func phraseStarts(_ key: Key, _ compute: () -> [(length: Int, starts: [Int])]) -> [(length: Int, starts: [Int])] {
        if let known = phrases[key] { return known }
        let computed = compute()
        phrases[key] = computed
        return computed
    }

    /// The indices of the tokens whose folded form is `word`, ascending, within
    /// `range` (token indices).
    func positions(of word: String, in range: Range<Int>) -> ArraySlice<Int> {
        if positionsByWord == nil {
            var byWord: [String: [Int]] = [:]
            for (index, token) in text.tokens.enumerated() {
                byWord[text.folded(token), default: []].append(index)
            }
            positionsByWord = byWord
        }
        guard let all = positionsByWord?[word] else { return [] }
        return all[
            Self.firstIndex(in: all, notBelow: range.lowerBound)..<Self.firstIndex(in: all, notBelow: range.upperBound)]
    }

    /// Whether the ascending `starts` hold a value in `range`.
    static func contains(_ starts: [Int], in range: ClosedRange<Int>) -> Bool {
        let index = firstIndex(in: starts, notBelow: range.lowerBound)
        return index < starts.count && starts[index] <= range.upperBound
    }

    /// The index of the first value of the ascending `values` that is at least `value`
    /// (`values.count` if none is).
    private static func firstIndex(in values: [Int], notBelow value: Int) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
