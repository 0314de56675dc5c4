/// Spanish morphology from a lexicon, with the regular rules where the lexicon is
/// silent: the morphology Enmienda uses when a ``SpanishLexicon`` is installed.
///
/// Words are looked up lower-cased (and as written, for proper nouns); forms with
/// enclitic pronouns (*tomándolo*) are analysed by taking the pronouns off. Without a
/// lexicon, or for a word it does not know, it answers as ``SpanishRules``, and verbs
/// conjugate by ``RegularConjugation``.
public struct SpanishMorphology: Morphology {
    /// The lexicon, if one is installed.
    public let lexicon: SpanishLexicon?
    /// The rules used for words the lexicon does not know.
    public let rules = SpanishRules()
    /// Analyses already made: compiling a glossary asks for the same words many times.
    private let memo = BoundedCache<String, [WordAnalysis]>(capacity: 200_000)

    /// Creates the morphology over `lexicon` (`nil`: the rules alone).
    public init(lexicon: SpanishLexicon?) {
        self.lexicon = lexicon
    }

    /// Whether `word` is a function word (see ``SpanishRules/isFunctionWord(_:)``).
    public func isFunctionWord(_ word: String) -> Bool { rules.isFunctionWord(word) }

    // MARK: Analysis

    /// Every reading of `word`: the lexicon's for its lower-case form (and for the form
    /// as written, which finds proper nouns), else those of the verb form left when
    /// enclitic pronouns are taken off (*eliminarlo* → *eliminar*); none without a lexicon.
    public func analyses(of word: String) -> [WordAnalysis] {
        guard let lexicon else { return [] }
        return memo.value(for: word) { lookUp(word, in: lexicon) }
    }

    private func lookUp(_ word: String, in lexicon: SpanishLexicon) -> [WordAnalysis] {
        let lower = word.lowercased()
        var result = lexicon.analyses(of: lower)
        if lower != word { result += lexicon.analyses(of: word) }
        // The contractions are not in the dictionary (Apertium writes them as a+el).
        if result.isEmpty, lower == "al" || lower == "del" {
            return [WordAnalysis(lemma: lower == "al" ? "a" : "de", features: WordFeatures(partOfSpeech: .preposition))]
        }
        return result.isEmpty ? encliticAnalyses(of: lower, in: lexicon) : result
    }

    private func encliticAnalyses(of word: String, in lexicon: SpanishLexicon) -> [WordAnalysis] {
        for suffix in Self.encliticSuffixes {
            guard word.hasSuffix(suffix), word.count > suffix.count + 1 else { continue }
            let base = String(word.dropLast(suffix.count))
            let plain = String(String.UnicodeScalarView(base.unicodeScalars.map { Self.unaccented[$0] ?? $0 }))
            for candidate in [base, plain, plain + "s", plain + "d"] {
                let readings = lexicon.analyses(of: candidate).filter {
                    $0.features.partOfSpeech == .verb && Enclitics.takesEnclitics($0.features)
                }
                if !readings.isEmpty { return readings }
            }
        }
        return []
    }

    /// The enclitic sequences as written, longest first.
    private static let encliticSuffixes = Enclitics.sequences.map { $0.joined() }.sorted { $0.count > $1.count }

    private static let unaccented: [Unicode.Scalar: Unicode.Scalar] = [
        "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u",
    ]

    /// Whether the lexicon reads `word` as a participle; for a word it does not know, by
    /// its ending (see ``SpanishRules``).
    public func isParticiple(_ word: String) -> Bool {
        let readings = analyses(of: word)
        guard !readings.isEmpty else { return SpanishRules.hasParticipleEnding(word) }
        return readings.contains { $0.features.verbForm == .participle }
    }

    /// Whether a lexicon is installed.
    public var hasLexicon: Bool { lexicon != nil }

    /// Whether the lexicon knows `word` in any reading; without a lexicon, `false`.
    public func isKnownWord(_ word: String) -> Bool { !analyses(of: word).isEmpty }

    /// Every form of `lemma` as a `partOfSpeech`, from the lexicon; a verb it does not
    /// know conjugates regularly.
    public func paradigm(of lemma: String, as partOfSpeech: PartOfSpeech) -> [(form: String, features: WordFeatures)] {
        let known = lexicon?.paradigm(of: lemma.lowercased()).filter { $0.features.partOfSpeech == partOfSpeech } ?? []
        if known.isEmpty && partOfSpeech == .verb { return RegularConjugation.paradigm(of: lemma.lowercased()) }
        return known
    }

    /// Whether `word` can be the verb after `previousWords` (nearest first). A form that is
    /// also a function word (*salvo*, *bajo*) is the verb only after a subject or clitic
    /// pronoun or *no* (*yo salvo*, *lo salvo*); one that is also a noun or adjective
    /// (*aumento*, *cambio*) is not after a determiner or quantifier (*un aumento*), a
    /// determiner and an adjective (*un profundo cambio*), a finite verb (*Hubo cambio*,
    /// *quieren cambio*: a verb there would follow a conjunction), nor a preposition
    /// unless it is an infinitive (*de aumento*, but *para tomar*).
    public func allowsVerbReading(of word: String, after previousWords: [String]) -> Bool {
        let readings = analyses(of: word)
        guard readings.contains(where: { $0.features.partOfSpeech != .verb }) else { return true }
        let previous = previousWords.first?.lowercased()
        let closedClasses: Set<PartOfSpeech> = [.preposition, .conjunction, .adverb, .pronoun, .determiner]
        if readings.contains(where: { closedClasses.contains($0.features.partOfSpeech) }) {
            return previous.map(Self.verbIntroducers.contains) ?? false
        }
        guard let previous else { return true }
        if Self.verbIntroducers.contains(previous) { return true }
        if isDeterminer(previous) { return false }
        let nonFinite = readings.contains {
            $0.features.partOfSpeech == .verb && $0.features.verbForm.map { !$0.isFinite } == true
        }
        if FunctionWords.prepositions.contains(previous) {
            return readings.contains { $0.features.verbForm == .infinitive }
        }
        let before = analyses(of: previous)
        // After a finite verb, a finite form is its object (Hubo cambio); the non-finite
        // ones follow auxiliaries (ha tomado, está tomando, puede tomar).
        if !nonFinite, !before.isEmpty,
            before.allSatisfy({ $0.features.partOfSpeech == .verb && $0.features.verbForm?.isFinite == true })
        {
            return false
        }
        // An adjective between a determiner and the word: un profundo cambio.
        if previousWords.count > 1, isDeterminer(previousWords[1].lowercased()),
            before.contains(where: { $0.features.partOfSpeech == .adjective }),
            !before.contains(where: { $0.features.partOfSpeech == .noun })
        {
            return false
        }
        return true
    }

    private func isDeterminer(_ word: String) -> Bool {
        FunctionWords.determiners.contains(word) || Self.articlesAndQuantifiers.contains(word)
    }

    /// Words after which a form is a verb: subject and clitic pronouns, and *no*.
    private static let verbIntroducers: Set<String> = [
        "yo", "tú", "él", "ella", "usted", "nosotros", "nosotras", "vosotros", "vosotras", "ellos", "ellas",
        "ustedes", "me", "te", "se", "nos", "os", "lo", "la", "le", "los", "las", "les", "no",
    ]

    private static let articlesAndQuantifiers: Set<String> = [
        "cada", "varios", "varias", "ciertos", "ciertas", "ambos", "ambas", "sendos", "sendas", "cuyo", "cuya",
        "cuyos", "cuyas", "demasiado", "demasiada", "bastante", "bastantes", "primer", "tercer", "gran",
    ]

    // MARK: Number and gender

    /// The number of a noun or adjective from its lexicon readings (`nil` for an
    /// invariable word such as *crisis*), else by ``SpanishRules/number(of:)``.
    public func number(of word: String) -> GrammaticalNumber? {
        let nominal = nominalReadings(of: word)
        guard !nominal.isEmpty, !isFunctionWord(word) else { return rules.number(of: word) }
        let numbers = Set(nominal.map(\.features.number))
        if numbers == [nil] { return nil }
        let known = numbers.compactMap { $0 }
        return known.count == 1 ? known[0] : rules.number(of: word)
    }

    /// `word` in `number`: the form of the same lemma and gender in the lexicon
    /// (*régimen* → *regímenes*, *carácter* → *caracteres*), else by the rules.
    public func inflect(_ word: String, to number: GrammaticalNumber) -> String {
        guard !isFunctionWord(word) else { return rules.inflect(word, to: number) }
        for reading in nominalReadings(of: word) {
            guard let current = reading.features.number else { return word }
            if current == number { return word }
            let forms = paradigm(of: reading.lemma, as: reading.features.partOfSpeech).filter {
                $0.features.number == number && $0.features.gender == reading.features.gender
                    && $0.features.verbForm == reading.features.verbForm
            }
            if let form = forms.first?.form { return SpanishRules.matchCase(form, like: word) }
        }
        return rules.inflect(word, to: number)
    }

    /// The gender of a noun from the lexicon, else by the rules.
    public func gender(of noun: String) -> GrammaticalGender? {
        let genders = Set(analyses(of: noun).filter { $0.features.partOfSpeech == .noun }.compactMap(\.features.gender))
        return genders.count == 1 ? genders.first : rules.gender(of: noun)
    }

    /// The gender of the first word of `words` that is a noun in the lexicon, else by the
    /// rules.
    public func gender(ofPhrase words: [String]) -> GrammaticalGender? {
        for word in words where !isFunctionWord(word) {
            let genders = Set(
                analyses(of: word).filter { $0.features.partOfSpeech == .noun }.compactMap(\.features.gender))
            if genders.count == 1 { return genders.first }
        }
        return rules.gender(ofPhrase: words)
    }

    /// An adjective or participle in `gender`, keeping its number, from the lexicon;
    /// determiners and unknown words by the rules.
    public func inflect(_ word: String, toGender gender: GrammaticalGender) -> String? {
        guard !isFunctionWord(word) else { return rules.inflect(word, toGender: gender) }
        let readings = analyses(of: word).filter {
            $0.features.partOfSpeech == .adjective || $0.features.verbForm == .participle
        }
        for reading in readings {
            guard let current = reading.features.gender else { return nil }
            if current == gender { return word }
            let form = paradigm(of: reading.lemma, as: reading.features.partOfSpeech).first {
                $0.features.gender == gender && $0.features.number == reading.features.number
                    && $0.features.verbForm == reading.features.verbForm
            }
            if let form { return SpanishRules.matchCase(form.form, like: word) }
        }
        return rules.inflect(word, toGender: gender)
    }

    /// `words` in `number`: determiners and the head noun change, and after it the
    /// adjectives and participles that agree with it; nouns in apposition and words the
    /// lexicon does not know keep their form (*sitios web*, *correos basura*, RAE, *Nueva
    /// gramática* §3.8j). Without a lexicon every word changes, as the rules do.
    public func inflect(phrase words: [String], to number: GrammaticalNumber) -> [String] {
        guard lexicon != nil else { return words.map { inflect($0, to: number) } }
        // A determiner inside the phrase makes it a fixed compound that does not vary
        // (el alto el fuego, los alto el fuego).
        if words.dropFirst().contains(where: { FunctionWords.determiners.contains($0.lowercased()) }) { return words }
        var seenHead = false
        return words.map { word in
            if isFunctionWord(word) { return inflect(word, to: number) }
            if !seenHead {
                seenHead = true
                return inflect(word, to: number)
            }
            let agrees = analyses(of: word).contains {
                $0.features.partOfSpeech == .adjective || $0.features.verbForm == .participle
            }
            return agrees ? inflect(word, to: number) : word
        }
    }

    /// The third-person preterite of `infinitive` in `number` from the lexicon, else by
    /// the rules.
    public func preterite(of infinitive: String, number: GrammaticalNumber) -> String? {
        let model = WordFeatures(partOfSpeech: .verb, verbForm: .preterite, person: 3, number: number)
        if let form = lexicon?.forms(of: infinitive.lowercased(), like: model).first {
            return SpanishRules.matchCase(form, like: infinitive)
        }
        return rules.preterite(of: infinitive, number: number)
    }

    /// The noun and adjective readings of `word` (participles count as adjectives).
    private func nominalReadings(of word: String) -> [WordAnalysis] {
        analyses(of: word).filter {
            $0.features.partOfSpeech == .noun || $0.features.partOfSpeech == .adjective
        }
    }
}
