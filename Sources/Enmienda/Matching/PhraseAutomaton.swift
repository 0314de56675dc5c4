/// Every wrong form of a glossary compiled into one trie over folded tokens.
///
/// Scanning a text looks each token up once in the vocabulary and then follows trie
/// edges, so the cost grows with the length of the text (times the length of the
/// longest pattern, a few tokens), not with the number of entries.
struct PhraseAutomaton: Sendable {
    /// A pattern that occurs in a text, starting at token `firstToken`.
    struct Occurrence: Hashable, Sendable {
        var firstToken: Int
        var pattern: PhrasePattern
    }

    private var vocabulary = Vocabulary()
    /// Edges, keyed by `state << 32 | word id`.
    private var transitions: [UInt64: Int32] = [:]
    /// The patterns that end in each accepting state, in glossary order.
    private var accepted: [Int32: [PhrasePattern]] = [:]
    private var stateCount: Int32 = 1

    /// Compiles the wrong forms of every entry.
    ///
    /// - Complexity: O(total tokens in all wrong forms).
    init(glossary: Glossary) {
        for (entryIndex, entry) in glossary.entries.enumerated() {
            for (wrongFormIndex, wrong) in entry.wrongForms.enumerated() {
                let bytes = Array(wrong.utf8)
                let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
                guard !tokenized.tokens.isEmpty else { continue }
                var state: Int32 = 0
                for token in tokenized.tokens {
                    let folded = Array(tokenized.foldedBytes[token.foldedStart..<token.foldedEnd])
                    let word = vocabulary.intern(folded, hash: token.foldedHash)
                    let key = UInt64(UInt32(state)) << 32 | UInt64(UInt32(word))
                    if let next = transitions[key] {
                        state = next
                    } else {
                        transitions[key] = stateCount
                        state = stateCount
                        stateCount += 1
                    }
                }
                accepted[state, default: []].append(
                    PhrasePattern(
                        entryIndex: entryIndex, wrongFormIndex: wrongFormIndex, tokenCount: tokenized.tokens.count))
            }
        }
    }

    /// Every occurrence of every pattern in `text`, overlapping ones included, ordered
    /// by first token, then by length (longest first), then by glossary order.
    func occurrences(in text: TokenizedText) -> [Occurrence] {
        let ids = text.tokens.map { vocabulary.id(of: $0, in: text) }
        var found: [Occurrence] = []
        for start in ids.indices where ids[start] >= 0 {
            var state: Int32 = 0
            var position = start
            var here: [Occurrence] = []
            while position < ids.count, ids[position] >= 0,
                let next = transitions[UInt64(UInt32(state)) << 32 | UInt64(UInt32(ids[position]))]
            {
                state = next
                position += 1
                if let patterns = accepted[state] {
                    here.append(contentsOf: patterns.map { Occurrence(firstToken: start, pattern: $0) })
                }
            }
            found.append(contentsOf: here.reversed())
        }
        return found
    }
}
