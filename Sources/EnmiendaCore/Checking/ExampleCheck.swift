/// Runs a glossary's examples the way LanguageTool runs its rule examples, so that an
/// editor learns at once when an entry stops doing what its examples promise.
///
/// An incorrect example must yield exactly one finding of its entry, on the marked span
/// when there is a `<marker>`, with the listed suggestions when there are any; with every
/// correction applied it must read exactly as its `corrected` text, and the entry must
/// not fire on the corrected text. A correct example must yield no finding at all.
/// Without a lexicon (``Morphology/hasLexicon``), an incorrect example of a verb entry
/// that fails is passed over: only the lexicon conjugates verbs and tells their forms
/// apart. So is a span or a list of suggestions that differs only in the words that agree
/// with the match (the rules guess the genders of the other suggestions, see
/// ``AgreementRepair``), when the finding overlaps the marker and the corrected text is
/// the one expected.
///
/// An example of a key term (``GlossaryEntry/approvedRenderings``) that gives its English
/// `source` is checked as one segment of a bilingual file, so that the key-term check runs:
/// an incorrect example may then be flagged for leaving the term out. Such a finding is no
/// correction (`fix` leaves it), so its `corrected` text is the one a person writes with an
/// approved rendering, and it must not be flagged by the entry.
///
/// ```swift
/// let failures = ExampleCheck.failures(in: try Glossary(contentsOfFile: "mine.xml"))
/// ```
public enum ExampleCheck {
    /// One example that does not behave as documented.
    public struct Failure: Hashable, Sendable, CustomStringConvertible {
        /// The entry the example belongs to.
        public var entryID: String
        /// The example.
        public var example: GlossaryExample
        /// What went wrong, in one line.
        public var message: String
        /// What the example was expected to give, when a text comparison failed.
        public var expected: String?
        /// What it gave instead.
        public var actual: String?
        /// Whether only the span or the suggestions differ, and the corrected text is right.
        var agreesButForItsSpan = false

        /// `path:line:column: error: example of 'id' …`, with expected and actual text.
        public var description: String {
            var text = "\(example.location): error: example of '\(entryID)' \(message)"
            if let expected, let actual {
                text += "\n    expected: \(expected)\n    actual:   \(actual)"
            }
            return text
        }
    }

    /// The failing examples of `glossary`, in entry order.
    ///
    /// - Parameter options: The options the glossary is meant to be used with. An entry
    ///   marked for other varieties than the options' runs its examples in the first of
    ///   its own (``GlossaryEntry/varieties``).
    public static func failures(in glossary: Glossary, options: AlignmentOptions = AlignmentOptions()) -> [Failure] {
        var aligners = [options.variety: Aligner(glossary: glossary, options: options)]
        var failures: [Failure] = []
        for entry in glossary.entries where !entry.examples.isEmpty {
            let variety = entry.applies(to: options.variety) ? options.variety : entry.varieties[0]
            let aligner: Aligner
            if let compiled = aligners[variety] {
                aligner = compiled
            } else {
                var own = options
                own.variety = variety
                aligner = Aligner(glossary: glossary, options: own)
                aligners[variety] = aligner
            }
            failures += entry.examples.compactMap { failure(of: $0, entry: entry, aligner: aligner) }
        }
        return failures
    }

    /// The number of examples in `glossary`.
    public static func count(in glossary: Glossary) -> Int {
        glossary.entries.reduce(0) { $0 + $1.examples.count }
    }

    /// Whether a wrong form of `entry` starts with a word that looks like an infinitive
    /// (*-ar*, *-er*, *-ir*, or those with *se*), which only a lexicon conjugates.
    static func isVerbEntry(_ entry: GlossaryEntry) -> Bool {
        !entry.inflection.isEmpty && entry.wrongForms.contains(where: VerbExpansion.looksLikeVerbPhrase)
    }

    static func failure(of example: GlossaryExample, entry: GlossaryEntry, aligner: Aligner) -> Failure? {
        guard let failure = check(example, entry: entry, aligner: aligner) else { return nil }
        // Without a lexicon verb entries match only the forms they list: an incorrect
        // example in another form of the verb is not held against the entry.
        if example.corrected != nil, !aligner.options.morphology.hasLexicon, isVerbEntry(entry) { return nil }
        if !aligner.options.morphology.hasLexicon, failure.agreesButForItsSpan { return nil }
        return failure
    }

    private static func check(_ example: GlossaryExample, entry: GlossaryEntry, aligner: Aligner) -> Failure? {
        let source = example.source.map(SourceText.init)
        func aligned(_ text: String) -> Alignment {
            let document = TextDocument(text, path: example.location.path)
            return entry.isKeyTerm && example.source != nil
                ? aligner.align(segmentText: document, source: example.source) : aligner.align(document, source: source)
        }
        let alignment = aligned(example.text)
        func failing(_ message: String, expected: String? = nil, actual: String? = nil) -> Failure {
            Failure(entryID: entry.id, example: example, message: message, expected: expected, actual: actual)
        }
        guard let corrected = example.corrected else {
            guard let finding = alignment.findings.first else { return nil }
            return failing("must not be flagged, but [\(finding.entryID)] flags “\(finding.matchedText)”")
        }
        let own = alignment.findings.filter { $0.entryID == entry.id }
        guard own.count == 1, let finding = own.first else {
            return failing("must be flagged once by its entry, but is flagged \(own.count) times")
        }
        let rightText = alignment.correctedText == corrected
        if let marked = example.markedRange, finding.byteRange != marked {
            let expected = String(decoding: Array(example.text.utf8)[marked], as: UTF8.self)
            // A finding takes in the words that agree with its correction (*La evidencia
            // fue destruida* → *Las pruebas fueron destruidas*): the marker must too.
            let grown =
                finding.pieces.count > 1 && finding.byteRange.lowerBound <= marked.lowerBound
                && marked.upperBound <= finding.byteRange.upperBound
            var failure = failing(
                grown
                    ? "flags the wrong span: the finding takes in the words its correction makes agree; mark them too"
                    : "flags the wrong span",
                expected: expected, actual: finding.matchedText)
            failure.agreesButForItsSpan = rightText && finding.byteRange.overlaps(marked)
            return failure
        }
        if let expected = example.expectedSuggestions, finding.suggestions != expected {
            var failure = failing(
                "offers other suggestions", expected: expected.joined(separator: " | "),
                actual: finding.suggestions.joined(separator: " | "))
            failure.agreesButForItsSpan = rightText
            return failure
        }
        if finding.manualCheck == KeyTermCheck.manualCheck {
            // A key term left out: a person writes the term, as `corrected` shows.
            return aligned(corrected).findings.contains { $0.entryID == entry.id }
                ? failing("is flagged again once corrected") : nil
        }
        if !rightText {
            return failing("is corrected differently", expected: corrected, actual: alignment.correctedText)
        }
        let again = aligner.align(TextDocument(alignment.correctedText), source: source)
        if again.findings.contains(where: { $0.entryID == entry.id }) {
            return failing("is flagged again once corrected")
        }
        return nil
    }
}
