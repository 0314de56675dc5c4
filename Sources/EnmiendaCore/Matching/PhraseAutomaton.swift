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

    var vocabulary = Vocabulary()
    /// Literal edges, keyed by `state << 32 | word id`.
    var transitions = HashIndex()
    /// Slot edges of the states that have any (while compiling).
    private var slotEdges: [Int32: [(kind: SlotKind, target: Int32)]] = [:]
    /// The variants that end in each accepting state, in glossary order (while compiling).
    private var accepted: [Int32: [Int]] = [:]
    var stateCount: Int32 = 1
    let entryOfVariant: [Int]
    /// The scan's tables, flat and indexed by state: the variants accepted in state `s`
    /// are `acceptedVariants[acceptedStart[s]..<acceptedStart[s + 1]]`, its slot edges
    /// `slotKinds`/`slotTargets` at `slotStart[s]..<slotStart[s + 1]`.
    var acceptedStart: [Int32] = []
    var acceptedVariants: [Int32] = []
    var slotStart: [Int32] = []
    var slotKinds: [SlotKind] = []
    var slotTargets: [Int32] = []
    /// Whether each word id begins some form (most words that a form has do not).
    var startsForm: [Bool] = []

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
        flatten()
    }

    /// Lays the compiled states out in the scan's flat tables.
    private mutating func flatten() {
        let states = Int(stateCount)
        acceptedStart = [Int32](repeating: 0, count: states + 1)
        slotStart = [Int32](repeating: 0, count: states + 1)
        for state in 0..<states {
            let variants = accepted[Int32(state)] ?? []
            acceptedStart[state + 1] = acceptedStart[state] + Int32(variants.count)
            acceptedVariants += variants.map { Int32($0) }
            let edges = slotEdges[Int32(state)] ?? []
            slotStart[state + 1] = slotStart[state] + Int32(edges.count)
            slotKinds += edges.map(\.kind)
            slotTargets += edges.map(\.target)
        }
        startsForm = (0..<vocabulary.count).map { transitions[UInt64($0)] != nil }
        accepted = [:]
        slotEdges = [:]
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

    /// The first form (in state order) that more than `limit` entries share, once folded,
    /// with the first entry past the limit (entries in glossary order) and its variant.
    func firstSharedBeyond(_ limit: Int) -> (variantIndex: Int, entryIndex: Int, entries: Int)? {
        for state in 0..<Int(stateCount) {
            let variants = Int(acceptedStart[state])..<Int(acceptedStart[state + 1])
            guard variants.count > limit else { continue }
            var entries = Set<Int>()
            var past: (variantIndex: Int, entryIndex: Int)?
            for slot in variants {
                let variant = Int(acceptedVariants[slot])
                if entries.insert(entryOfVariant[variant]).inserted, entries.count == limit + 1 {
                    past = (variant, entryOfVariant[variant])
                }
            }
            if let past { return (past.variantIndex, past.entryIndex, entries.count) }
        }
        return nil
    }

    /// Every occurrence of every variant in `text`, overlapping ones included.
    func occurrences(in text: TokenizedText, slots: SlotMatcher) -> [Occurrence] {
        var searched = 0
        return occurrences(in: text, slots: slots, searched: &searched) { _ in true }
    }

    /// The occurrences of the variants in `text` that `accepts` lets through, overlapping
    /// ones included, listed by their first token; adds to `searched` the number of
    /// (state, token) pairs that the search for forms with slots went through, which
    /// grows with the text times the forms' states, never with the ways to split it.
    ///
    /// Of the occurrences over the same tokens, only those of the first entry (in glossary
    /// order) that `accepts` lets through can be reported (``OverlapResolver`` ranks the
    /// others after it): the later entries' are neither tested nor listed. Ten thousand
    /// entries with the wrong form *zorro* cost one test per *zorro*, not ten thousand.
    func occurrences(
        in text: TokenizedText, slots: SlotMatcher, searched: inout Int, accepts: (Occurrence) -> Bool
    ) -> [Occurrence] {
        let ids = text.tokens.map { vocabulary.id(of: $0, in: text) }
        let rootSlots = slotStart[0]..<slotStart[1]
        var found: [Occurrence] = []
        var stack: [(state: Int32, position: Int, captures: [Range<Int>])] = []
        // Slots are lazy: of the ways one form matches from one start, keep the shortest
        // (the variants found from this start, and where each is in `found`).
        var shortest: [(variant: Int32, index: Int)] = []
        // The (state, position) pairs reached from this start. What follows a pair does
        // not depend on how it was reached, and the first way to reach it is the one
        // kept (the search is depth first), so a pair is searched once: without this,
        // `{words} {words} …` tries every split of the words (6^n of them).
        var reached = Set<UInt64>()
        for start in ids.indices {
            // Most tokens start nothing: rule them out before any search.
            let startsLiteral = ids[start] >= 0 && startsForm[Int(ids[start])]
            guard
                startsLiteral
                    || rootSlots.contains(where: { slots.lengths(of: slotKinds[Int($0)], at: start) != nil })
            else {
                continue
            }
            shortest.removeAll(keepingCapacity: true)
            // Most starts follow literal words only: one path, walked without the stack,
            // in the order the search below would take. A slot that matches on the way
            // sends the start to that search, from scratch.
            if startsLiteral, walkLiterals(from: start, ids: ids, slots: slots, into: &found, accepts: accepts) {
                continue
            }
            let mark = found.count
            reached.removeAll(keepingCapacity: true)
            stack.append((0, start, []))
            while let (state, position, captures) = stack.popLast() {
                guard reached.insert(UInt64(UInt32(state)) << 32 | UInt64(position)).inserted else { continue }
                searched += 1
                let state = Int(state)
                if position > start {
                    for slot in Int(acceptedStart[state])..<Int(acceptedStart[state + 1]) {
                        let variant = acceptedVariants[slot]
                        let occurrence = Occurrence(
                            firstToken: start, tokenCount: position - start, variantIndex: Int(variant),
                            entryIndex: entryOfVariant[Int(variant)], captures: captures)
                        if let known = shortest.first(where: { $0.variant == variant }) {
                            if found[known.index].tokenCount > occurrence.tokenCount { found[known.index] = occurrence }
                        } else {
                            shortest.append((variant, found.count))
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
                for edge in Int(slotStart[state])..<Int(slotStart[state + 1]) {
                    guard let lengths = slots.lengths(of: slotKinds[edge], at: position) else { continue }
                    for length in lengths {
                        stack.append((slotTargets[edge], position + length, captures + [position..<position + length]))
                    }
                }
            }
            // The shortest way each form matches from this start is known only now.
            Self.keepAccepted(&found, from: mark, accepts: accepts)
        }
        return found
    }

    /// Tests the occurrences of `found` from `mark` on (all from one start) with
    /// `accepts`, keeping those it lets through, but testing none over the same tokens
    /// as an accepted one of an earlier entry.
    private static func keepAccepted(_ found: inout [Occurrence], from mark: Int, accepts: (Occurrence) -> Bool) {
        // The lowest entry accepted for each length: a start has a few.
        var firstEntry: [(tokenCount: Int, entry: Int)] = []
        var kept = mark
        for index in mark..<found.count {
            let occurrence = found[index]
            let known = firstEntry.firstIndex { $0.tokenCount == occurrence.tokenCount }
            if let known, firstEntry[known].entry < occurrence.entryIndex { continue }
            guard accepts(occurrence) else { continue }
            if let known {
                firstEntry[known].entry = occurrence.entryIndex
            } else {
                firstEntry.append((occurrence.tokenCount, occurrence.entryIndex))
            }
            found[kept] = occurrence
            kept += 1
        }
        found.removeSubrange(kept...)
    }

    /// Appends the occurrences that start at `start` and that `accepts` lets through to
    /// `found` when no slot matches on their way and returns `true`; otherwise leaves
    /// `found` as it was and returns `false`. A form of literal words matches once from
    /// a start: once an entry's occurrence is accepted, the later entries' over the same
    /// words are not tested.
    @inline(__always)
    private func walkLiterals(
        from start: Int, ids: [Int32], slots: SlotMatcher, into found: inout [Occurrence],
        accepts: (Occurrence) -> Bool
    ) -> Bool {
        let mark = found.count
        var state = 0
        var position = start
        // What is tested on the way is tested again if a slot further on sends the start
        // to the search.
        while true {
            if position > start {
                var firstEntry = Int.max
                for slot in Int(acceptedStart[state])..<Int(acceptedStart[state + 1]) {
                    let variant = Int(acceptedVariants[slot])
                    let entry = entryOfVariant[variant]
                    guard entry <= firstEntry else { continue }
                    let occurrence = Occurrence(
                        firstToken: start, tokenCount: position - start, variantIndex: variant, entryIndex: entry,
                        captures: [])
                    guard accepts(occurrence) else { continue }
                    firstEntry = entry
                    found.append(occurrence)
                }
            }
            guard position < ids.count else { return true }
            for edge in Int(slotStart[state])..<Int(slotStart[state + 1])
            where slots.lengths(of: slotKinds[edge], at: position) != nil {
                found.removeSubrange(mark...)
                return false
            }
            guard ids[position] >= 0,
                let next = transitions[UInt64(UInt32(state)) << 32 | UInt64(UInt32(ids[position]))]
            else { return true }
            state = Int(next)
            position += 1
        }
    }
}
