/// Finds reviewed findings again in an article that changed since the review: a finding is
/// found again only where the article reads its matched text inside the very sentence the
/// review gives for it, which, with its entry, is what the finding's fingerprint is made of
/// (see ``Finding/fingerprint``). So a correction is never written over words that changed,
/// nor in a sentence that changed around them.
///
/// A finding still at its recorded place keeps it. The others that share their words and
/// sentence take, in order, the places the article still has for them and no other finding
/// has, when there are exactly as many places as findings; otherwise (their words were
/// edited away, or the sentence now occurs more often than it was found) none of them is
/// found again, as which place each meant is not certain.
struct ReviewAnchoring {
    /// How many bytes the searches of one review may compare in all, so that a review of
    /// many findings applied to a large changed article stays bounded; a finding not
    /// searched for within it is not found again.
    static let defaultBudget = 256_000_000

    /// How many times the findings not yet placed are tried again, the places taken by
    /// others set aside.
    static let rounds = 4

    /// What is left of the budget.
    private(set) var budget: Int

    init(budget: Int = Self.defaultBudget) {
        self.budget = budget
    }

    /// The places in `text` where it reads `item`'s matched text inside `item`'s sentence,
    /// in text order; none when the budget runs out during the search (a partial list
    /// could make an ambiguous finding look certain).
    ///
    /// - Complexity: O(n × m), n the length of `text` and m the sentence's, within ``budget``.
    mutating func places(of item: Review.Item, in text: [UInt8]) -> [Range<Int>] {
        let matched = Array(item.matchedText.utf8)
        guard let first = matched.first, !item.sentence.isEmpty else { return [] }
        let sentence = ReviewSentence(item.sentence)
        let sentenceLength = item.sentence.utf8.count
        var found: [Range<Int>] = []
        var start = 0
        while start + matched.count <= text.count, let index = text[start...].firstIndex(of: first) {
            budget -= index - start + 1
            guard budget > 0, index + matched.count <= text.count else { break }
            if text[index..<index + matched.count].elementsEqual(matched) {
                budget -= sentenceLength
                var candidate = item
                candidate.byteRange = index..<index + matched.count
                if budget > 0, sentence.surrounds(candidate, in: text) { found.append(candidate.byteRange) }
            }
            start = index + 1
        }
        return budget > 0 ? found : []
    }

    /// Fills in the places of the items not at their recorded place (`nil` in `places`),
    /// by the rule in the type's description; `search` gives an item's places in the
    /// article now, in order, and `key` the items that share words and sentence.
    ///
    /// - Parameters:
    ///   - items: The review's items, in the order of their recorded places.
    ///   - places: Each item's place: those found at their recorded place are filled in.
    ///   - key: What an item's fingerprint is made of, with where it may be searched for.
    ///   - search: Where the article reads an item's words in its sentence now.
    /// - Returns: Whether the article reads, anywhere, the words and sentence of an item
    ///   found or not (one not found may be ambiguous rather than gone).
    @discardableResult
    static func findAgain<Place: Hashable>(
        _ items: [Review.Item], places: inout [Place?], key: (Review.Item) -> String,
        search: (Review.Item) -> [Place]
    ) -> Bool {
        var claimed = Set(places.compactMap { $0 })
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for index in items.indices where places[index] == nil {
            let name = key(items[index])
            if groups[name] == nil { order.append(name) }
            groups[name, default: []].append(index)
        }
        var readsAny = !claimed.isEmpty
        var found: [String: [Place]] = [:]
        for name in order {
            guard let first = groups[name]?.first else { continue }
            found[name] = search(items[first])
            readsAny = readsAny || found[name]?.isEmpty == false
        }
        // A place another finding takes is not this one's: a sentence that is all match
        // reads at every occurrence of the words, and the findings in longer sentences take
        // theirs first. A few rounds settle such chains.
        for _ in 0..<Self.rounds {
            var settled = false
            for name in order {
                guard let members = groups[name], let first = members.first, places[first] == nil else { continue }
                let free = (found[name] ?? []).filter { !claimed.contains($0) }
                guard free.count == members.count else { continue }
                for (member, place) in zip(members, free) { places[member] = place }
                claimed.formUnion(free)
                settled = true
            }
            if !settled { break }
        }
        return readsAny
    }
}
