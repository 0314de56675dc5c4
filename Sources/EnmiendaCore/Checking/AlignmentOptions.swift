import Foundation

/// Settings that change how text is aligned and corrected.
public struct AlignmentOptions: Sendable {
    /// How corrected numbers group thousands (see ``EnmiendaCore/ThousandsSeparator``).
    public typealias ThousandsSeparator = EnmiendaCore.ThousandsSeparator

    /// The variety of Spanish the text is written for (`es-ES` by default): entries marked
    /// for other varieties only (``GlossaryEntry/varieties``) are skipped. It must not
    /// change between an aligner and one made from it with ``Aligner/init(compiled:options:)``.
    public var variety: SpanishVariety
    /// The thousands separator of corrected numbers; by default the variety's
    /// (``SpanishVariety/thousandsSeparator``).
    public var thousandsSeparator: ThousandsSeparator
    /// The inflection rules used to expand the glossary and agree suggestions.
    public var morphology: any Morphology
    /// About how many bytes of text are aligned at a time (see ``Aligner/align(_:)``).
    public var chunkSize: Int
    /// How many chunks of one long text are aligned at once; by default one per core.
    /// Results do not depend on it.
    public var concurrency: Int
    /// English words that are not Spanish: with a lexicon, words of a text that machine
    /// translation left in English are reported (category ``IssueCategory/untranslated``,
    /// entry id `untranslated-word`); `nil` (the default) turns that check off.
    public var englishLexicon: EnglishLexicon?

    /// Creates options; the defaults suit `es-ES` news copy. Without a
    /// `thousandsSeparator`, corrected numbers take the variety's.
    public init(
        variety: SpanishVariety = .spain, thousandsSeparator: ThousandsSeparator? = nil,
        morphology: any Morphology = SpanishRules(), chunkSize: Int = 1 << 20,
        concurrency: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.variety = variety
        self.thousandsSeparator = thousandsSeparator ?? variety.thousandsSeparator
        self.morphology = morphology
        self.chunkSize = max(1, chunkSize)
        self.concurrency = max(1, concurrency)
    }
}
