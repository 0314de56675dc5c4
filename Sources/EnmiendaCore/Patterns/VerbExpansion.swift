/// The forms of a wrong form headed by an infinitive (*tomar lugar*, *asumir que*,
/// *resetear*): every tense, mood, person and number, the gerund, the participle in
/// its four forms, enclitic pronouns on a lone verb (*eliminarlo*), and, where a
/// suggestion is pronominal (*celebrarse*), the compound tenses with *haber* so the
/// pronoun can go before it (*se ha celebrado*). Each form's suggestions are the
/// suggestions' verbs in the same form (*tomaron lugar* → *tuvieron lugar*).
struct VerbExpansion {
    let conjugator: Conjugator

    init(morphology: any Morphology) {
        conjugator = Conjugator(morphology: morphology)
    }

    /// A form of the phrase: the wrong template, its suggestions, and its verb's features.
    struct Form {
        var wrong: PatternTemplate
        var suggestions: [PatternTemplate]
        var features: WordFeatures
        /// Whether the form's first word is the verb (not a pronoun before it).
        var startsWithVerb = true
    }

    /// A verb phrase split into its verb and what follows it.
    private struct Phrase {
        var head: Conjugator.Head
        /// The literal text after the verb in the first part (with its leading space).
        var rest: String
        /// The parts after the first.
        var tail: [PatternTemplate.Part]

        func template(verb: String) -> PatternTemplate {
            PatternTemplate(parts: [.literal(verb + rest)] + tail)
        }
    }

    /// Whether `text` starts with a lower-case word in *-ar*, *-er*, *-ir* (or those with
    /// *se*): a verb phrase to a reader, though only a lexicon can conjugate it.
    static func looksLikeVerbPhrase(_ text: String) -> Bool {
        let first = text.prefix { $0.isLetter }
        guard first.first?.isLowercase == true else { return false }
        let verb = first.hasSuffix("se") ? first.dropLast(2) : first[...]
        return verb.count > 2 && ["ar", "er", "ir", "ír"].contains { verb.hasSuffix($0) }
    }

    /// Every form of `wrong` with its suggestions, or `nil` when `wrong` is not a verb
    /// phrase: its first word must be an infinitive (or a word in *-ar*, *-er*, *-ir* the
    /// morphology does not know) and the top suggestion's a known infinitive, and not
    /// both words nouns as well (*poder*, *deber*).
    func forms(of wrong: PatternTemplate, suggestions: [PatternTemplate]) -> [Form]? {
        guard let phrase = split(wrong), let top = suggestions.first,
            let topPhrase = split(top)
        else { return nil }
        let morphology = conjugator.morphology
        // The suggestion's verb must be one the morphology knows, irregular forms and
        // all (so without a lexicon nothing is conjugated); the wrong verb may be
        // unknown (clickear), and then conjugates regularly.
        guard isInfinitive(topPhrase.head.infinitive) else { return nil }
        if morphology.isKnownWord(phrase.head.infinitive) && !isInfinitive(phrase.head.infinitive) { return nil }
        if isAlsoNoun(phrase.head.infinitive) && isAlsoNoun(topPhrase.head.infinitive) { return nil }
        let suggestionPhrases = suggestions.map { split($0) }

        var result: [Form] = []
        let paradigm = Self.ranked(conjugator.paradigm(of: phrase.head.infinitive))
        for (form, features) in paradigm {
            guard let wrongVerb = conjugator.form(of: phrase.head, like: features, model: form) else { continue }
            let rendered = render(suggestions, suggestionPhrases, like: features, model: form, clitics: [])
            guard !rendered.isEmpty || suggestions.isEmpty else { continue }
            result.append(
                Form(
                    wrong: phrase.template(verb: wrongVerb), suggestions: rendered, features: features,
                    startsWithVerb: !wrongVerb.contains(" ")))
        }
        // Enclitic pronouns, on a verb that stands alone.
        if phrase.rest.trimmingCharacters(in: .whitespaces).isEmpty, phrase.tail.isEmpty, !phrase.head.isPronominal {
            for (form, features) in paradigm where Enclitics.takesEnclitics(features) {
                // Two pronouns on an imperative (dámelo) only in the singular, the common case.
                let sequences =
                    features.verbForm == .imperative && features.number == .plural
                    ? Enclitics.single.map { [$0] } : Enclitics.sequences
                for clitics in sequences {
                    let wrongVerb = Enclitics.attach(clitics, to: form, features: features)
                    let rendered = render(suggestions, suggestionPhrases, like: features, model: form, clitics: clitics)
                    guard !rendered.isEmpty else { continue }
                    result.append(Form(wrong: PatternTemplate(wrongVerb), suggestions: rendered, features: features))
                }
            }
        }
        // Compound tenses, where a pronoun goes before haber: in the wrong form
        // (se ha enfocado en) or in a suggestion (se ha celebrado).
        let pronominalSuggestion = suggestionPhrases.contains { $0?.head.isPronominal == true }
        if pronominalSuggestion || phrase.head.isPronominal, morphology.isKnownWord("haber") {
            let participle = WordFeatures(
                partOfSpeech: .verb, verbForm: .participle, number: .singular, gender: .masculine)
            let plainWrong = Conjugator.Head(infinitive: phrase.head.infinitive, isPronominal: false)
            let wrongAuxiliary = Conjugator.Head(infinitive: "haber", isPronominal: phrase.head.isPronominal)
            for (haber, features) in Self.ranked(conjugator.paradigm(of: "haber"))
            where features.verbForm != .participle {
                guard let wrongParticiple = conjugator.form(of: plainWrong, like: participle, model: ""),
                    let wrongHaber = conjugator.form(of: wrongAuxiliary, like: features, model: haber)
                else { continue }
                var rendered: [PatternTemplate] = []
                for split in suggestionPhrases {
                    guard let split else { continue }
                    let plain = Conjugator.Head(infinitive: split.head.infinitive, isPronominal: false)
                    let auxiliaryHead = Conjugator.Head(infinitive: "haber", isPronominal: split.head.isPronominal)
                    guard let verb = conjugator.form(of: plain, like: participle, model: ""),
                        let haberForm = conjugator.form(of: auxiliaryHead, like: features, model: haber)
                    else { continue }
                    let template = split.template(verb: haberForm + " " + verb)
                    if !rendered.contains(template) { rendered.append(template) }
                }
                guard !rendered.isEmpty else { continue }
                result.append(
                    Form(
                        wrong: phrase.template(verb: wrongHaber + " " + wrongParticiple), suggestions: rendered,
                        features: features, startsWithVerb: !phrase.head.isPronominal))
            }
        }
        return result.isEmpty ? nil : result
    }

    /// `paradigm` with the forms whose suggestions win where forms are written alike
    /// first: the third person (tomara is 1st and 3rd), then the subjunctive over the
    /// imperative (tomen), the commonest in news; otherwise in the lexicon's order.
    private static func ranked(
        _ paradigm: [(form: String, features: WordFeatures)]
    ) -> [(form: String, features: WordFeatures)] {
        func rank(_ features: WordFeatures) -> Int {
            (features.person == 3 ? 0 : 2) + (features.verbForm == VerbForm.imperative ? 1 : 0)
        }
        return paradigm.enumerated().sorted {
            (rank($0.element.features), $0.offset) < (rank($1.element.features), $1.offset)
        }.map(\.element)
    }

    private func render(
        _ suggestions: [PatternTemplate], _ phrases: [Phrase?], like features: WordFeatures, model: String,
        clitics: [String]
    ) -> [PatternTemplate] {
        var rendered: [PatternTemplate] = []
        for (suggestion, phrase) in zip(suggestions, phrases) {
            guard let phrase else {
                // A suggestion that is no verb phrase fits only the infinitive.
                if features.verbForm == .infinitive && clitics.isEmpty { rendered.append(suggestion) }
                continue
            }
            // Pronouns attach to a suggestion that is a lone verb (guardarlo), not to one
            // followed by other words (hacer clic: "hazlo clic").
            if !clitics.isEmpty && (!phrase.rest.trimmingCharacters(in: .whitespaces).isEmpty || !phrase.tail.isEmpty) {
                continue
            }
            guard let verb = conjugator.form(of: phrase.head, like: features, model: model, clitics: clitics) else {
                continue
            }
            let template = phrase.template(verb: verb)
            if !rendered.contains(template) { rendered.append(template) }
        }
        return rendered
    }

    private func isInfinitive(_ word: String) -> Bool {
        conjugator.morphology.analyses(of: word).contains { $0.features.verbForm == .infinitive }
    }

    private func isAlsoNoun(_ word: String) -> Bool {
        conjugator.morphology.analyses(of: word).contains { $0.features.partOfSpeech == .noun }
    }

    /// The template's first word as a verb head, and the rest, if the template starts
    /// with literal text whose first word is an infinitive.
    private func split(_ template: PatternTemplate) -> Phrase? {
        guard case .literal(let text)? = template.parts.first else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, VariantExpander.isLetter(first) else { return nil }
        let end = scalars.firstIndex { !VariantExpander.isLetter($0) } ?? scalars.count
        // A hyphen or apostrophe joined to the word makes it something else (plug-in).
        if end < scalars.count, !scalars[end].properties.isWhitespace { return nil }
        let word = String(String.UnicodeScalarView(scalars[..<end]))
        guard word.first?.isLowercase == true, let head = conjugator.head(word) else {
            return nil
        }
        return Phrase(
            head: head, rest: String(String.UnicodeScalarView(scalars[end...])), tail: Array(template.parts.dropFirst())
        )
    }
}
