/// Finds a glossary's known mistranslations in texts.
///
/// The glossary is compiled once, when the aligner is created: every entry is expanded
/// into all its forms (inflected, listed by hand, with or without optional words) and
/// the forms are compiled into one automaton. Each call to ``align(_:)`` then costs time
/// proportional to the text, whatever the glossary's size.
///
/// ```swift
/// let aligner = Aligner(glossary: try .builtIn)
/// let alignment = aligner.align(TextDocument("Ucrania calificó las demandas como no talleres."))
/// print(alignment.findings[0].suggestions)   // ["inviables", "inaceptables"]
/// print(alignment.correctedText)             // "Ucrania calificó las demandas como inviables."
/// ```
///
/// A wrong form matches as a whole-word phrase, ignoring case and accents (but not
/// `ñ`), with any run of whitespace (line breaks and no-break spaces included) between
/// its words, in either grammatical number. Where matches overlap, the longest wins,
/// then the earlier entry.
public struct Aligner: Sendable {
    /// The glossary this aligner checks against.
    public let glossary: Glossary
    /// The options it was created with.
    public let options: AlignmentOptions
    private let variants: VariantTable
    /// The forms the glossary was compiled into.
    var compiledVariants: [PatternVariant] { variants.all }
    /// The forms the glossary was compiled into, as the aligner reads them (decoded when
    /// first read, for a glossary read back from its image).
    var variantTable: VariantTable { variants }
    /// The forms compiled into one automaton (a compiled glossary's image keeps it).
    let automaton: PhraseAutomaton
    private let filter: ContextFilter
    /// The tests each form's occurrences need.
    private let screen: VariantScreen
    /// The `require` phrases left out because they are forms of their own entry's wrong
    /// words, by entry index (``GlossaryValidation`` reports them).
    var selfLicensingPhrases: [Int: [String]] { filter.selfLicensingPhrases }
    /// The forms' words with their accents (a compiled glossary's image keeps them).
    let accents: AccentGuard
    /// Agreement with the options' morphology, remembering the phrases it reads.
    private let agreement: SpanishAgreement
    /// What agreement read of the matches and suggestions of every chunk.
    private let readings: PhraseReadings
    /// Suggestions with their articles adjusted (see ``SuggestionEngine/articles``).
    private let articles = BoundedCache<String, String>(capacity: 100_000)
    /// The English terms of each entry that needs the source (see ``SourceGate``).
    let sourceTerms: [[[String]]?]
    /// The key terms of the glossary, compiled; `nil` when it has none.
    let keyTerms: KeyTermCheck?

    /// Compiles the entries of `glossary` that apply to the options' variety
    /// (``GlossaryEntry/applies(to:)``); the others never match.
    ///
    /// - Complexity: O(total length of the entries' forms).
    public init(glossary: Glossary, options: AlignmentOptions = AlignmentOptions()) {
        let compiled = glossary.restricted(to: options.variety)
        self.init(
            glossary: glossary,
            variants: VariantExpander(morphology: options.morphology).variants(
                of: compiled, concurrency: options.concurrency),
            options: options)
    }

    /// Compiles `glossary` from `variants`, the forms that ``VariantExpander`` expands the
    /// entries that apply to the options' variety into (as ``compiledVariants`` gives
    /// them): for a compiled glossary read back from a cache, without expanding it again,
    /// nor compiling the automaton and the accents' words when it gives them too.
    init(
        glossary: Glossary, variants: [PatternVariant], options: AlignmentOptions,
        automaton: PhraseAutomaton? = nil, spellings: AccentGuard.Spellings? = nil
    ) {
        self.init(
            glossary: glossary, variantTable: VariantTable(variants), options: options,
            automaton: automaton ?? PhraseAutomaton(variants: variants),
            spellings: spellings ?? AccentGuard.Spellings(variants: variants))
    }

    /// Compiles `glossary` from the forms of `variantTable` (see
    /// ``init(glossary:variants:options:automaton:spellings:)``), which `automaton` and
    /// `spellings` were compiled from.
    init(
        glossary: Glossary, variantTable variants: VariantTable, options: AlignmentOptions,
        automaton: PhraseAutomaton, spellings: AccentGuard.Spellings
    ) {
        self.glossary = glossary
        self.options = options
        let compiled = glossary.restricted(to: options.variety)
        self.variants = variants
        self.automaton = automaton
        self.filter = ContextFilter(glossary: compiled, variants: variants, morphology: options.morphology)
        self.accents = AccentGuard(spellings: spellings, morphology: options.morphology)
        self.agreement = SpanishAgreement(morphology: options.morphology, remembering: true)
        self.readings = PhraseReadings(agreement: agreement)
        self.sourceTerms = SourceGate.terms(of: compiled)
        self.screen = VariantScreen(
            entryIndices: variants.entryIndices, startsWithVerb: variants.startsWithVerb, filter: filter,
            sourceTerms: sourceTerms)
        self.keyTerms = KeyTermCheck(
            glossary: compiled, morphology: options.morphology, concurrency: options.concurrency)
    }

    /// The same compiled glossary with other options (the morphology and the variety must
    /// not change).
    package init(compiled other: Aligner, options: AlignmentOptions) {
        self.glossary = other.glossary
        self.options = options
        self.variants = other.variants
        self.automaton = other.automaton
        self.filter = other.filter
        self.screen = other.screen
        self.accents = other.accents
        self.agreement = other.agreement
        self.readings = other.readings
        self.sourceTerms = other.sourceTerms
        self.keyTerms = other.keyTerms
    }

    /// Finds every known mistranslation in `document`.
    ///
    /// Long documents are aligned in chunks of about ``AlignmentOptions/chunkSize`` bytes
    /// cut between sentences (see ``ChunkBoundary``), so memory beyond the document's own
    /// bytes stays bounded whatever its size.
    ///
    /// - Complexity: O(n) in the length of the document.
    public func align(_ document: TextDocument) -> Alignment {
        align(document, source: nil)
    }

    /// Finds every known mistranslation in `document`, translated from `source`.
    ///
    /// Entries marked ``GlossaryEntry/needsSource`` fire only where `source` mentions
    /// one of their English terms (see ``SourceText``); without a source they stay silent.
    /// Key terms (``GlossaryEntry/approvedRenderings``) are not checked here: a whole text
    /// and its source do not pair segment by segment (`align(_:)` over a
    /// ``SegmentedDocument`` checks them).
    public func align(_ document: TextDocument, source: SourceText?) -> Alignment {
        let gate = SourceGate(terms: sourceTerms, source: source, document: document)
        let untranslated = options.englishLexicon.map {
            UntranslatedCheck(lexicon: $0, morphology: options.morphology, document: document, source: source)
        }
        let lines = LineIndex(document.bytes)
        let chunks = chunks(of: document)
        let results = chunks.parallelMap(concurrency: options.concurrency) { chunk in
            align(chunk, of: document, lines: lines, gate: gate, untranslated: untranslated)
        }
        return Alignment(
            document: document, findings: results.flatMap(\.findings), wordCount: results.reduce(0) { $0 + $1.words })
    }

    /// Finds every known mistranslation in each document, several documents at a time,
    /// the results in the order of `documents`.
    public func align(_ documents: [TextDocument], source: SourceText? = nil) -> [Alignment] {
        guard documents.count > 1 else { return documents.map { align($0, source: source) } }
        let aligner = singleThreaded
        return documents.parallelMap(concurrency: options.concurrency) { aligner.align($0, source: source) }
    }

    /// The findings of `chunk` of `document`, and its words.
    func align(
        _ chunk: AlignmentChunk, of document: TextDocument, lines: LineIndex, gate: SourceGate,
        untranslated: UntranslatedCheck?
    ) -> (findings: [Finding], words: Int) {
        let scan = scan(chunk, of: document, lines: lines, gate: gate, untranslated: untranslated)
        guard let engine = scan.engine else { return (scan.untranslated, scan.words) }
        let findings = engine.findings(from: scan.drafts)
        guard !scan.untranslated.isEmpty else { return (findings, scan.words) }
        return ((findings + scan.untranslated).sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }, scan.words)
    }

    /// `document`'s text cut into chunks of about ``AlignmentOptions/chunkSize`` bytes
    /// between sentences (see ``AlignmentChunk``).
    func chunks(of document: TextDocument) -> [AlignmentChunk] {
        AlignmentChunk.chunks(of: document, target: options.chunkSize)
    }

    /// What one chunk holds: the glossary's findings as drafts, the engine that makes them
    /// into findings, and the untranslated words' findings.
    private struct ChunkScan {
        var drafts: [FindingDraft] = []
        var engine: SuggestionEngine?
        var untranslated: [Finding] = []
        var words: Int
    }

    private func scan(
        _ chunk: AlignmentChunk, of document: TextDocument, lines: LineIndex, gate: SourceGate,
        untranslated: UntranslatedCheck?
    ) -> ChunkScan {
        let bytes = document.bytes
        let text = Tokenizer.tokenize(bytes, in: chunk.scanned)
        let words =
            chunk.readsContext
            ? text.tokens.count { $0.kind != .punctuation && chunk.owns($0.start) }
            : text.tokens.count { $0.kind != .punctuation }
        let slots = SlotMatcher(text: text, bytes: bytes, morphology: options.morphology)
        // The sentences are needed only where a form occurs: most chunks of a sparse
        // glossary have none, and skip them.
        var layout: SentenceLayout?
        // Read from locals, not through `self`: each call through `self` copied them (and
        // retained what they hold, a shared counter that two cores fight over). The
        // variants are read in place (a copy of each costs more than the tests), and only
        // for the tests their screen asks for.
        let (filter, accents, screen, variants) = (filter, accents, screen, variants)
        var searched = 0
        let accepted = automaton.occurrences(in: text, slots: slots, searched: &searched) { occurrence in
            let tests = screen.tests(of: occurrence.variantIndex)
            if tests.contains(.source),
                !gate.allows(entry: occurrence.entryIndex, at: text.tokens[occurrence.firstToken].start)
            {
                return false
            }
            if layout == nil { layout = SentenceLayout(text: text, bytes: bytes) }
            guard let sentences = layout,
                sentences.bounds.allows(
                    occurrence, variants: variants, caseSensitive: tests.contains(.caseSensitive), text: text,
                    bytes: bytes)
            else { return false }
            // A name inside a sentence is no word left in English (its heading is read
            // only for such a word: most matches are lower case).
            if !tests.contains(.caseSensitive),
                NameGuard.isCapitalizedInsideSentence(
                    occurrence.firstToken, text: text, bytes: bytes,
                    sentenceStart: sentences.sentences[sentences.sentenceOfToken[occurrence.firstToken]].lowerBound),
                glossary.heading(at: occurrence.entryIndex).category == .untranslated
            {
                return false
            }
            if tests.contains(.context),
                !filter.accepts(
                    occurrence, variant: variants.variant(at: occurrence.variantIndex).pointee,
                    sentence: sentences.sentences[sentences.sentenceOfToken[occurrence.firstToken]], slots: slots,
                    index: sentences.contextIndex)
            {
                return false
            }
            return accents.accepts(occurrence, slots: slots)
        }
        guard !accepted.isEmpty || untranslated != nil else { return ChunkScan(words: words) }
        let (sentences, sentenceOfToken) = {
            let layout = layout ?? SentenceLayout(text: text, bytes: bytes)
            return (layout.sentences, layout.sentenceOfToken)
        }()
        let resolved = OverlapResolver.resolve(
            accents.preferringExactAccents(accepted, slots: slots), tokenCount: text.tokens.count)
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for occurrence in resolved {
            for token in occurrence.tokens { covered[token] = true }
        }
        let engine = SuggestionEngine(
            glossary: glossary, document: document, text: text, sentences: sentences,
            sentenceOfToken: sentenceOfToken,
            renderer: SuggestionRenderer(slots: slots, thousandsSeparator: options.thousandsSeparator),
            agreement: agreement, articles: articles, readings: readings, covered: covered, lines: lines)
        // A finding grows over the words that agree with it (AgreementRepair); where that
        // reaches into the next finding's words (*1 tropas das de una ronda de munición*
        // without the lexicon), the later finding is dropped: two edits of one word would
        // not apply, and findings never overlap.
        var result = ChunkScan(engine: engine, words: words)
        // A pointer's subscript lends the occurrence and its form in place, where a
        // buffer's or an array's copies them.
        resolved.withUnsafeBufferPointer { resolved in
            guard let found = resolved.baseAddress else { return }
            for index in resolved.indices {
                let form = variants.variant(at: found[index].variantIndex)
                guard let draft = engine.draft(for: found[index], variant: form.pointee) else { continue }
                if let last = result.drafts.last, draft.byteRange.lowerBound < last.byteRange.upperBound {
                    continue
                }
                result.drafts.append(draft)
            }
        }
        if let untranslated {
            result.untranslated = untranslated.findings(
                besides: result.drafts.map(\.byteRange), text: text, sentences: sentences,
                sentenceOfToken: sentenceOfToken, lines: lines)
        }
        // What starts in the context around a cut is the other chunk's: it reads the same
        // text there, so it finds the same (a finding in the context still hides the ones
        // it overlaps, there as here).
        if chunk.readsContext {
            result.drafts.removeAll { !chunk.owns($0.byteRange.lowerBound) }
            result.untranslated.removeAll { !chunk.owns($0.byteRange.lowerBound) }
        }
        return result
    }

    /// The number of findings of each severity in `document`, and its words: what
    /// ``align(_:)`` finds, counted without making the findings (their messages, locations
    /// and sentences are most of the cost where findings are dense).
    ///
    /// With `owned` (byte offsets into `document`'s bytes), only the findings and words
    /// that start there count, `owned` is aligned as one chunk, and the rest of `document`
    /// is the text around it: a piece of a longer file read with its neighbours' bytes
    /// counts what the whole file's alignment finds there (see ``AlignmentChunk``).
    ///
    /// Findings that `suppressions` holds are not counted; with any, the findings are
    /// made, to be told by their fingerprints.
    package func count(
        _ document: TextDocument, owning owned: Range<Int>? = nil, suppressions: Suppressions = Suppressions()
    ) -> (findingsBySeverity: [Severity: Int], words: Int, suppressed: Int) {
        let gate = SourceGate(terms: sourceTerms, source: nil, document: document)
        let untranslated = options.englishLexicon.map {
            UntranslatedCheck(lexicon: $0, morphology: options.morphology, document: document, source: nil)
        }
        // Counts read no line or column: the untranslated words' findings, the only ones
        // made here, are located on an empty index (every offset on line 1), not a built one.
        let lines = LineIndex([])
        let text = document.contentStart..<document.bytes.count
        let chunks =
            owned.map { [AlignmentChunk(range: $0.clamped(to: text), in: document.bytes, within: text)] }
            ?? chunks(of: document)
        let results = chunks.parallelMap(concurrency: options.concurrency) { chunk in
            var counts: [Severity: Int] = [:]
            var suppressed = 0
            let scan = scan(chunk, of: document, lines: lines, gate: gate, untranslated: untranslated)
            if suppressions.lines.isEmpty {
                for draft in scan.drafts { counts[glossary.severity(at: draft.entryIndex), default: 0] += 1 }
                for finding in scan.untranslated { counts[finding.severity, default: 0] += 1 }
            } else {
                let findings = (scan.engine?.findings(from: scan.drafts) ?? []) + scan.untranslated
                for finding in findings {
                    if suppressions.suppresses(finding) {
                        suppressed += 1
                    } else {
                        counts[finding.severity, default: 0] += 1
                    }
                }
            }
            return (counts: counts, words: scan.words, suppressed: suppressed)
        }
        var total: [Severity: Int] = [:]
        for result in results { total.merge(result.counts, uniquingKeysWith: +) }
        return (total, results.reduce(0) { $0 + $1.words }, results.reduce(0) { $0 + $1.suppressed })
    }
}

extension Aligner {
    /// This aligner aligning one chunk at a time: for work that is already spread over
    /// the cores one document or chunk each.
    package var singleThreaded: Aligner {
        var single = options
        single.concurrency = 1
        return Aligner(compiled: self, options: single)
    }
}
