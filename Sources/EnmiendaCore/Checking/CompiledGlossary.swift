/// A glossary with the forms its entries expand into for one variety of Spanish (what
/// ``Aligner`` compiles from it, the slow part of making one), and the warnings loading
/// it gave: what a cache keeps so that later runs neither read XML nor expand forms
/// (see ``image()`` and ``init(image:)``).
///
/// ```swift
/// let aligner = Aligner(glossary: glossary, options: options)
/// let bytes = CompiledGlossary(aligner: aligner, warnings: []).image()
/// let again = try CompiledGlossary(image: bytes).aligner(options: options)
/// ```
package struct CompiledGlossary: Sendable {
    /// The glossary, every entry (also those of other varieties, which never match).
    package var glossary: Glossary
    /// The variety the forms were expanded for.
    package var variety: SpanishVariety
    /// The forms of the entries that apply to ``variety`` (``Aligner/compiledVariants``),
    /// decoded when first read from a glossary read back.
    var variants: VariantTable
    /// The automaton the forms compile into, and the words the accent guard compares:
    /// kept so that a compiled glossary read back builds neither (`nil` builds them).
    var automaton: PhraseAutomaton?
    var spellings: AccentGuard.Spellings?
    /// What loading the glossary's files warned about (entries of a termbase left out…),
    /// said again whenever the glossary is used.
    package var warnings: [Diagnostic]

    /// The glossary and forms `aligner` was compiled from.
    package init(aligner: Aligner, warnings: [Diagnostic]) {
        self.glossary = aligner.glossary
        self.variety = aligner.options.variety
        self.variants = aligner.variantTable
        self.automaton = aligner.automaton
        self.spellings = aligner.accents.spellings
        self.warnings = warnings
    }

    init(
        glossary: Glossary, variety: SpanishVariety, variants: [PatternVariant], automaton: PhraseAutomaton?,
        spellings: AccentGuard.Spellings?, warnings: [Diagnostic]
    ) {
        self.init(
            glossary: glossary, variety: variety, variantTable: VariantTable(variants), automaton: automaton,
            spellings: spellings, warnings: warnings)
    }

    init(
        glossary: Glossary, variety: SpanishVariety, variantTable: VariantTable, automaton: PhraseAutomaton?,
        spellings: AccentGuard.Spellings?, warnings: [Diagnostic]
    ) {
        self.glossary = glossary
        self.variety = variety
        self.variants = variantTable
        self.automaton = automaton
        self.spellings = spellings
        self.warnings = warnings
    }

    /// An aligner with these forms, which are neither expanded nor compiled again, when
    /// `options` has the same variety (and the caller the same morphology); else one
    /// compiled afresh.
    package func aligner(options: AlignmentOptions) -> Aligner {
        guard options.variety == variety else { return Aligner(glossary: glossary, options: options) }
        return Aligner(
            glossary: glossary, variantTable: variants, options: options,
            automaton: automaton ?? PhraseAutomaton(variants: variants.all),
            spellings: spellings ?? AccentGuard.Spellings(variants: variants.all))
    }
}
