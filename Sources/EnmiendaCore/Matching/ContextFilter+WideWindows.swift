/// Context rules whose window spans much of a sentence, judged from where their phrases
/// occur in it, found once per sentence: reading the window again for every occurrence
/// made a `<require before="1000000">` rule cost the sentence's length for each
/// occurrence, and that length again for each of the entry's own forms in reach (cubic
/// time on a long sentence), and a `<forbid>` rule quadratic time.
extension ContextFilter {
    /// The most tokens around an occurrence a rule reads directly; a rule reaching
    /// further is judged from the sentence's ``ContextIndex``.
    static let directReach = 16

    /// The most phrase starts an occurrence's window is read for directly (alternatives
    /// times reach): ten alternatives in a window of ten tokens on each side read 200
    /// starts per occurrence, and more for each of the entry's own forms in reach.
    static let directReads = 64

    /// Whether `compiled` is judged from the sentence's ``ContextIndex`` in `sentence`
    /// (token indices): its rule reaches more than ``directReach`` tokens, or its
    /// alternatives times its reach pass ``directReads``.
    static func isWide(_ compiled: CompiledRule, sentence: Range<Int>) -> Bool {
        let rule = compiled.rule
        let reach = min(max(rule.before, 0), sentence.count) + min(max(rule.after, 0), sentence.count)
        return reach > directReach || compiled.alternatives.count * reach > directReads
    }

    /// The starts (token indices) a phrase of `length` tokens may have within `rule`'s
    /// reach before and after `span`, the phrase inside `sentence`; `nil` where there are
    /// none. A window longer than the sentence reaches its ends (clamped first: a
    /// glossary may give any number, and `span ± window` must not overflow).
    static func reach(
        length: Int, near span: Range<Int>, rule: ContextRule, sentence: Range<Int>
    ) -> (before: ClosedRange<Int>?, after: ClosedRange<Int>?) {
        guard length > 0 else { return (nil, nil) }
        let before = min(max(rule.before, 0), sentence.count)
        let after = min(max(rule.after, 0), sentence.count)
        var result: (before: ClosedRange<Int>?, after: ClosedRange<Int>?) = (nil, nil)
        if before > 0 {
            let lowest = max(sentence.lowerBound, span.lowerBound - before)
            if lowest <= span.lowerBound - length { result.before = lowest...(span.lowerBound - length) }
        }
        if after > 0 {
            let highest = min(sentence.upperBound, span.upperBound + after) - length
            if span.upperBound <= highest { result.after = span.upperBound...highest }
        }
        return result
    }

    /// Whether one of the rule's phrases is within its reach of `span`, or, for
    /// `require`, one of the entry's own forms that such a phrase is near: as
    /// `isPresent(_:entry:near:sentence:slots:)` reading the window,
    /// from the starts `index` keeps for the sentence.
    func isPresentFromIndex(
        _ compiled: CompiledRule, rule: Int, entry: Int, near span: Range<Int>, sentence: Range<Int>,
        slots: SlotMatcher, index: ContextIndex
    ) -> Bool {
        let phraseStarts = index.phraseStarts(.init(entry: entry, rule: rule, part: 0, sentence: sentence.lowerBound)) {
            var byLength: [Int: [Int]] = [:]
            for phrase in compiled.alternatives {
                byLength[phrase.count, default: []] += starts(of: phrase, in: sentence, slots: slots, index: index)
            }
            return byLength.sorted { $0.key < $1.key }.map { (length: $0.key, starts: $0.value.sorted()) }
        }
        func direct(_ span: Range<Int>) -> Bool {
            phraseStarts.contains { length, starts in
                let reach = Self.reach(length: length, near: span, rule: compiled.rule, sentence: sentence)
                return [reach.before, reach.after].contains {
                    $0.map { ContextIndex.contains(starts, in: $0) } ?? false
                }
            }
        }
        if direct(span) { return true }
        guard compiled.rule.kind == .require else { return false }
        for length in ownLengths[entry] {
            let licensed = index.starts(.init(entry: entry, rule: rule, part: -length, sentence: sentence.lowerBound)) {
                ownFormStarts(entry: entry, length: length, in: sentence, slots: slots).filter {
                    direct($0..<($0 + length))
                }
            }
            let reach = Self.reach(length: length, near: span, rule: compiled.rule, sentence: sentence)
            if [reach.before, reach.after].contains(where: {
                $0.map { ContextIndex.contains(licensed, in: $0) } ?? false
            }) {
                return true
            }
        }
        return false
    }

    /// Where `phrase` starts in `sentence` (token indices, ascending): found from the
    /// positions of its first literal word, or, for a phrase of slots alone, at every
    /// start the sentence has room for.
    private func starts(of phrase: [Element], in sentence: Range<Int>, slots: SlotMatcher, index: ContextIndex) -> [Int]
    {
        guard !phrase.isEmpty, phrase.count <= sentence.count else { return [] }
        let last = sentence.upperBound - phrase.count
        guard
            let (offset, word) = phrase.enumerated().lazy.compactMap({ offset, element -> (Int, String)? in
                if case .literal(let word) = element { (offset, word) } else { nil }
            }).first
        else {
            return (sentence.lowerBound...last).filter { matches(phrase, at: $0, slots: slots) }
        }
        return index.positions(of: word, in: (sentence.lowerBound + offset)..<(last + offset + 1)).lazy
            .map { $0 - offset }.filter { matches(phrase, at: $0, slots: slots) }
    }

    /// Where the entry's own forms of `length` words start in `sentence` (token indices,
    /// ascending), as `isPresent(_:entry:near:sentence:slots:)` counts
    /// them.
    private func ownFormStarts(entry: Int, length: Int, in sentence: Range<Int>, slots: SlotMatcher) -> [Int] {
        guard length > 0, length <= sentence.count else { return [] }
        return (sentence.lowerBound...(sentence.upperBound - length)).filter {
            isOwnForm(entry: entry, at: $0, length: length, slots: slots)
        }
    }
}
