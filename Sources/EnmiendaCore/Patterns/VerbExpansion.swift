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

    /// Every form of `wrong` with its suggestions, or `nil` when `wrong` is not a verb
    /// phrase: its first word must be an infinitive (or a word in *-ar*, *-er*, *-ir* the
    /// morphology does not know) and the top suggestion's a known infinitive, and not
    /// both words nouns as well (*poder*, *deber*).
    func forms(of wrong: PatternTemplate, suggestions: [PatternTemplate]) -> [Form]? {
        guard let phrase = split(wrong, requireKnown: false), let top = suggestions.first,
            let topPhrase = split(top, requireKnown: false)
        else { return nil }
        let morphology = conjugator.morphology
        // The suggestion's verb must be one the morphology knows, irregular forms and
        // all (so without a lexicon nothing is conjugated); the wrong verb may be
        // unknown (clickear), and then conjugates regularly.
        guard isInfinitive(topPhrase.head.infinitive) else { return nil }
        if morphology.isKnownWord(phrase.head.infinitive) && !isInfinitive(phrase.head.infinitive) { return nil }
        if isAlsoNoun(phrase.head.infinitive) && isAlsoNoun(topPhrase.head.infinitive) { return nil }
        let suggestionPhrases = suggestions.map { split($0, requireKnown: false) }

        var result: [Form] = []
        // Where forms of several persons or moods are written alike (tomara: 1st and 3rd
        // person; tomen: subjunctive and imperative), the third person and then the
        // subjunctive, the commonest in news, give the suggestions.
        func rank(_ features: WordFeatures) -> Int {
            (features.person == 3 ? 0 : 2) + (features.verbForm == VerbForm.imperative ? 1 : 0)
        }
        let paradigm = conjugator.paradigm(of: phrase.head.infinitive).enumerated().sorted {
            (rank($0.element.features), $0.offset) < (rank($1.element.features), $1.offset)
        }.map(\.element)
        for (form, features) in paradigm {
            guard let wrongVerb = conjugator.form(of: phrase.head, like: features, model: form) else { continue }
            let rendered = render(suggestions, suggestionPhrases, like: features, model: form, clitics: [])
            guard !rendered.isEmpty || suggestions.isEmpty else { continue }
            result.append(Form(wrong: phrase.template(verb: wrongVerb), suggestions: rendered, features: features))
        }
        // Enclitic pronouns, on a verb that stands alone.
        if phrase.rest.trimmingCharacters(in: .whitespaces).isEmpty, phrase.tail.isEmpty, !phrase.head.isPronominal {
            for (form, features) in paradigm where Enclitics.takesEnclitics(features) {
                // Imperatives with two pronouns (dámelo) are rare in news copy: one is enough.
                let sequences = features.verbForm == .imperative ? Enclitics.single.map { [$0] } : Enclitics.sequences
                for clitics in sequences {
                    let wrongVerb = Enclitics.attach(clitics, to: form, features: features)
                    let rendered = render(suggestions, suggestionPhrases, like: features, model: form, clitics: clitics)
                    guard !rendered.isEmpty else { continue }
                    result.append(Form(wrong: PatternTemplate(wrongVerb), suggestions: rendered, features: features))
                }
            }
        }
        // Compound tenses, where a pronominal suggestion puts its pronoun before haber.
        if suggestionPhrases.contains(where: { $0?.head.isPronominal == true }), !phrase.head.isPronominal,
            morphology.isKnownWord("haber")
        {
            let participle = WordFeatures(
                partOfSpeech: .verb, verbForm: .participle, number: .singular, gender: .masculine)
            let auxiliary = Conjugator.Head(infinitive: "haber", isPronominal: false)
            for (haber, features) in conjugator.paradigm(of: "haber") where features.verbForm != .participle {
                guard let wrongParticiple = conjugator.form(of: phrase.head, like: participle, model: "") else {
                    continue
                }
                var rendered: [PatternTemplate] = []
                for split in suggestionPhrases {
                    guard let split else { continue }
                    let plain = Conjugator.Head(infinitive: split.head.infinitive, isPronominal: false)
                    let auxiliaryHead = Conjugator.Head(infinitive: "haber", isPronominal: split.head.isPronominal)
                    guard let verb = conjugator.form(of: plain, like: participle, model: ""),
                        let haberForm = conjugator.form(of: auxiliaryHead, like: features, model: haber)
                    else { continue }
                    rendered.append(split.template(verb: haberForm + " " + verb))
                }
                guard !rendered.isEmpty, let wrongHaber = conjugator.form(of: auxiliary, like: features, model: haber)
                else { continue }
                result.append(
                    Form(
                        wrong: phrase.template(verb: wrongHaber + " " + wrongParticiple), suggestions: rendered,
                        features: features))
            }
        }
        return result.isEmpty ? nil : result
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
    private func split(_ template: PatternTemplate, requireKnown: Bool) -> Phrase? {
        guard case .literal(let text)? = template.parts.first else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, VariantExpander.isLetter(first) else { return nil }
        let end = scalars.firstIndex { !VariantExpander.isLetter($0) } ?? scalars.count
        // A hyphen or apostrophe joined to the word makes it something else (plug-in).
        if end < scalars.count, !scalars[end].properties.isWhitespace { return nil }
        let word = String(String.UnicodeScalarView(scalars[..<end]))
        guard word.first?.isLowercase == true, let head = conjugator.head(word, requireKnown: requireKnown) else {
            return nil
        }
        return Phrase(
            head: head, rest: String(String.UnicodeScalarView(scalars[end...])), tail: Array(template.parts.dropFirst())
        )
    }
}
