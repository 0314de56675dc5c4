/// Turns accepted occurrences into findings: locations, messages, suggestions that agree
/// with the text around them, and corrected sentences.
struct SuggestionEngine {
    let glossary: Glossary
    let document: TextDocument
    let text: TokenizedText
    let sentences: [Range<Int>]
    let sentenceOfToken: [Int]
    let renderer: SuggestionRenderer
    /// The agreement rules, shared by the chunks of an aligner (it remembers phrases).
    let agreement: SpanishAgreement
    /// Each suggestion with its articles before a stressed *a* made masculine (*un arma*),
    /// shared by the chunks of an aligner.
    let articles: BoundedCache<String, String>
    /// Which tokens belong to a reported occurrence: agreement never takes them over.
    let covered: [Bool]
    private let lines: LineIndex
    /// The matches and suggestions agreement has read, shared by the chunks of an aligner.
    private let readings: PhraseReadings

    init(
        glossary: Glossary, document: TextDocument, text: TokenizedText, sentences: [Range<Int>],
        sentenceOfToken: [Int], renderer: SuggestionRenderer, agreement: SpanishAgreement,
        articles: BoundedCache<String, String>, readings: PhraseReadings, covered: [Bool], lines: LineIndex
    ) {
        self.agreement = agreement
        self.articles = articles
        self.covered = covered
        self.glossary = glossary
        self.document = document
        self.text = text
        self.sentences = sentences
        self.sentenceOfToken = sentenceOfToken
        self.renderer = renderer
        self.lines = lines
        self.readings = readings
    }

    /// The finding for `occurrence`, or `nil` when its correction would change nothing
    /// (a case-sensitive entry at the start of a sentence, say).
    func finding(for occurrence: PhraseAutomaton.Occurrence, variant: PatternVariant) -> Finding? {
        draft(for: occurrence, variant: variant).map(finding(from:))
    }

    /// What ``finding(for:variant:)`` decides for `occurrence`: its span, grown over the
    /// words that agree with it, and its suggestions; `nil` when its correction would
    /// change nothing. The rest of the finding (message, location, sentences) is left to
    /// ``finding(from:)``, for the findings a report writes.
    func draft(for occurrence: PhraseAutomaton.Occurrence, variant: borrowing PatternVariant) -> FindingDraft? {
        let isCaseSensitive = glossary.isCaseSensitive(at: occurrence.entryIndex)
        let tokens = text.tokens
        let bytes = document.bytes
        var first = occurrence.firstToken
        var last = occurrence.tokens.upperBound - 1
        // A match may run over a line break the segmenter took for a sentence end: its
        // sentence is then every sentence it touches.
        let sentenceTokens =
            sentences[sentenceOfToken[first]].lowerBound..<sentences[sentenceOfToken[last]].upperBound

        let matchRange = tokens[first].start..<tokens[last].end
        let opensSentence = tokens[sentenceTokens.lowerBound..<first].allSatisfy { $0.kind == .punctuation }
        var style = CaseStyle.of(
            String(decoding: bytes[matchRange], as: UTF8.self), atSentenceStart: opensSentence)
        // A case-sensitive entry matched capitals on purpose (`5 PM`, `NATO`): its
        // suggestions are written in the case they must have.
        if isCaseSensitive, style == .upper { style = opensSentence ? .capitalized : .asWritten }
        var suggestions = variant.suggestions.map {
            style.apply(to: renderer.render($0, wrong: variant.wrong, captures: occurrence.captures))
        }

        // The words that agree with the match follow the suggestion's gender and number.
        var manualCheck: String?
        var pieces: [Finding.Piece] = []
        if variant.governsAgreement {
            (manualCheck, pieces) = agree(&suggestions, first: &first, last: &last, sentence: sentenceTokens)
        }

        let agreed = (first, last, suggestions.first)
        adjustArticles(&suggestions, first: &first, last: &last, sentence: sentenceTokens)
        // A contraction or an article before a stressed a rewrites the span as one.
        if agreed != (first, last, suggestions.first) { pieces = [] }

        let range = tokens[first].start..<tokens[last].end
        guard let top = suggestions.first, !Self.hasSameWords(top, as: bytes[range]) else { return nil }
        let sentenceRange = Self.clip(
            tokens[sentenceTokens.lowerBound].start..<tokens[sentenceTokens.upperBound - 1].end, around: range,
            in: bytes)
        return FindingDraft(
            entryIndex: occurrence.entryIndex, byteRange: range, matchRange: matchRange,
            sentenceByteRange: sentenceRange, tokens: first...last, sentenceTokens: sentenceTokens,
            suggestions: suggestions, manualCheck: manualCheck, pieces: pieces)
    }

    /// Whether `suggestion` is the `written` text (UTF-8 bytes) but for the white space
    /// between its words: a correction keeps the text's gaps that are not one plain space
    /// (a line break, a tab, several spaces, a no-break space) between words it replaces
    /// one for one (see ``Corrections``), so such a correction changes nothing
    /// (*Ministro⏎de Defensa* opening a sentence is no *Ministro de*). A suggestion that
    /// writes other white space than plain spaces (`12\u{A0}000`) must equal the text.
    static func hasSameWords(_ suggestion: String, as written: ArraySlice<UInt8>) -> Bool {
        switch bytewiseComparison(of: suggestion, with: written) {
        case .equal: return true
        case .different: return false
        case .unsure: break
        }
        let text = String(decoding: written, as: UTF8.self)
        if suggestion == text { return true }
        guard !suggestion.unicodeScalars.contains(where: { $0 != " " && $0.properties.isWhitespace }) else {
            return false
        }
        return suggestion.split(separator: " ").elementsEqual(text.split(whereSeparator: \.isWhitespace))
    }

    /// What the bytes alone tell of ``hasSameWords(_:as:)``, which most suggestions fail
    /// at their first letter: the same bytes are the same words; two different ASCII
    /// letters, digits or signs where the bytes first differ (after the same bytes, each a
    /// starter no canonical equivalence maps to another) are different words; anything
    /// else (white space, a byte of a multi-byte character, one text ending first) needs
    /// the comparison of Unicode strings.
    private enum BytewiseComparison { case equal, different, unsure }

    private static func bytewiseComparison(of suggestion: String, with written: ArraySlice<UInt8>)
        -> BytewiseComparison
    {
        var suggestion = suggestion
        return suggestion.withUTF8 { proposed in
            written.withUnsafeBufferPointer { text in
                let shared = min(proposed.count, text.count)
                var index = 0
                while index < shared, proposed[index] == text[index] { index += 1 }
                if index == proposed.count, index == text.count { return .equal }
                guard index < shared else { return .unsure }
                let (left, right) = (proposed[index], text[index])
                return left > 0x20 && left < 0x80 && right > 0x20 && right < 0x80 ? .different : .unsure
            }
        }
    }

    /// The findings that `drafts` describe, in their order (see ``finding(from:)``); the
    /// findings of one sentence share its folded bytes, folded once.
    func findings(from drafts: [FindingDraft]) -> [Finding] {
        var folder = SentenceFolder(text: text)
        // Decoding an entry's heading from a compiled glossary costs more than the rest of
        // a finding's fields but one; where findings are dense, entries come back often.
        var headings: [Int: EntryHeading] = [:]
        return drafts.map { draft in
            let heading: EntryHeading
            if let known = headings[draft.entryIndex] {
                heading = known
            } else {
                heading = glossary.heading(at: draft.entryIndex)
                headings[draft.entryIndex] = heading
            }
            var finding = finding(from: draft, heading: heading)
            if let folded = folder.folded(
                sentence: draft.sentenceTokens, bytes: draft.sentenceByteRange, match: draft.tokens)
            {
                finding.folded = folded
            }
            return finding
        }
    }

    /// The finding that `draft` describes, with its message, location, offsets in code
    /// points, and its sentence before and after the top suggestion.
    func finding(from draft: FindingDraft) -> Finding {
        finding(from: draft, heading: glossary.heading(at: draft.entryIndex))
    }

    /// ``finding(from:)`` with the heading of the draft's entry given.
    private func finding(from draft: FindingDraft, heading entry: EntryHeading) -> Finding {
        let bytes = document.bytes
        let range = draft.byteRange
        let sentenceRange = draft.sentenceByteRange
        let sentence = Array(bytes[sentenceRange])
        let shift = sentenceRange.lowerBound
        let local = (range.lowerBound - shift)..<(range.upperBound - shift)
        let corrected = Corrections.apply(
            draft.pieces.isEmpty
                ? [(local, draft.suggestions[0])]
                : draft.pieces.map {
                    (($0.byteRange.lowerBound - shift)..<($0.byteRange.upperBound - shift), $0.text)
                },
            to: sentence, unfit: .writtenAsGiven)
        let matchedText = String(decoding: bytes[range], as: UTF8.self)
        let matched =
            draft.matchRange == range ? matchedText : String(decoding: bytes[draft.matchRange], as: UTF8.self)
        let position = lines.position(of: range.lowerBound, in: bytes)
        return Finding(
            entryID: entry.id, category: entry.category, severity: entry.severity,
            message: Self.message(
                matched: LineBreaks.contains(in: bytes, draft.matchRange) ? matched.collapsingWhitespace() : matched,
                entry: entry,
                givesWrongFormAsSource: entry.category == .mistranslation
                    && glossary.givesWrongFormAsSource(at: draft.entryIndex)),
            note: entry.note,
            sourceTerms: entry.sources,
            matchedText: matchedText, suggestions: draft.suggestions,
            location: SourceLocation(path: document.path, line: position.line, column: position.column),
            byteRange: range, scalarOffset: lines.scalarOffset(of: range.lowerBound, in: bytes),
            scalarLength: LineIndex.scalarCount(bytes, from: range.lowerBound, to: range.upperBound),
            sentence: String(decoding: sentence, as: UTF8.self), sentenceByteRange: sentenceRange,
            correctedSentence: String(decoding: corrected, as: UTF8.self), manualCheck: draft.manualCheck,
            pieces: draft.pieces)
    }

    /// Rewrites the words around the match that agree with it (see ``AgreementRepair``)
    /// for each suggestion, growing the match to the first and last word that changes;
    /// returns why the top suggestion's sentence needs a manual check, if it does, and the
    /// top suggestion as separate replacements of the match and of each word that changes.
    private func agree(_ suggestions: inout [String], first: inout Int, last: inout Int, sentence: Range<Int>)
        -> (String?, [Finding.Piece])
    {
        let tokens = text.tokens
        let bytes = document.bytes
        let match = first...last
        func written(_ index: Int) -> String {
            String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self)
        }
        let repairer = AgreementRepair(
            agreement: agreement, sentence: sentence,
            word: { index in
                guard sentence.contains(index), tokens[index].kind == .word, !covered[index] else { return nil }
                return written(index)
            },
            isComma: { index in
                sentence.contains(index) && tokens[index].kind == .punctuation && bytes[tokens[index].start] == 0x2C
            },
            isNumber: { index in sentence.contains(index) && tokens[index].kind == .number && !covered[index] })
        let reading = readings.match(
            key: String(decoding: bytes[tokens[first].start..<tokens[last].end], as: UTF8.self)
        ) {
            match.filter { tokens[$0].kind == .word }.map(written)
        }
        let matched = reading.phrase
        guard matched.nominal else { return (nil, []) }
        var old = matched.features
        // An English loanword: the determiner before it tells its gender and number; and
        // those of a noun of either gender or number (*los accionistas*, *las crisis*).
        if !matched.known || old.gender == nil || old.number == nil, first > sentence.lowerBound,
            tokens[first - 1].kind == .word, let determiner = agreement.determinerFeatures(of: written(first - 1))
        {
            if !matched.known {
                old = AgreementFeatures(
                    gender: determiner.gender ?? old.gender, number: determiner.number ?? old.number)
            } else if old.number == nil || determiner.number == nil || old.number == determiner.number,
                old.gender == nil || determiner.gender == nil || old.gender == determiner.gender
            {
                old = AgreementFeatures(
                    gender: old.gender ?? determiner.gender, number: old.number ?? determiner.number)
            }
        }
        let oldLast = reading.lastWordFeatures.flatMap { $0 != old ? $0 : nil }

        var repairs = suggestions.map { suggestion -> AgreementRepair.Repair in
            let proposed = readings.suggestion(suggestion)
            let phrase = proposed.phrase
            guard phrase.nominal else { return AgreementRepair.Repair() }
            var new = phrase.features
            // A noun of either gender (*soldado*, *intérprete*) takes the generic
            // masculine (RAE, *Nueva gramática* §2.2).
            if phrase.isNoun, phrase.known, new.gender == nil { new.gender = .masculine }
            // Without a lexicon the number of a word in -s is a guess (*portaaviones*):
            // only the gender follows the suggestion.
            // Nor is that of a word the lexicon does not know (*shells*): the suggestion is
            // already in the number of the match.
            if !agreement.morphology.hasLexicon || !phrase.known { new.number = old.number }
            var attachment: AgreementFeatures? = new
            if let lastWord = proposed.lastWordFeatures, lastWord != new { attachment = nil }
            return repairer.repair(
                AgreementRepair.Change(
                    match: match, old: old, oldLast: oldLast, new: new, attachment: attachment,
                    endsInNoun: reading.endsInNoun, endsInPreposition: reading.endsInPreposition,
                    isAdjective: proposed.isAdjective, opensWithDeterminer: reading.opensWithDeterminer))
        }
        // Without a lexicon the genders of the other suggestions are guesses: they take
        // the top suggestion's edits.
        if !agreement.morphology.hasLexicon, let top = repairs.first {
            repairs = repairs.map { _ in top }
        }
        let changed = repairs.flatMap(\.edits.keys)
        guard let lowest = changed.min(), let highest = changed.max(), let top = repairs.first else {
            return (repairs.first?.manualCheck, [])
        }
        let spanFirst = min(first, lowest)
        let spanLast = max(last, highest)
        var pieces: [Finding.Piece] = []
        var deletedFrom: Int?
        var capitalize = false
        for index in spanFirst...spanLast where index < first || index > last || index == first {
            var range = tokens[index].start..<tokens[index == first ? last : index].end
            guard var text = index == first ? suggestions[0] : top.edits[index] else { continue }
            if text.isEmpty {
                // An article that goes is replaced together with the match after it.
                deletedFrom = deletedFrom ?? range.lowerBound
                capitalize = capitalize || (index == spanFirst && written(index).first?.isUppercase == true)
                continue
            }
            if let start = deletedFrom {
                range = start..<range.upperBound
                deletedFrom = nil
            }
            if capitalize, let initial = text.first {
                text = initial.uppercased() + text.dropFirst()
                capitalize = false
            }
            pieces.append(Finding.Piece(byteRange: range, text: text))
        }
        suggestions = zip(suggestions, repairs).map { suggestion, repair in
            var parts: [(gap: Bool, text: String)] = []
            var capitalize = false
            for index in spanFirst...spanLast where index < first || index > last || index == first {
                let gap = index > spanFirst && tokens[index - 1].end < tokens[index].start
                let part = index == first ? suggestion : repair.edits[index] ?? written(index)
                if part.isEmpty {
                    capitalize = capitalize || (index == spanFirst && written(index).first?.isUppercase == true)
                    continue
                }
                parts.append((gap && !parts.isEmpty, part))
            }
            var result = parts.map { ($0.gap ? " " : "") + $0.text }.joined()
            if capitalize, let initial = result.first { result = initial.uppercased() + result.dropFirst() }
            return result
        }
        first = spanFirst
        last = spanLast
        return (top.manualCheck, pieces)
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

    /// The one-line message, worded after the entry's category; `matched` is quoted with
    /// its whitespace collapsed, so a match across a line break still makes one line.
    static func message(matched: String, entry: EntryHeading, givesWrongFormAsSource: Bool) -> String {
        let source = entry.sources.first ?? ""
        // A blacklist without an English column (Okapi CheckMate's) gives the wrong form as
        // its source: never “librería” mistranslates “librería”. (A terminology entry may
        // flag the English word itself: “ceasefire” is not the established term for it.)
        if entry.category == .mistranslation, source.isEmpty || givesWrongFormAsSource {
            return "“\(matched)” is a known mistranslation (the glossary gives no English source)"
        }
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
