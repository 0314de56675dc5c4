extension Aligner {
    /// Compiles the entries of `glossary` that apply to the options' variety, as
    /// ``init(glossary:options:)`` does, refusing a glossary whose entries expand into
    /// more forms than ``FormBudget`` allows: for a glossary read from a file, whose size
    /// must bound the time and memory compiling takes.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary``, located at the
    ///   entry where a limit was passed: one entry compiles to more than 512 forms, or the
    ///   glossary to more than 500,000 (8 per entry for a larger glossary). Compiling
    ///   stops there.
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
    }
}
