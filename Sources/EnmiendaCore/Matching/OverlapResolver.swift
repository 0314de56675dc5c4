/// Chooses which of several overlapping occurrences to report.
///
/// The longest occurrence (in tokens) wins; between equally long ones, the entry that
/// comes first in the glossary, then the form listed by hand, then the one that starts
/// first. Each token belongs to at most one reported occurrence.
enum OverlapResolver {
    /// The non-overlapping occurrences, in text order.
    ///
    /// Occurrences listed by their first token (as ``PhraseAutomaton`` lists them) are
    /// ranked only within each run that overlaps: an occurrence that overlaps no other is
    /// reported as it is, and which of a run is reported depends on that run alone.
    ///
    /// - Complexity: O(m log m + n) for m occurrences over n tokens; O(m + n) when no two
    ///   overlap.
    static func resolve(_ occurrences: [PhraseAutomaton.Occurrence], tokenCount: Int) -> [PhraseAutomaton.Occurrence] {
        guard zip(occurrences, occurrences.dropFirst()).allSatisfy({ $0.firstToken <= $1.firstToken }) else {
            return ranking(occurrences, over: 0..<tokenCount)
        }
        var chosen: [PhraseAutomaton.Occurrence] = []
        chosen.reserveCapacity(occurrences.count)
        var start = 0
        while start < occurrences.count {
            var end = start + 1
            var reach = occurrences[start].tokens.upperBound
            while end < occurrences.count, occurrences[end].firstToken < reach {
                reach = max(reach, occurrences[end].tokens.upperBound)
                end += 1
            }
            if end - start == 1 {
                chosen.append(occurrences[start])
            } else if end - start == 2, occurrences[start + 1].tokenCount > 0 {
                // Two that overlap: the better ranked one.
                let (first, second) = (occurrences[start], occurrences[start + 1])
                chosen.append(ranks(second, before: first) ? second : first)
            } else {
                chosen += ranking(Array(occurrences[start..<end]), over: occurrences[start].firstToken..<reach)
            }
            start = end
        }
        return chosen
    }

    /// The non-overlapping occurrences of `occurrences`, ranked as a whole; `span` holds
    /// all their tokens.
    private static func ranking(_ occurrences: [PhraseAutomaton.Occurrence], over span: Range<Int>)
        -> [PhraseAutomaton.Occurrence]
    {
        let ranked = occurrences.sorted(by: ranks)
        var taken = [Bool](repeating: false, count: span.count)
        var chosen: [PhraseAutomaton.Occurrence] = []
        for occurrence in ranked {
            guard !occurrence.tokens.contains(where: { taken[$0 - span.lowerBound] }) else { continue }
            for index in occurrence.tokens { taken[index - span.lowerBound] = true }
            chosen.append(occurrence)
        }
        return chosen.sorted { $0.firstToken < $1.firstToken }
    }

    /// Whether `lhs` ranks before `rhs`: longer, then earlier in the glossary, then
    /// starting first, then listed first.
    private static func ranks(_ lhs: PhraseAutomaton.Occurrence, before rhs: PhraseAutomaton.Occurrence) -> Bool {
        if lhs.tokenCount != rhs.tokenCount { return lhs.tokenCount > rhs.tokenCount }
        if lhs.entryIndex != rhs.entryIndex { return lhs.entryIndex < rhs.entryIndex }
        if lhs.firstToken != rhs.firstToken { return lhs.firstToken < rhs.firstToken }
        return lhs.variantIndex < rhs.variantIndex
    }
}
