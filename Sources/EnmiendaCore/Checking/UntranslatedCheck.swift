/// The untranslated-word check of one document: the words ``UntranslatedWords`` finds,
/// made into findings of category ``IssueCategory/untranslated`` beside the glossary's.
///
/// One finding per word, not per run of English words: each word gets its own
/// translation, and a reviewer accepts or rejects each (MT leaves single words; a longer
/// English run is a passage, which ``UntranslatedWords`` passes over).
struct UntranslatedCheck {
    /// The id the findings carry in place of a glossary entry's.
    static let findingID = "untranslated-word"

    let words: UntranslatedWords
    let document: TextDocument
    private let source: SourceText?
    /// Where the document's paragraphs start, when they pair one to one with the source's.
    private let paragraphStarts: [Int]?

    /// The check of `document`, translated from `source` when one is given (then only
    /// words that the paired English paragraph has are flagged).
    init(lexicon: EnglishLexicon, morphology: any Morphology, document: TextDocument, source: SourceText?) {
        self.words = UntranslatedWords(lexicon: lexicon, morphology: morphology)
        self.document = document
        self.source = source
        if let source {
            let starts = SourceText.paragraphStarts(in: document.bytes)
            paragraphStarts = starts.count == source.paragraphs.count ? starts : nil
        } else {
            paragraphStarts = nil
        }
    }

    /// The untranslated words of the chunk, in text order, as findings; a word inside
    /// one of `taken` (the glossary findings' byte ranges, in text order) is left to that
    /// finding.
    func findings(
        besides taken: [Range<Int>], text: TokenizedText, sentences: [Range<Int>], sentenceOfToken: [Int],
        lines: LineIndex
    ) -> [Finding] {
        let bytes = document.bytes
        let candidates = words.candidates(in: text, bytes: bytes, sentences: sentences, checkingAlone: source == nil)
        guard !candidates.isEmpty else { return [] }
        var own: [Finding] = []
        var folder = SentenceFolder(text: text)
        for candidate in candidates {
            let token = text.tokens[candidate.token]
            let range = token.start..<token.end
            guard !Self.overlaps(range, taken), backedBySource(token) else { continue }
            let sentence = sentences[sentenceOfToken[candidate.token]]
            var finding = finding(candidate, range: range, sentence: sentence, text: text, lines: lines)
            if let folded = folder.folded(
                sentence: sentence, bytes: finding.sentenceByteRange, match: candidate.token...candidate.token)
            {
                finding.folded = folded
            }
            own.append(finding)
        }
        return own
    }

    /// Whether `range` overlaps one of `ranges` (sorted by their starts).
    static func overlaps(_ range: Range<Int>, _ ranges: [Range<Int>]) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound < range.upperBound { low = middle + 1 } else { high = middle }
        }
        // Ranges that start before `range` ends; those that also end after it starts overlap.
        return ranges[..<low].contains { $0.upperBound > range.lowerBound }
    }

    /// Without a source, every word; with one, a word its paired paragraph (or, unpaired,
    /// the whole source) has.
    private func backedBySource(_ token: Token) -> Bool {
        guard let source else { return true }
        let word = String(decoding: document.bytes[token.start..<token.end], as: UTF8.self).lowercased()
        var paragraph: Int?
        if let starts = paragraphStarts {
            paragraph = starts.lastIndex { $0 <= token.start } ?? 0
        }
        return source.mentions([[word]], inParagraph: paragraph)
    }

    private func finding(
        _ candidate: UntranslatedWords.Candidate, range: Range<Int>, sentence tokenRange: Range<Int>,
        text: TokenizedText, lines: LineIndex
    ) -> Finding {
        let bytes = document.bytes
        let matched = String(decoding: bytes[range], as: UTF8.self)
        let morphology = words.morphology
        var suggestions = candidate.entry.translations.map { lemma in
            candidate.entry.isPlural ? morphology.inflect(lemma, to: .plural) : lemma
        }
        if matched.first?.isUppercase == true {
            suggestions = suggestions.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        }
        let translated = !suggestions.isEmpty
        // A finding needs a suggestion: without a translation the word itself, which
        // `fix` writes back unchanged.
        if !translated { suggestions = [matched] }
        let sentenceRange = Self.sentenceRange(tokenRange, around: range, text: text, bytes: bytes)
        let before = bytes[sentenceRange.lowerBound..<range.lowerBound]
        let after = bytes[range.upperBound..<sentenceRange.upperBound]
        let corrected = Array(before) + Array(suggestions[0].utf8) + Array(after)
        let position = lines.position(of: range.lowerBound, in: bytes)
        return Finding(
            entryID: Self.findingID, category: .untranslated, severity: .minor,
            message: translated
                ? "“\(matched)” is an English word left untranslated"
                : "“\(matched)” is an English word left untranslated; the English–Spanish dictionary has no translation of it",
            note: Self.note,
            sourceTerms: [matched.lowercased()], matchedText: matched, suggestions: suggestions,
            location: SourceLocation(path: document.path, line: position.line, column: position.column),
            byteRange: range, scalarOffset: lines.scalarOffset(of: range.lowerBound, in: bytes),
            scalarLength: LineIndex.scalarCount(bytes, from: range.lowerBound, to: range.upperBound),
            sentence: String(decoding: bytes[sentenceRange], as: UTF8.self), sentenceByteRange: sentenceRange,
            correctedSentence: String(decoding: corrected, as: UTF8.self),
            manualCheck: translated
                ? "a dictionary's translation, not a glossary's: choose the sense and make the words around it agree"
                : "translate “\(matched)” by hand")
    }

    /// The note of every finding (reports keep one note per entry id).
    static let note =
        "Neither the Spanish lexicon nor the Spanish spelling dictionary has this word; the English word list does. The suggestion is the English–Spanish dictionary's translation; where it has none, the word itself, to be translated by hand."

    /// The longest sentence a finding carries, in bytes (as the glossary's findings).
    static let maximumSentenceLength = 1200

    /// The bytes of the sentence of tokens `tokenRange` that a finding at `range` carries:
    /// the whole sentence, or, beyond ``maximumSentenceLength``, that many bytes around
    /// `range`, cut between characters.
    static func sentenceRange(_ tokenRange: Range<Int>, around range: Range<Int>, text: TokenizedText, bytes: [UInt8])
        -> Range<Int>
    {
        let tokens = text.tokens
        var sentenceRange = tokens[tokenRange.lowerBound].start..<tokens[tokenRange.upperBound - 1].end
        guard sentenceRange.count > maximumSentenceLength else { return sentenceRange }
        sentenceRange =
            max(
                sentenceRange.lowerBound, range.lowerBound - maximumSentenceLength / 2)..<min(
                sentenceRange.upperBound, range.upperBound + maximumSentenceLength / 2)
        while sentenceRange.lowerBound < range.lowerBound, UTF8.isContinuation(bytes[sentenceRange.lowerBound]) {
            sentenceRange = sentenceRange.lowerBound + 1..<sentenceRange.upperBound
        }
        while sentenceRange.upperBound > range.upperBound, sentenceRange.upperBound < bytes.count,
            UTF8.isContinuation(bytes[sentenceRange.upperBound])
        {
            sentenceRange = sentenceRange.lowerBound..<sentenceRange.upperBound - 1
        }
        return sentenceRange
    }
}
