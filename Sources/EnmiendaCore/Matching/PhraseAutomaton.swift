/// Every form of every glossary entry compiled into one trie over folded tokens, with
/// typed edges for slots.
///
/// Scanning looks each token up once in the vocabulary and then follows trie edges, so
/// the cost grows with the length of the text (times the length of the longest form, a
/// few tokens), not with the number of entries.
struct PhraseAutomaton: Sendable {
    /// A form that occurs in a text.
    struct Occurrence: Hashable, Sendable {
        var firstToken: Int
        var tokenCount: Int
        var variantIndex: Int
        var entryIndex: Int
        /// The token ranges that the form's slots matched, in order.
        var captures: [Range<Int>]

        var tokens: Range<Int> { firstToken..<firstToken + tokenCount }
    }

    private var vocabulary = Vocabulary()
    /// Literal edges, keyed by `state << 32 | word id`.
    private var transitions = HashIndex()
    /// Slot edges of the states that have any.
    private var slotEdges: [Int32: [(kind: SlotKind, target: Int32)]] = [:]
    /// The variants that end in each accepting state, in glossary order.
    private var accepted: [Int32: [Int]] = [:]
    private var stateCount: Int32 = 1
    private let entryOfVariant: [Int]

    /// Compiles `variants`.
    ///
    /// - Complexity: O(total tokens in all variants).
    init(variants: [PatternVariant]) {
        entryOfVariant = variants.map(\.entryIndex)
        for (index, variant) in variants.enumerated() {
            var state: Int32 = 0
            var isEmpty = true
            for part in variant.wrong.parts {
                switch part {
                case .literal(let text):
                    let bytes = Array(text.utf8)
                    let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
                    for token in tokenized.tokens {
                        let folded = Array(tokenized.foldedBytes[token.foldedStart..<token.foldedEnd])
                        let word = vocabulary.intern(folded, hash: token.foldedHash)
                        state = literalTarget(from: state, word: word)
                        isEmpty = false
                    }
                case .slot(let kind, _):
                    state = slotTarget(from: state, kind: kind)
                    isEmpty = false
                }
            }
            if !isEmpty { accepted[state, default: []].append(index) }
        }
    }

    private mutating func literalTarget(from state: Int32, word: Int32) -> Int32 {
        let key = UInt64(UInt32(state)) << 32 | UInt64(UInt32(word))
        if let next = transitions[key] { return next }
        transitions.set(key, stateCount)
        stateCount += 1
        return stateCount - 1
    }

    private mutating func slotTarget(from state: Int32, kind: SlotKind) -> Int32 {
        if let edge = slotEdges[state]?.first(where: { $0.kind == kind }) { return edge.target }
        slotEdges[state, default: []].append((kind, stateCount))
        stateCount += 1
        return stateCount - 1
    }

    /// Every occurrence of every variant in `text`, overlapping ones included.
    func occurrences(in text: TokenizedText, slots: SlotMatcher) -> [Occurrence] {
        let ids = text.tokens.map { vocabulary.id(of: $0, in: text) }
        let rootSlots = slotEdges[0] ?? []
        var found: [Occurrence] = []
        var stack: [(state: Int32, position: Int, captures: [Range<Int>])] = []
        // Slots are lazy: of the ways one form matches from one start, keep the shortest.
        var shortest: [Int: Int] = [:]
        for start in ids.indices {
            // Most tokens start nothing: rule them out before any search.
            let startsLiteral = ids[start] >= 0 && transitions[UInt64(UInt32(ids[start]))] != nil
            guard startsLiteral || rootSlots.contains(where: { slots.lengths(of: $0.kind, at: start) != nil }) else {
                continue
            }
            shortest.removeAll(keepingCapacity: true)
            stack.append((0, start, []))
            while let (state, position, captures) = stack.popLast() {
                if position > start, let variants = accepted[state] {
                    for variant in variants {
                        let occurrence = Occurrence(
                            firstToken: start, tokenCount: position - start, variantIndex: variant,
                            entryIndex: entryOfVariant[variant], captures: captures)
                        if let index = shortest[variant] {
                            if found[index].tokenCount > occurrence.tokenCount { found[index] = occurrence }
                        } else {
                            shortest[variant] = found.count
                            found.append(occurrence)
                        }
                    }
                }
                guard position < ids.count else { continue }
                if ids[position] >= 0,
                    let next = transitions[UInt64(UInt32(state)) << 32 | UInt64(UInt32(ids[position]))]
                {
                    stack.append((next, position + 1, captures))
                }
                for edge in slotEdges[state] ?? [] {
                    guard let lengths = slots.lengths(of: edge.kind, at: position) else { continue }
                    for length in lengths {
                        stack.append((edge.target, position + length, captures + [position..<position + length]))
                    }
                }
            }
        }
        return found
    }
}
