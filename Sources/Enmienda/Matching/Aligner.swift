/// Finds a glossary's known mistranslations in texts.
///
/// The glossary is compiled once, when the aligner is created; each call to
/// ``align(_:)`` then costs time proportional to the text, whatever the glossary's size.
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
/// its words. Where matches overlap, the longest wins, then the earlier entry.
public struct Aligner: Sendable {
    /// The glossary this aligner checks against.
    public let glossary: Glossary
    private let automaton: PhraseAutomaton

    /// Compiles `glossary`.
    ///
    /// - Complexity: O(total length of the wrong forms).
    public init(glossary: Glossary) {
        self.glossary = glossary
        self.automaton = PhraseAutomaton(glossary: glossary)
    }

    /// Finds every known mistranslation in `document`.
    ///
    /// - Complexity: O(n) in the length of the document.
    public func align(_ document: TextDocument) -> Alignment {
        let bytes = document.bytes
        let text = Tokenizer.tokenize(bytes, in: document.contentStart..<bytes.count)
        let occurrences = OverlapResolver.resolve(automaton.occurrences(in: text), tokenCount: text.tokens.count)
        let sentences = SentenceSegmenter.sentences(in: text, bytes: bytes)
        let engine = SuggestionEngine(glossary: glossary, document: document, text: text, sentences: sentences)
        return Alignment(
            document: document, findings: occurrences.map(engine.finding),
            wordCount: text.tokens.count { $0.kind != .punctuation })
    }
}
