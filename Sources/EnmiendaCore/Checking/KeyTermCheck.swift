/// The key-term check, as Xbench's and CheckMate's: where a source segment says the
/// English term of a key term (an entry with ``GlossaryEntry/approvedRenderings``) and its
/// target segment uses none of the entry's approved renderings nor its suggestions, in any
/// form, the segment gets a finding.
///
/// Compiled once, with the aligner: the renderings of every key term go into an automaton
/// of their own, expanded as wrong forms are (the other number and gender, every form of a
/// verb), so that a target is searched in one pass and compared as the matcher compares:
/// case, accents and spacing do not count. The source says a term as ``SourceGate`` reads
/// it: its words in any regular English inflection (*ceasefires*, *supported*).
///
/// A finding of the check
/// - is of category ``IssueCategory/terminology``, with the entry's severity, and says
///   `“ceasefire” is not rendered with an approved term (alto el fuego, tregua)`;
/// - offers the entry's suggestions, then its approved renderings;
/// - needs a manual check (``Finding/manualCheck``): where the term belongs in the target
///   is unknown, so `fix` never writes it;
/// - lies on the first word of the segment that no other finding covers, and for each
///   further key term the same segment leaves out on the next such word (findings never
///   overlap); a segment whose every word is taken gets none.
///
/// Where the target has a wrong form of the same entry, that finding is enough: the check
/// adds none. Without a source it is silent.
package struct KeyTermCheck: Sendable {
    /// Why a finding of the check needs a person (see ``Finding/manualCheck``).
    package static let manualCheck =
        "where the term belongs in the segment is unknown: write an approved rendering by hand"

    /// One key term: its entry, and each of its source terms as the English forms each of
    /// its words may take.
    private struct KeyTerm: Sendable {
        var entryIndex: Int
        var terms: [[Set<String>]]
    }

    private let glossary: Glossary
    private let keyTerms: [KeyTerm]
    /// The key terms that have a term starting with a word, by every English form of that word.
    private let byFirstWord: [String: [Int]]
    /// Every rendering of every key term, compiled; a variant's entry is the rendering's
    /// place in ``owners``.
    private let renderings: PhraseAutomaton
    /// The key term (its index in ``keyTerms``) of each compiled rendering.
    private let owners: [Int]
    private let morphology: any Morphology

    /// The check of `glossary`'s key terms, or `nil` when it has none.
    ///
    /// - Parameters:
    ///   - morphology: The morphology that inflects the renderings (as the aligner's).
    ///   - concurrency: How many renderings are expanded at a time.
    init?(glossary: Glossary, morphology: any Morphology, concurrency: Int) {
        var keyTerms: [KeyTerm] = []
        var byFirstWord: [String: [Int]] = [:]
        var renderingEntries: [GlossaryEntry] = []
        var owners: [Int] = []
        for (entryIndex, summary) in glossary.summaries.enumerated() where summary.flags.contains(.keyTerm) {
            let entry = glossary.entry(at: entryIndex)
            let terms = entry.sources.map { SourceText.termWords($0).map(SourceText.inflections(of:)) }
            let index = keyTerms.count
            keyTerms.append(KeyTerm(entryIndex: entryIndex, terms: terms))
            for form in Set(terms.compactMap(\.first).flatMap { $0 }) { byFirstWord[form, default: []].append(index) }
            var seen: Set<[String]> = []
            let accepted = entry.suggestions + entry.forms.flatMap(\.suggestions) + entry.approvedRenderings
            for rendering in accepted where seen.insert(PhrasePattern.folded(rendering)).inserted {
                // Each rendering is compiled as a wrong form that suggests itself, so that a
                // verb phrase is conjugated like any other.
                var compiled = GlossaryEntry(
                    id: entry.id, sources: entry.sources, wrongForms: [rendering], suggestions: [rendering],
                    category: entry.category, severity: entry.severity)
                compiled.inflection = entry.inflection
                renderingEntries.append(compiled)
                owners.append(index)
            }
        }
        guard !keyTerms.isEmpty else { return nil }
        self.glossary = glossary
        self.keyTerms = keyTerms
        self.byFirstWord = byFirstWord
        self.owners = owners
        self.morphology = morphology
        self.renderings = PhraseAutomaton(
            variants: VariantExpander(morphology: morphology).variants(
                of: Glossary(validated: renderingEntries), concurrency: concurrency))
    }

    /// `alignment`, of one target segment translated from `source`, with a finding for
    /// each key term that the source says and the target leaves out, in text order among
    /// the others.
    func adding(to alignment: Alignment, source: SourceText) -> Alignment {
        let flagged = Set(alignment.findings.map(\.entryID))
        let said = mentioned(in: source).filter {
            !flagged.contains(glossary.entry(at: keyTerms[$0.keyTerm].entryIndex).id)
        }
        guard !said.isEmpty else { return alignment }
        let document = alignment.document
        let bytes = document.bytes
        let text = Tokenizer.tokenize(bytes, in: document.contentStart..<bytes.count)
        let slots = SlotMatcher(text: text, bytes: bytes, morphology: morphology)
        let rendered = Set(renderings.occurrences(in: text, slots: slots).map { owners[$0.entryIndex] })
        let missing = said.filter { !rendered.contains($0.keyTerm) }
        guard !missing.isEmpty else { return alignment }
        let sentences = SentenceSegmenter.sentences(in: text, bytes: bytes)
        let lines = LineIndex(bytes)
        let taken = alignment.findings.map(\.byteRange)
        var findings = alignment.findings
        var next = 0
        for item in missing {
            // The first word from `next` on that no finding of the glossary covers.
            guard
                let token = text.tokens.indices[next...].first(where: { index in
                    let token = text.tokens[index]
                    return token.kind != .punctuation
                        && !UntranslatedCheck.overlaps(token.start..<token.end, taken)
                })
            else { break }
            next = token + 1
            let sentence = sentences.first { $0.contains(token) } ?? token..<token + 1
            findings.append(
                finding(
                    keyTerms[item.keyTerm], term: item.term, token: token, sentence: sentence, in: document,
                    text: text, lines: lines))
        }
        findings.sort { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
        return Alignment(document: document, findings: findings, wordCount: alignment.wordCount)
    }

    /// The key terms that `source` says, in glossary order, each with the first of its
    /// terms found.
    private func mentioned(in source: SourceText) -> [(keyTerm: Int, term: Int)] {
        var found: [Int: Int] = [:]
        for words in source.paragraphs {
            for (start, word) in words.enumerated() {
                for index in byFirstWord[word] ?? [] where found[index] == nil {
                    let terms = keyTerms[index].terms
                    found[index] = terms.indices.first { term in
                        let forms = terms[term]
                        return !forms.isEmpty && start + forms.count <= words.count
                            && forms.indices.allSatisfy { forms[$0].contains(words[start + $0]) }
                    }
                }
            }
        }
        return found.keys.sorted().compactMap { index in found[index].map { (index, $0) } }
    }

    private func finding(
        _ keyTerm: KeyTerm, term: Int, token index: Int, sentence tokenRange: Range<Int>, in document: TextDocument,
        text: TokenizedText, lines: LineIndex
    ) -> Finding {
        let entry = glossary.entry(at: keyTerm.entryIndex)
        let bytes = document.bytes
        let token = text.tokens[index]
        let range = token.start..<token.end
        var seen: Set<String> = []
        let offered = (entry.suggestions + entry.approvedRenderings).filter { seen.insert($0).inserted }
        // A rendering with slots (`{number} soldados`) is no text to offer, unless it is all there is.
        let literal = offered.filter { PatternTemplate($0).isLiteral }
        let suggestions = literal.isEmpty ? offered : literal
        let sentenceRange = UntranslatedCheck.sentenceRange(tokenRange, around: range, text: text, bytes: bytes)
        let sentence = String(decoding: bytes[sentenceRange], as: UTF8.self)
        let position = lines.position(of: range.lowerBound, in: bytes)
        return Finding(
            entryID: entry.id, category: .terminology, severity: entry.severity,
            message:
                "“\(entry.sources[term])” is not rendered with an approved term (\(suggestions.joined(separator: ", ")))",
            note: entry.note, sourceTerms: entry.sources, matchedText: String(decoding: bytes[range], as: UTF8.self),
            suggestions: suggestions,
            location: SourceLocation(path: document.path, line: position.line, column: position.column),
            byteRange: range, scalarOffset: lines.scalarOffset(of: range.lowerBound, in: bytes),
            scalarLength: LineIndex.scalarCount(bytes, from: range.lowerBound, to: range.upperBound),
            sentence: sentence, sentenceByteRange: sentenceRange, correctedSentence: sentence,
            manualCheck: Self.manualCheck)
    }
}

extension Aligner {
    /// Finds every known mistranslation in the text of one segment and, when the segment
    /// has a source, every key term that the source says and the text leaves out (see
    /// ``KeyTermCheck``). `source` is the English of the segment, also for entries that
    /// need it.
    func align(segmentText document: TextDocument, source: String?) -> Alignment {
        let sourceText = source.map(SourceText.init)
        let alignment = align(document, source: sourceText)
        guard let keyTerms, let sourceText else { return alignment }
        return keyTerms.adding(to: alignment, source: sourceText)
    }
}
