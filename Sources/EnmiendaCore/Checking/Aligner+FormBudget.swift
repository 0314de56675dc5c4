extension Aligner {
    /// Compiles the entries of `glossary` that apply to the options' variety, as
    /// ``init(glossary:options:)`` does, refusing a glossary whose entries expand into
    /// more forms than ``FormBudget`` allows: for a glossary read from a file, whose size
    /// must bound the time and memory compiling takes.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary``, located at the
    ///   entry where a limit was passed: one entry compiles to more than 512 forms, or the
    ///   glossary to more than 500,000 (8 per entry for a larger glossary), or more than
    ///   256 entries share a wrong form (``maximumEntriesPerForm``). Compiling stops there.
    public init(compiling glossary: Glossary, options: AlignmentOptions = AlignmentOptions()) throws(InputError) {
        let compiled = glossary.restricted(to: options.variety)
        let budget = FormBudget(entries: compiled.entryCount)
        let variants = VariantExpander(morphology: options.morphology).variants(
            of: compiled, concurrency: options.concurrency, budget: budget)
        if let overrun = budget.overrun {
            let entry = compiled.entry(at: overrun.entryIndex)
            let message =
                if let total = overrun.total {
                    "the glossary compiles to more than \(total.formatted()) forms (at most \(FormBudget.maximumForms(entries: 0).formatted()), or 8 per entry in a larger glossary); the limit is passed at entry '\(entry.id)' (\(overrun.forms) forms): split the glossary, remove {word?} slots, or mark entries inflect=\"none\""
                } else {
                    "entry '\(entry.id)' compiles to \(overrun.forms.formatted()) forms; at most \(FormBudget.maximumFormsPerEntry) are allowed (each {word?} slot doubles an entry's forms, and a verb phrase is conjugated in every tense and person): remove {word?} slots, or list the forms with <form> and inflect=\"none\""
                }
            throw InputError(entry.location, message, kind: .glossary)
        }
        self.init(glossary: glossary, variants: variants, options: options)
        if let shared = automaton.firstSharedBeyond(Self.maximumEntriesPerForm) {
            let entry = compiled.entry(at: shared.entryIndex)
            throw InputError(
                entry.location,
                "the form '\(variantTable.variant(at: shared.variantIndex).pointee.wrong.text)' is a wrong form of \(shared.entries.formatted()) entries; at most \(Self.maximumEntriesPerForm) may share one (where their conditions all fail, each is tested at each occurrence): the limit is passed at entry '\(entry.id)'; merge them into entries with <form>s or context rules of their own",
                kind: .glossary)
        }
    }

    /// The most entries whose wrong forms may read alike once folded (case and accents
    /// aside): each occurrence of such a form tests them in turn until one's conditions
    /// hold, so 20,000 entries sharing *casa roja*, each requiring a word the text lacked,
    /// took 10 s on 26 KB.
    static let maximumEntriesPerForm = 256
}
