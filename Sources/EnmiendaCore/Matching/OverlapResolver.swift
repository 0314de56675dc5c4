/// Chooses which of several overlapping occurrences to report.
///
/// The longest occurrence (in tokens) wins; between equally long ones, the entry that
/// comes first in the glossary, then the form listed by hand, then the one that starts
/// first. Each token belongs to at most one reported occurrence.
enum OverlapResolver {
    /// The non-overlapping occurrences, in text order.
    ///
    /// - Complexity: O(m log m + n) for m occurrences over n tokens.
    static func resolve(_ occurrences: [PhraseAutomaton.Occurrence], tokenCount: Int) -> [PhraseAutomaton.Occurrence] {
        let ranked = occurrences.sorted { lhs, rhs in
            if lhs.tokenCount != rhs.tokenCount { return lhs.tokenCount > rhs.tokenCount }
            if lhs.entryIndex != rhs.entryIndex { return lhs.entryIndex < rhs.entryIndex }
            if lhs.firstToken != rhs.firstToken { return lhs.firstToken < rhs.firstToken }
            return lhs.variantIndex < rhs.variantIndex
        }
        var taken = [Bool](repeating: false, count: tokenCount)
        var chosen: [PhraseAutomaton.Occurrence] = []
        for occurrence in ranked {
            guard !occurrence.tokens.contains(where: { taken[$0] }) else { continue }
            for index in occurrence.tokens { taken[index] = true }
            chosen.append(occurrence)
        }
        return chosen.sorted { $0.firstToken < $1.firstToken }
    }
}
