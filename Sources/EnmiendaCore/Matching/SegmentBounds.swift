/// Keeps every match inside one sentence and one paragraph.
///
/// A match never runs across a blank line (or a paragraph separator), nor across a
/// sentence boundary as ``SentenceSegmenter`` draws it — after `.`, `?`, `!` or `…`, or
/// at a line break followed by a capital (*no⏎Talleres del Sur*: a headline, a table
/// row or a new paragraph) — unless the glossary writes the word after the boundary with
/// a capital itself, as a name (*Hermandad⏎Fighting Invincible*). A case-sensitive
/// entry is not excepted: its capitals are what it looks for (*{adjective} Chino*), and
/// a capital at the start of a line proves nothing (*regional⏎Chino (República…)*). An
/// ordinary line break of wrapped text (*tomará⏎lugar*) is whitespace like any other.
struct SegmentBounds {
    private let startsSentence: [Bool]

    /// Bounds for a text whose tokens form `sentences` (ranges of token indices).
    init(sentences: [Range<Int>], tokenCount: Int) {
        var starts = [Bool](repeating: false, count: tokenCount)
        for sentence in sentences where sentence.lowerBound < tokenCount { starts[sentence.lowerBound] = true }
        startsSentence = starts
    }

    /// Whether `occurrence` stays inside its sentence and paragraph; its form,
    /// `variants.variant(at: occurrence.variantIndex)`, is read (decoded) only where it starts a sentence inside.
    func allows(
        _ occurrence: PhraseAutomaton.Occurrence, variants: VariantTable,
        caseSensitive: Bool, text: TokenizedText, bytes: [UInt8]
    ) -> Bool {
        let tokens = text.tokens
        var capitals: [Int: Bool]?
        for index in occurrence.tokens.dropFirst() {
            let gap = tokens[index - 1].end..<tokens[index].start
            if gap.count > 1, LineBreaks.count(in: bytes, gap).endsParagraph { return false }
            guard startsSentence[index] else { continue }
            guard !caseSensitive else { return false }
            if capitals == nil {
                capitals = Self.capitalizedLiterals(
                    of: occurrence, variant: variants.variant(at: occurrence.variantIndex).pointee)
            }
            guard capitals?[index] == true else { return false }
        }
        return true
    }

    /// For each token of `occurrence` that a literal word of the pattern matched, whether
    /// the glossary writes that word with a capital.
    private static func capitalizedLiterals(
        of occurrence: PhraseAutomaton.Occurrence, variant: borrowing PatternVariant
    )
        -> [Int: Bool]
    {
        var written: [Bool] = []
        for part in variant.wrong.parts {
            guard case .literal(let text) = part else { continue }
            let bytes = Array(text.utf8)
            let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
            written += tokenized.tokens.map { token in
                let first = bytes.withUnsafeBufferPointer { Tokenizer.decode($0, at: token.start).0 }
                return Unicode.Scalar(first)?.properties.isUppercase ?? false
            }
        }
        let captured = Set(occurrence.captures.flatMap { Array($0) })
        let literal = occurrence.tokens.filter { !captured.contains($0) }
        guard literal.count == written.count else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(literal, written))
    }
}
