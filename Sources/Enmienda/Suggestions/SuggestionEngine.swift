/// Turns resolved occurrences into findings: locations, messages, suggestions in the
/// case of the matched text, and corrected sentences.
struct SuggestionEngine {
    let glossary: Glossary
    let document: TextDocument
    let text: TokenizedText
    let sentences: [Range<Int>]
    private let lines: LineIndex
    private let sentenceOfToken: [Int]

    init(glossary: Glossary, document: TextDocument, text: TokenizedText, sentences: [Range<Int>]) {
        self.glossary = glossary
        self.document = document
        self.text = text
        self.sentences = sentences
        self.lines = LineIndex(document.bytes)
        var owner = [Int](repeating: 0, count: text.tokens.count)
        for (index, sentence) in sentences.enumerated() {
            for token in sentence { owner[token] = index }
        }
        self.sentenceOfToken = owner
    }

    func finding(for occurrence: PhraseAutomaton.Occurrence) -> Finding {
        let entry = glossary.entries[occurrence.pattern.entryIndex]
        let tokens = text.tokens
        let first = occurrence.firstToken
        let last = first + occurrence.pattern.tokenCount - 1
        let range = tokens[first].start..<tokens[last].end
        let bytes = document.bytes
        let matched = String(decoding: bytes[range], as: UTF8.self)

        let sentenceTokens = sentences[sentenceOfToken[first]]
        let sentenceRange = tokens[sentenceTokens.lowerBound].start..<tokens[sentenceTokens.upperBound - 1].end
        let opensSentence = tokens[sentenceTokens.lowerBound..<first].allSatisfy { $0.kind == .punctuation }
        let style = CaseStyle.of(matched, atSentenceStart: opensSentence)
        let suggestions = entry.suggestions.map(style.apply)

        let sentence = Array(bytes[sentenceRange])
        let local = (range.lowerBound - sentenceRange.lowerBound)..<(range.upperBound - sentenceRange.lowerBound)
        let corrected = Corrections.apply([(local, suggestions[0])], to: sentence)

        let position = lines.position(of: range.lowerBound, in: bytes)
        let scalarOffset = lines.scalarOffset(of: range.lowerBound, in: bytes)
        return Finding(
            entryID: entry.id, category: entry.category, severity: entry.severity,
            message: Self.message(matched: matched, entry: entry), note: entry.note, sourceTerms: entry.sources,
            matchedText: matched, suggestions: suggestions,
            location: SourceLocation(path: document.path, line: position.line, column: position.column),
            byteRange: range, scalarOffset: scalarOffset,
            scalarLength: LineIndex.scalarCount(bytes, from: range.lowerBound, to: range.upperBound),
            sentence: String(decoding: sentence, as: UTF8.self), sentenceByteRange: sentenceRange,
            correctedSentence: String(decoding: corrected, as: UTF8.self))
    }

    /// The one-line message, worded after the entry's category.
    static func message(matched: String, entry: GlossaryEntry) -> String {
        let source = entry.sources.first ?? ""
        switch entry.category {
        case .mistranslation: return "“\(matched)” mistranslates “\(source)”"
        case .untranslated: return "“\(matched)” is left untranslated (English “\(source)”)"
        case .terminology: return "“\(matched)” is not the established term for “\(source)”"
        case .grammar: return "“\(matched)” is ungrammatical (from “\(source)”)"
        case .style: return "“\(matched)” reads as a calque of “\(source)”"
        case .localeViolation: return "“\(matched)” breaks Spanish conventions (from “\(source)”)"
        default: return "“\(matched)”: \(entry.category.rawValue) issue (from “\(source)”)"
        }
    }
}
