/// Spanish agreement: which words agree with a noun phrase's gender and number, and
/// their forms when the phrase changes.
///
/// In Spanish the determiners, quantifiers and adjectives of a noun phrase agree with its
/// head noun in gender and number; so do a predicative adjective or participle with the
/// subject, after *ser*, *estar*, *quedar*, *resultar*, *parecer* and the like; and the
/// finite verb agrees in number with its subject (RAE, *Nueva gramática* §33–§34;
/// *Diccionario panhispánico de dudas*, «concordancia»). With a lexicon every reading is
/// read from it and a new form is the form of the same lemma whose tags differ only in
/// gender and number; without one, closed tables of determiners and a few verbs, and
/// participles and nationalities by their endings.
struct SpanishAgreement: Sendable {
    let morphology: any Morphology
    /// The phrases already read (``phrase(_:)`` is a function of the words alone), when
    /// the caller reads many: dense findings read the same suggestions again and again.
    let phrases: BoundedCache<[String], Phrase>?
    /// The words already reinflected (``reinflect(_:at:from:to:)`` is a function of its
    /// arguments alone): the words around dense findings are much the same.
    let reinflections: BoundedCache<Reinflection, Outcome>?

    /// What ``reinflect(_:at:from:to:)`` is asked.
    struct Reinflection: Hashable, Sendable {
        var word: String
        var position: Position
        var old: AgreementFeatures
        var new: AgreementFeatures
    }

    /// Agreement read with `morphology`; `remembering` keeps the phrases read and the
    /// words reinflected (at most 100,000 of each) for the next calls.
    init(morphology: any Morphology, remembering: Bool = false) {
        self.morphology = morphology
        self.phrases = remembering ? BoundedCache(capacity: 100_000) : nil
        self.reinflections = remembering ? BoundedCache(capacity: 100_000) : nil
    }

    /// Where a word stands with respect to the noun it would agree with.
    enum Position: Hashable, Sendable {
        /// Before the noun: articles, demonstratives, possessives, quantifiers,
        /// relatives (*cuantas*), numerals with gender (*doscientas*), and adjectives.
        case beforeNoun
        /// After the noun, or after a copula: adjectives and participles only.
        case afterNoun
        /// A quantifier or pronoun before *de* and the phrase, whose head it is (*muchas de
        /// las rondas*, *una de las rondas*): no apocope (*uno de los proyectiles*).
        case partitive
    }

    /// What a word makes of a change of agreement.
    enum Outcome: Equatable, Sendable {
        /// The word does not agree with the old features: it is not part of the phrase.
        case unrelated
        /// The word agrees; this is its form for the new features (maybe the same word).
        case agrees(String)
        /// The word agrees, but no single form agrees with the new features (the lexicon
        /// lacks it, or its readings disagree).
        case unsure
    }

    /// `word` as a member of a phrase that changes from `old` to `new`.
    ///
    /// A word whose readings in `position` all lack gender and number (*dos*, *cada*,
    /// *sus* when only gender changes) agrees and stays as it is.
    func reinflect(_ word: String, at position: Position, from old: AgreementFeatures, to new: AgreementFeatures)
        -> Outcome
    {
        guard let reinflections else { return readReinflection(word, at: position, from: old, to: new) }
        return reinflections.value(for: Reinflection(word: word, position: position, old: old, new: new)) {
            readReinflection(word, at: position, from: old, to: new)
        }
    }

    private func readReinflection(
        _ word: String, at position: Position, from old: AgreementFeatures, to new: AgreementFeatures
    ) -> Outcome {
        guard morphology.hasLexicon else { return reinflectByRules(word, at: position, from: old, to: new) }
        var candidates: [String?] = []
        let readings = morphology.analyses(of: word)
        // After a noun a word that can be a determiner starts another phrase (*otra vez*).
        if position == .afterNoun, readings.contains(where: { $0.features.partOfSpeech == .determiner }) {
            return .unrelated
        }
        // Before "de" a pronoun reading wins (*uno de los*, not *un de los*).
        let pronouns = readings.filter { $0.features.partOfSpeech == .pronoun && Self.fits($0.features, position) }
        for reading in (position == .partitive && !pronouns.isEmpty ? pronouns : readings)
        where Self.fits(reading.features, position) {
            let features = reading.features
            guard old.admits(gender: features.gender, number: features.number) else { continue }
            let gender = features.gender.map { new.gender ?? $0 }
            let number = features.number.map { new.number ?? $0 }
            if gender == features.gender && number == features.number {
                candidates.append(word)
                continue
            }
            let tags = Self.retagged(features.tags, gender: gender, number: number)
            let form = Self.form(
                in: morphology.paradigm(of: reading.lemma, as: features.partOfSpeech), tags: tags, like: word)
            candidates.append(
                form.map {
                    let written = position == .beforeNoun ? Self.apocopated($0.form, gender, number) : $0.form
                    return SpanishRules.matchCase(written, like: word)
                })
        }
        return Self.outcome(of: candidates)
    }

    /// The form of `paradigm` with `tags`; where the lexicon also lists an old spelling
    /// without the written accent (*extraido* beside *extraído*), the one that writes
    /// accents as `word` does.
    private static func form(
        in paradigm: [(form: String, features: WordFeatures)], tags: String, like word: String
    ) -> (form: String, features: WordFeatures)? {
        let matching = paradigm.filter { $0.features.tags == tags }
        guard matching.count > 1 else { return matching.first }
        let accented = SpanishPlurals.hasAccent(word.lowercased())
        return matching.first { SpanishPlurals.hasAccent($0.form) == accented } ?? matching.first
    }

    /// A masculine singular before its noun loses its final vowel: *primero* → *primer*,
    /// *alguno* → *algún* (RAE, *Nueva gramática* §13.4b).
    static func apocopated(_ form: String, _ gender: GrammaticalGender?, _ number: GrammaticalNumber?) -> String {
        guard gender == .masculine, number == .singular else { return form }
        return apocopes[form] ?? form
    }

    private static let apocopes = [
        "primero": "primer", "tercero": "tercer", "postrero": "postrer", "bueno": "buen", "malo": "mal",
        "alguno": "algún", "ninguno": "ningún", "uno": "un",
    ]

    /// A finite verb in the third person of `old` number, in `new` number: *fue* →
    /// *fueron*, *quedó* → *quedaron*; ``Outcome/unrelated`` for any other word.
    func reinflectVerb(_ word: String, from old: GrammaticalNumber, to new: GrammaticalNumber) -> Outcome {
        guard morphology.hasLexicon else {
            guard let pair = Self.verbNumber[word.lowercased()], pair.number == old else { return .unrelated }
            return old == new ? .agrees(word) : .agrees(SpanishRules.matchCase(pair.other, like: word))
        }
        var candidates: [String?] = []
        for reading in morphology.analyses(of: word) where isFiniteThirdPerson(reading.features) {
            guard reading.features.number == old else { continue }
            if old == new {
                candidates.append(word)
                continue
            }
            let tags = Self.retagged(reading.features.tags, gender: reading.features.gender, number: new)
            let form = Self.form(in: morphology.paradigm(of: reading.lemma, as: .verb), tags: tags, like: word)
            candidates.append(form.map { SpanishRules.matchCase($0.form, like: word) })
        }
        return Self.outcome(of: candidates)
    }

    /// Whether `word` can be a finite verb in the third person (of any number).
    func isFiniteVerb(_ word: String) -> Bool {
        guard morphology.hasLexicon else { return Self.verbNumber[word.lowercased()] != nil }
        return morphology.analyses(of: word).contains { isFiniteThirdPerson($0.features) }
    }

    /// The number of `word` as a finite verb in the third person, if it has one reading.
    /// Whether `word` can be a finite verb and not a noun or adjective (*llegaron*, not
    /// *prensa*).
    func isVerbOnly(_ word: String) -> Bool {
        guard morphology.hasLexicon else { return Self.verbNumber[word.lowercased()] != nil }
        let readings = morphology.analyses(of: word)
        return readings.contains { isFiniteThirdPerson($0.features) }
            && !readings.contains { [.noun, .adjective, .properNoun].contains($0.features.partOfSpeech) }
    }

    func verbNumber(of word: String) -> GrammaticalNumber? {
        guard morphology.hasLexicon else { return Self.verbNumber[word.lowercased()]?.number }
        let numbers = Set(
            morphology.analyses(of: word).filter { isFiniteThirdPerson($0.features) }.map(\.features.number))
        return numbers.count == 1 ? numbers.first ?? nil : nil
    }

    /// Whether `word` is a form of a copulative verb (its infinitive too, after a modal:
    /// *puede ser*), after which an adjective or
    /// participle agrees with the subject (*fue destruida*, *quedaron heridos*, *ha sido*,
    /// *siendo*): *ser*, *estar*, *quedar*, *resultar*, *parecer*, *permanecer*,
    /// *seguir*, *continuar*, *volverse*, *mostrarse* (*Nueva gramática* §37.1).
    func isCopula(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard morphology.hasLexicon else { return Self.copulaForms.contains(lower) }
        return morphology.analyses(of: lower).contains {
            $0.features.partOfSpeech == .verb && Self.copulas.contains($0.lemma)
        } || Self.copulaForms.contains(lower)
    }

    /// The gender and number of a determiner, if it has one reading that has them (*las*:
    /// feminine plural; *sus*: plural).
    func determinerFeatures(of word: String) -> AgreementFeatures? {
        let lower = word.lowercased()
        guard let row = Self.rulesRow[lower] else { return nil }
        let gender: GrammaticalGender? =
            row.ms == row.fs && row.mp == row.fp ? nil : (lower == row.ms || lower == row.mp ? .masculine : .feminine)
        let number: GrammaticalNumber = lower == row.ms || lower == row.fs ? .singular : .plural
        return AgreementFeatures(gender: gender, number: row.ms == row.mp ? nil : number)
    }

    /// Whether `word` can be a determiner, quantifier, numeral or relative before a noun
    /// (*las*, *varias*, *doscientas*, *cuantas*).
    func isDeterminer(_ word: String) -> Bool {
        if determinerFeatures(of: word) != nil { return true }
        guard morphology.hasLexicon else { return false }
        return morphology.analyses(of: word).contains {
            [.determiner, .numeral, .pronoun].contains($0.features.partOfSpeech) && Self.fits($0.features, .beforeNoun)
        }
    }

    /// Whether `word` can be an adjective or a participle.
    func isAdjective(_ word: String) -> Bool {
        guard morphology.hasLexicon else {
            let lower = word.lowercased()
            return morphology.isParticiple(lower) || Nationalities.folded.contains(lower)
        }
        return morphology.analyses(of: word).contains { Self.fits($0.features, .afterNoun) }
    }

    /// Whether `word` is an adjective or participle and nothing else (not a noun, not a
    /// finite verb): *impresionada*, but not *rondas* or *completa*.
    func isAdjectiveOnly(_ word: String) -> Bool {
        guard morphology.hasLexicon else { return isAdjective(word) }
        let readings = morphology.analyses(of: word)
        return !readings.isEmpty && readings.allSatisfy { Self.fits($0.features, .afterNoun) }
    }

    /// Whether every reading of `word` is an adverb (*ayer*, *finalmente*); `false`
    /// without a lexicon.
    func isAdverbOnly(_ word: String) -> Bool {
        guard morphology.hasLexicon else { return false }
        let readings = morphology.analyses(of: word)
        return !readings.isEmpty && readings.allSatisfy { $0.features.partOfSpeech == .adverb }
    }

    // MARK: Readings

    private static func fits(_ features: WordFeatures, _ position: Position) -> Bool {
        switch features.partOfSpeech {
        case .adjective: return position != .partitive
        case .verb: return features.verbForm == .participle
        case .determiner: return position != .afterNoun
        case .numeral: return position != .afterNoun
        // A relative that agrees (*cuantas*, *cuyas*), not *que*; before *de*, any pronoun
        // that agrees (*muchas*, *ninguna*, *una*).
        case .pronoun:
            return (position == .partitive || (position == .beforeNoun && features.tags.contains("<rel>")))
                && (features.gender != nil || features.number != nil)
        default: return false
        }
    }

    private func isFiniteThirdPerson(_ features: WordFeatures) -> Bool {
        guard features.partOfSpeech == .verb, features.person == 3, let form = features.verbForm else { return false }
        return ![.infinitive, .gerund, .participle, .imperative].contains(form)
    }

    /// `tags` with its gender and number tags replaced (`<det><ind><f><pl>` →
    /// `<det><ind><m><pl>`).
    static func retagged(_ tags: String, gender: GrammaticalGender?, number: GrammaticalNumber?) -> String {
        var result = ""
        for tag in tags.split(whereSeparator: { $0 == "<" || $0 == ">" }) {
            var written = String(tag)
            if let gender, tag == "m" || tag == "f" { written = gender == .masculine ? "m" : "f" }
            if let number, tag == "sg" || tag == "pl" { written = number == .singular ? "sg" : "pl" }
            result += "<" + written + ">"
        }
        return result
    }

    private static func outcome(of candidates: [String?]) -> Outcome {
        guard !candidates.isEmpty else { return .unrelated }
        let forms = Set(candidates.compactMap { $0 })
        guard forms.count == 1, candidates.allSatisfy({ $0 != nil }), let form = forms.first else { return .unsure }
        return .agrees(form)
    }

    // MARK: Without a lexicon

    private static let rulesTable =
        FunctionWords.determinerTable + FunctionWords.agreeingQuantifiers + [
            ("su", "su", "sus", "sus"), ("mi", "mi", "mis", "mis"), ("tu", "tu", "tus", "tus"),
        ]

    /// The first row of ``rulesTable`` that has each form (a lookup per word, not a scan of
    /// the table: it runs for every word around every finding).
    private static let rulesRow: [String: (ms: String, fs: String, mp: String, fp: String)] = {
        var rows: [String: (ms: String, fs: String, mp: String, fp: String)] = [:]
        for row in rulesTable {
            for form in [row.ms, row.fs, row.mp, row.fp] where rows[form] == nil { rows[form] = row }
        }
        return rows
    }()

    private func reinflectByRules(
        _ word: String, at position: Position, from old: AgreementFeatures, to new: AgreementFeatures
    ) -> Outcome {
        let lower = word.lowercased()
        if position == .beforeNoun,
            let row = Self.rulesRow[lower],
            let features = determinerFeatures(of: lower)
        {
            guard old.admits(gender: features.gender, number: features.number) else { return .unrelated }
            let gender = features.gender.map { new.gender ?? $0 } ?? .masculine
            let number = features.number.map { new.number ?? $0 } ?? (lower == row.ms ? .singular : .plural)
            let form =
                switch (gender, number) {
                case (.masculine, .singular): row.ms
                case (.feminine, .singular): row.fs
                case (.masculine, .plural): row.mp
                case (.feminine, .plural): row.fp
                }
            return form.isEmpty ? .unsure : .agrees(SpanishRules.matchCase(form, like: word))
        }
        // Adjectives by their endings (the caller makes sure the word reads as one).
        guard word.first?.isLowercase == true, !morphology.isFunctionWord(lower),
            lower.hasSuffix("o") || lower.hasSuffix("a") || lower.hasSuffix("os") || lower.hasSuffix("as")
        else { return .unrelated }
        let gender: GrammaticalGender = lower.hasSuffix("o") || lower.hasSuffix("os") ? .masculine : .feminine
        let number: GrammaticalNumber = lower.hasSuffix("s") ? .plural : .singular
        guard old.admits(gender: gender, number: number) else { return .unrelated }
        var form = word
        if let target = new.gender, target != gender {
            guard let regendered = morphology.inflect(form, toGender: target) else { return .unsure }
            form = regendered
        }
        if let target = new.number, target != number { form = morphology.inflect(form, to: target) }
        return .agrees(form)
    }

    private static let copulas: Set<String> = [
        "ser", "estar", "quedar", "resultar", "parecer", "permanecer", "seguir", "continuar", "volver", "mostrar",
    ]

    private static let copulaForms: Set<String> = [
        "es", "son", "fue", "fueron", "era", "eran", "será", "serán", "sería", "serían", "sea", "sean", "sido",
        "siendo",
        "está", "están", "estuvo", "estuvieron", "estaba", "estaban", "estado", "quedó", "quedaron", "queda", "quedan",
        "resultó", "resultaron", "resulta", "resultan", "parece", "parecen", "parecía", "parecían",
    ]

    /// The third-person verb forms the rules know, with their number and the other one.
    private static let verbNumber: [String: (number: GrammaticalNumber, other: String)] = {
        let pairs = [
            ("es", "son"), ("fue", "fueron"), ("era", "eran"), ("será", "serán"), ("sería", "serían"), ("sea", "sean"),
            ("está", "están"), ("estuvo", "estuvieron"), ("estaba", "estaban"), ("ha", "han"), ("había", "habían"),
            ("habrá", "habrán"), ("haya", "hayan"), ("quedó", "quedaron"), ("queda", "quedan"),
            ("resultó", "resultaron"), ("resulta", "resultan"), ("parece", "parecen"), ("parecía", "parecían"),
        ]
        var table: [String: (GrammaticalNumber, String)] = [:]
        for (singular, plural) in pairs {
            table[singular] = (.singular, plural)
            table[plural] = (.plural, singular)
        }
        return table
    }()
}
