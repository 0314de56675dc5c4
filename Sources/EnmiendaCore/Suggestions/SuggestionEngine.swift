/// Turns accepted occurrences into findings: locations, messages, suggestions that agree
/// with the text around them, and corrected sentences.
struct SuggestionEngine {
    let glossary: Glossary
    let document: TextDocument
    let text: TokenizedText
    let sentences: [Range<Int>]
    let sentenceOfToken: [Int]
    let renderer: SuggestionRenderer
    /// Which tokens belong to a reported occurrence: agreement never takes them over.
    let covered: [Bool]
    private let lines: LineIndex

    init(
        glossary: Glossary, document: TextDocument, text: TokenizedText, sentences: [Range<Int>],
        sentenceOfToken: [Int], renderer: SuggestionRenderer, covered: [Bool], lines: LineIndex
    ) {
        self.covered = covered
        self.glossary = glossary
        self.document = document
        self.text = text
        self.sentences = sentences
        self.sentenceOfToken = sentenceOfToken
        self.renderer = renderer
        self.lines = lines
    }

    /// The finding for `occurrence`, or `nil` when its correction would change nothing
    /// (a case-sensitive entry at the start of a sentence, say).
    func finding(for occurrence: PhraseAutomaton.Occurrence, variant: PatternVariant) -> Finding? {
        let entry = glossary.entries[occurrence.entryIndex]
        let tokens = text.tokens
        let bytes = document.bytes
        var first = occurrence.firstToken
        var last = occurrence.tokens.upperBound - 1
        // A match may run over a line break the segmenter took for a sentence end: its
        // sentence is then every sentence it touches.
        let sentenceTokens =
            sentences[sentenceOfToken[first]].lowerBound..<sentences[sentenceOfToken[last]].upperBound

        let matched = String(decoding: bytes[tokens[first].start..<tokens[last].end], as: UTF8.self)
        let opensSentence = tokens[sentenceTokens.lowerBound..<first].allSatisfy { $0.kind == .punctuation }
        var style = CaseStyle.of(matched, atSentenceStart: opensSentence)
        // A case-sensitive entry matched capitals on purpose (`5 PM`, `NATO`): its
        // suggestions are written in the case they must have.
        if entry.isCaseSensitive, style == .upper { style = opensSentence ? .capitalized : .asWritten }
        var suggestions = variant.suggestions.map {
            style.apply(to: renderer.render($0, wrong: variant.wrong, captures: occurrence.captures))
        }

        // A determiner before the match, or an adjective after it, that agrees with the
        // wrong noun follows the suggestion's gender: "unas rondas" → "unos proyectiles".
        if variant.governsAgreement, let from = variant.wrongGender, let to = variant.suggestionGender, from != to {
            let morphology = renderer.slots.morphology
            if first > sentenceTokens.lowerBound,
                let determiner = agreeingWord(first - 1, gender: from, determiner: true),
                let regendered = morphology.inflect(determiner, toGender: to)
            {
                first -= 1
                suggestions = suggestions.map { regendered + " " + $0 }
            }
            if variant.headIsLast, last + 1 < sentenceTokens.upperBound,
                let adjective = agreeingWord(last + 1, gender: from, determiner: false),
                let regendered = morphology.inflect(adjective, toGender: to)
            {
                last += 1
                suggestions = suggestions.map { $0 + " " + regendered }
            }
        }

        adjustArticles(&suggestions, first: &first, last: &last, sentence: sentenceTokens)

        let range = tokens[first].start..<tokens[last].end
        let shown = String(decoding: bytes[range], as: UTF8.self)
        guard let top = suggestions.first, top != shown else { return nil }

        let sentenceRange = Self.clip(
            tokens[sentenceTokens.lowerBound].start..<tokens[sentenceTokens.upperBound - 1].end, around: range,
            in: bytes)
        let sentence = Array(bytes[sentenceRange])
        let local = (range.lowerBound - sentenceRange.lowerBound)..<(range.upperBound - sentenceRange.lowerBound)
        let corrected = Corrections.apply([(local, top)], to: sentence, unfit: .writtenAsGiven)

        let position = lines.position(of: range.lowerBound, in: bytes)
        return Finding(
            entryID: entry.id, category: entry.category, severity: entry.severity,
            message: Self.message(
                matched: LineBreaks.contains(in: bytes, range) ? shown.collapsingWhitespace() : shown, entry: entry),
            note: entry.note,
            sourceTerms: entry.sources,
            matchedText: shown, suggestions: suggestions,
            location: SourceLocation(path: document.path, line: position.line, column: position.column),
            byteRange: range, scalarOffset: lines.scalarOffset(of: range.lowerBound, in: bytes),
            scalarLength: LineIndex.scalarCount(bytes, from: range.lowerBound, to: range.upperBound),
            sentence: String(decoding: sentence, as: UTF8.self), sentenceByteRange: sentenceRange,
            correctedSentence: String(decoding: corrected, as: UTF8.self))
    }

    /// Joins the suggestions to the words around the match as Spanish spelling asks (see
    /// ``SpanishArticles``): a suggestion that ends in *a* or *de* before the text's *el*
    /// takes it in (*presionan a el Gobierno* → *presionan al Gobierno*), one that starts
    /// with *el* after the text's *a* or *de* likewise, and a feminine noun with a stressed
    /// *a* turns the text's *una*, *la* before it into *un*, *el* (*un arma*).
    private func adjustArticles(
        _ suggestions: inout [String], first: inout Int, last: inout Int, sentence: Range<Int>
    ) {
        let tokens = text.tokens
        let morphology = renderer.slots.morphology
        func word(_ index: Int) -> String? {
            guard index >= sentence.lowerBound, index < sentence.upperBound, tokens[index].kind == .word,
                !covered[index] || (index >= first && index <= last)
            else { return nil }
            return String(decoding: document.bytes[tokens[index].start..<tokens[index].end], as: UTF8.self)
        }
        func lastWord(_ phrase: String) -> String { phrase.split(separator: " ").last.map { $0.lowercased() } ?? "" }
        func firstWord(_ phrase: String) -> String { phrase.split(separator: " ").first.map(String.init) ?? "" }
        // The top suggestion decides: the span grows only for the correction applied.
        if let next = word(last + 1), next == "el" || next == "al" || next == "del",
            let top = suggestions.first, ["a", "de"].contains(lastWord(top))
        {
            last += 1
            suggestions = suggestions.map { suggestion in
                let ending = lastWord(suggestion)
                // "acceder a" before "al servidor": the text's contraction already has it.
                if next != "el", (ending == "a" && next == "al") || (ending == "de" && next == "del") {
                    return String(suggestion.dropLast(ending.count)) + next
                }
                return SpanishArticles.contracting(suggestion + " " + next)
            }
        }
        if let previous = word(first - 1), ["a", "de"].contains(previous.lowercased()),
            let top = suggestions.first, firstWord(top) == "el"
        {
            first -= 1
            suggestions = suggestions.map { SpanishArticles.contracting(previous + " " + $0) }
        }
        if let previous = word(first - 1), let top = suggestions.first,
            SpanishArticles.determiner(previous, before: firstWord(top), morphology: morphology) != previous
        {
            first -= 1
            suggestions = suggestions.map { previous + " " + $0 }
        }
        suggestions = suggestions.map { suggestion in
            var words = suggestion.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            for index in words.indices.dropLast() {
                words[index] = SpanishArticles.determiner(
                    words[index], before: words[index + 1], morphology: morphology)
            }
            return words.joined(separator: " ")
        }
    }

    /// The longest "sentence" a finding carries, in bytes. Text without sentence breaks (a
    /// table, a 1 GB line) would otherwise copy megabytes into every finding.
    static let maximumSentenceLength = 1200

    /// `sentence`, or the part of it around `match` cut at spaces when it is too long.
    static func clip(_ sentence: Range<Int>, around match: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        guard sentence.count > maximumSentenceLength else { return sentence }
        let margin = max(0, (maximumSentenceLength - match.count) / 2)
        var start = max(sentence.lowerBound, match.lowerBound - margin)
        var end = min(sentence.upperBound, match.upperBound + margin)
        if start > sentence.lowerBound, let space = bytes[start..<match.lowerBound].firstIndex(of: 0x20) {
            start = space + 1
        }
        if end < sentence.upperBound, let space = bytes[match.upperBound..<end].lastIndex(of: 0x20) { end = space }
        while start < match.lowerBound && UTF8.isContinuation(bytes[start]) { start += 1 }
        while end > match.upperBound && end < bytes.count && UTF8.isContinuation(bytes[end]) { end -= 1 }
        return start..<end
    }

    /// The text of token `index` if it is a determiner (or a lower-case adjective ending
    /// in -o/-a) in `gender`.
    private func agreeingWord(_ index: Int, gender: GrammaticalGender, determiner: Bool) -> String? {
        let token = text.tokens[index]
        guard token.kind == .word, !covered[index] else { return nil }
        let word = String(decoding: document.bytes[token.start..<token.end], as: UTF8.self)
        let morphology = renderer.slots.morphology
        let lower = word.lowercased()
        if determiner {
            guard FunctionWords.determinerGender[lower] != nil else { return nil }
        } else {
            guard word.first?.isLowercase == true, !morphology.isFunctionWord(lower),
                lower.hasSuffix("o") || lower.hasSuffix("a") || lower.hasSuffix("os") || lower.hasSuffix("as"),
                morphology.isParticiple(lower) || Nationalities.folded.contains(text.folded(token))
                    || endsAPhrase(after: index)
            else { return nil }
        }
        return morphology.inflect(word, toGender: gender) == word ? word : nil
    }

    /// Whether the word at `index` ends its phrase: what follows is punctuation, the end,
    /// or a function word that is not a determiner. A word in -a or -o followed by a
    /// determiner or a content word is more likely a verb (*significa el*, *apunta
    /// distingue*) than an adjective, and is left alone.
    private func endsAPhrase(after index: Int) -> Bool {
        let next = index + 1
        guard next < text.tokens.count, text.tokens[next].kind == .word else { return true }
        let following = String(
            decoding: document.bytes[text.tokens[next].start..<text.tokens[next].end], as: UTF8.self
        ).lowercased()
        return renderer.slots.morphology.isFunctionWord(following) && FunctionWords.determinerGender[following] == nil
    }

    /// The one-line message, worded after the entry's category; `matched` is quoted with
    /// its whitespace collapsed, so a match across a line break still makes one line.
    static func message(matched: String, entry: GlossaryEntry) -> String {
        let source = entry.sources.first ?? ""
        switch entry.category {
        case .mistranslation: return "“\(matched)” mistranslates “\(source)”"
        case .untranslated: return "“\(matched)” is left untranslated (English “\(source)”)"
        case .terminology: return "“\(matched)” is not the established term for “\(source)”"
        case .grammar: return "“\(matched)” is ungrammatical (from “\(source)”)"
        case .style: return "“\(matched)” reads as a calque of “\(source)”"
        case .localeViolation: return "“\(matched)” breaks Spanish conventions (from “\(source)”)"
        case .misspelling, .typographical: return "“\(matched)” is not how Spanish spells it (from “\(source)”)"
        default: return "“\(matched)”: \(entry.category.rawValue) issue (from “\(source)”)"
        }
    }
}
