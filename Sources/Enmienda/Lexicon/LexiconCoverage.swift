import Foundation

/// How much of a text a lexicon knows: word tokens and word types (distinct spellings)
/// known, and the commonest unknown types.
///
/// Words are split as the checker's tokenizer splits them: runs of letters, digits and
/// combining marks that hold at least one letter, soft hyphens and zero-width joiners
/// inside a word ignored, decomposed accents composed. A word is known when the
/// morphology over the lexicon reads it: as written or lower-cased (`Ucrania`, `El`), with
/// enclitic pronouns (*tomándolo*), or a contraction (*al*, *del*).
public struct LexiconCoverage: Sendable {
    /// The number of word tokens.
    public private(set) var tokens = 0
    /// The number of word tokens the lexicon knows.
    public private(set) var knownTokens = 0
    /// How often each distinct word (as written) occurs.
    public private(set) var types: [String: Int] = [:]
    /// The distinct words the lexicon knows.
    public private(set) var knownTypes: Set<String> = []

    /// An empty count.
    public init() {}

    /// Counts the words of `text` against `lexicon`, read as the checker reads words
    /// (see ``SpanishMorphology/analyses(of:)``: lower-cased, with enclitic pronouns,
    /// *al* and *del*).
    public mutating func add(_ text: String, lexicon: SpanishLexicon) {
        let morphology = SpanishMorphology(lexicon: lexicon)
        for word in Self.words(in: text) {
            tokens += 1
            types[word, default: 0] += 1
            if knownTypes.contains(word) {
                knownTokens += 1
            } else if morphology.isKnownWord(word) {
                knownTokens += 1
                knownTypes.insert(word)
            }
        }
    }

    /// The share of word tokens known, in percent (0 for no words).
    public var knownTokenPercentage: Double { tokens == 0 ? 0 : Double(knownTokens) * 100 / Double(tokens) }

    /// The share of distinct words known, in percent (0 for no words).
    public var knownTypePercentage: Double {
        types.isEmpty ? 0 : Double(knownTypes.count) * 100 / Double(types.count)
    }

    /// The `limit` commonest unknown words with their counts, the commonest first (ties in
    /// the order of their UTF-8 bytes).
    public func commonestUnknown(limit: Int) -> [(word: String, count: Int)] {
        let unknown = types.filter { !knownTypes.contains($0.key) }
        let sorted = unknown.sorted {
            $0.value != $1.value ? $0.value > $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8)
        }
        return sorted.prefix(max(0, limit)).map { (word: $0.key, count: $0.value) }
    }

    /// The words of `text`, in order.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var sawLetter = false
        func finish() {
            if sawLetter { words.append(String(current).precomposedStringWithCanonicalMapping) }
            current = String.UnicodeScalarView()
            sawLetter = false
        }
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if scalar == "\u{AD}" || scalar == "\u{200D}" {
                if !current.isEmpty { continue }
                finish()
            } else if properties.isAlphabetic {
                current.append(scalar)
                sawLetter = true
            } else if properties.numericType == .decimal
                || (!current.isEmpty && properties.generalCategory == .nonspacingMark)
            {
                current.append(scalar)
            } else {
                finish()
            }
        }
        finish()
        return words
    }
}
