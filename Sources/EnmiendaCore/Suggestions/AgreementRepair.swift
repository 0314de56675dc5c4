/// The words around a match that agree with it, rewritten for a suggestion of another
/// gender or number, so that the corrected sentence agrees (*varias rondas de
/// municiones* → *varios proyectiles*; *La audiencia quedó impresionada* → *El público
/// quedó impresionado*).
///
/// It reaches, in one sentence:
/// - before the match, its determiners, quantifiers, numerals and adjectives, up to a
///   predeterminer (*todas las*, *unas pocas*, *las nuevas*); adjectives count only when a
///   determiner of the phrase comes before them;
/// - after it, its adjectives and participles, coordinated ones too (*largas, costosas y
///   sangrientas*), with adverbs between them (*muy*, *-mente*);
/// - when the phrase is a subject (it opens its clause), the verb after it in number
///   (*fue* → *fueron*) and, after a copula (*ser*, *estar*, *quedar*…), the predicative
///   adjectives and participles (*destruida* → *destruidas*); also a copula and
///   participle just before it (*Fueron enviadas las rondas*);
/// - a suggestion that is an adjective takes the place of an indefinite article after a
///   copula or *como* (*es un no taller* → *es inviable*).
///
/// What it cannot settle, it reports in ``Repair/manualCheck``: a word of the phrase with
/// no single form in the new gender and number, an adjective whose noun the suggestion
/// leaves unclear, or a verb or predicative word of the subject further on (after a
/// relative clause, say). Such a finding is reported and never applied by `fix`.
struct AgreementRepair {
    let agreement: SpanishAgreement
    /// The sentence's tokens, as indices into ``word``.
    let sentence: Range<Int>
    /// The text of the token at an index if it is a word of the sentence that no other
    /// finding covers, else `nil`.
    let word: (Int) -> String?
    /// Whether the token at an index is a comma.
    let isComma: (Int) -> Bool
    /// Whether the token at an index is a number in digits (*6000*), which a phrase may
    /// hold between its determiner and its noun.
    let isNumber: (Int) -> Bool

    /// What changes around a match for one suggestion.
    struct Repair: Equatable {
        /// New text by token index: the token's word in the new gender or number, or the
        /// empty string for an article that goes.
        var edits: [Int: String] = [:]
        /// Why the corrected sentence needs a person to check it, if it does.
        var manualCheck: String?

        mutating func flag(_ word: String, _ reason: String) {
            if manualCheck == nil { manualCheck = "“\(word)” \(reason)" }
        }
    }

    /// The phrase that a suggestion replaces and the one it brings.
    struct Change {
        /// The match's tokens (first and last, inclusive).
        var match: ClosedRange<Int>
        /// The agreement of the matched phrase's head.
        var old: AgreementFeatures
        /// The agreement of the matched phrase's last noun when it is not the head
        /// (*municiones* in *rondas de municiones*), which an adjective after the match may
        /// agree with instead.
        var oldLast: AgreementFeatures?
        /// The agreement of the suggestion's head.
        var new: AgreementFeatures
        /// What an adjective right after the suggestion agrees with: `nil` when the
        /// suggestion ends in a complement whose noun differs from its head
        /// (*cartuchos de munición*), so that it is unclear.
        var attachment: AgreementFeatures?
        /// Whether the match ends in a noun or adjective that words after it can follow
        /// (not in a preposition: *evidencia de*).
        var endsInNoun: Bool
        /// Whether the match ends in a preposition, its complement after it (*evidencia de*).
        var endsInPreposition = false
        /// Whether the suggestion is an adjective phrase with no noun (*inviables*).
        var isAdjective: Bool
    }

    /// The edits that make the sentence agree with `change.new`.
    func repair(_ change: Change) -> Repair {
        var repair = Repair()
        let old = change.old
        let new = change.new
        if change.isAdjective, dropsArticle(before: change.match.lowerBound) {
            repair.edits[change.match.lowerBound - 1] = ""
            return repair
        }
        let changesGender = new.gender != nil && new.gender != old.gender
        let changesNumber = new.number != nil && old.number != nil && new.number != old.number
        guard changesGender || changesNumber else { return repair }

        let (start, partitiveNumber) = walkLeft(from: change.match.lowerBound, change, &repair)
        // The verb and predicate of "una de las rondas" agree with "una".
        var subjectOld = old
        var subjectNew = new
        if let partitiveNumber {
            subjectOld.number = partitiveNumber
            subjectNew.number = partitiveNumber
        }
        var end = change.match.upperBound
        if change.endsInNoun {
            end =
                walkAdjectives(from: end + 1, old: old, oldLast: change.oldLast, to: change.attachment, &repair) ?? end
        } else if change.endsInPreposition, let complement = skipComplement(after: end) {
            end = complement
        } else {
            // A match that ends in a conjunction (*evidencia de que*) is followed by a
            // clause: the subject's verb, if any, comes after it.
            if agreement.morphology.hasLexicon, opensClause(before: start) {
                scanRest(after: end, old: old, new: new, &repair)
            }
            return repair
        }
        // The verb and the predicate need the lexicon's verbs.
        guard agreement.morphology.hasLexicon else { return repair }
        // Adjectives of the head after a complement, told apart by agreeing with the head
        // and not with the complement's noun (*las tropas de élite rusas*).
        while let (complementEnd, noun) = complement(after: end) {
            let nounFeatures = agreement.phrase([noun]).features
            let next = complementEnd + 1
            guard next < sentence.upperBound, let text = word(next), agreement.isAdjective(text),
                !agreement.isFiniteVerb(text),
                !nounFeatures.admits(
                    gender: agreement.phrase([text]).features.gender,
                    number: agreement.phrase([text]).features.number)
            else { break }
            guard let adjectivesEnd = walkAdjectives(from: next, old: old, oldLast: nil, to: change.new, &repair)
            else { break }
            end = adjectivesEnd
        }
        // A phrase coordinated with another shares its verb and predicate with it (*Los
        // tanques y las municiones llegaron*): they agree with both, not with it alone.
        guard opensClause(before: start), !isCoordinated(start: start, end: end) else { return repair }
        // Complements of the subject stand between it and its verb, which agrees with the
        // subject's head all the same (*Los argumentos obligatorios a opciones largas son
        // obligatorios*).
        for _ in 0..<3 {
            guard end + 1 < sentence.upperBound, let preposition = word(end + 1),
                FunctionWords.prepositions.contains(preposition.lowercased()),
                let complement = skipComplement(after: end + 1)
            else { break }
            end = complement
        }
        if !repairPredicate(after: end, old: subjectOld, new: subjectNew, &repair) {
            scanRest(after: end, old: subjectOld, new: subjectNew, &repair)
        }
        return repair
    }

    // MARK: Before the match

    /// Determiners and adjectives before the match; returns the phrase's first token.
    /// Determiners and adjectives before the match; returns the phrase's first token, and
    /// the number of a partitive head before *de* (*una de las rondas*), if there is one.
    private func walkLeft(from first: Int, _ change: Change, _ repair: inout Repair) -> (Int, GrammaticalNumber?) {
        var index = first - 1
        var start = first
        var pending: [(Int, SpanishAgreement.Outcome, String)] = []
        var seenDeterminer = false
        while index >= sentence.lowerBound {
            guard let text = word(index) else {
                if isNumber(index) {
                    index -= 1
                    continue
                }
                break
            }
            let outcome = agreement.reinflect(text, at: .beforeNoun, from: change.old, to: change.new)
            if outcome == .unrelated { break }
            let determiner = agreement.isDeterminer(text)
            // Without a lexicon only determiners are told apart from nouns and verbs.
            if seenDeterminer && !determiner || !determiner && !agreement.morphology.hasLexicon { break }
            pending.append((index, outcome, text))
            if determiner {
                seenDeterminer = true
                // Adjectives before a determiner are part of the phrase: commit them.
                for (position, result, written) in pending { record(result, written, at: position, &repair) }
                pending.removeAll()
                start = index
            }
            index -= 1
        }
        // Adjectives with no determiner before them may belong to another noun (*fuerzas
        // armadas rondas*): only a copula before them makes them this phrase's predicate.
        if let (position, outcome, text) = pending.last, pending.count == 1, !agreement.isDeterminer(text),
            position >= sentence.lowerBound + 1, let copula = word(position - 1), agreement.isCopula(copula)
        {
            record(outcome, text, at: position, &repair)
            repairVerb(at: position - 1, change.old, change.new, &repair)
            return (start, nil)
        }
        // A partitive: the quantifier before "de" heads the phrase and agrees with it
        // (*muchas de las rondas* → *muchos de los proyectiles*).
        if pending.isEmpty, seenDeterminer, index - 1 >= sentence.lowerBound, let of = word(index),
            of.lowercased() == "de", let head = word(index - 1)
        {
            // Only gender: "una de las rondas" is singular.
            let outcome = agreement.reinflect(
                head, at: .partitive, from: AgreementFeatures(gender: change.old.gender, number: nil),
                to: AgreementFeatures(gender: change.new.gender, number: nil))
            if outcome != .unrelated {
                record(outcome, head, at: index - 1, &repair)
                return (
                    index - 1,
                    agreement.phrase([head]).features.number ?? agreement.determinerFeatures(of: head)?.number
                )
            }
        }
        // A participle before the phrase's determiner, after a copula: a passive with the
        // subject after it (*Fueron enviadas las rondas*).
        if pending.isEmpty, seenDeterminer, index >= sentence.lowerBound + 1, let text = word(index),
            agreement.reinflect(text, at: .afterNoun, from: change.old, to: change.new) != .unrelated,
            let copula = word(index - 1), agreement.isCopula(copula)
        {
            record(
                agreement.reinflect(text, at: .afterNoun, from: change.old, to: change.new), text, at: index, &repair)
            repairVerb(at: index - 1, change.old, change.new, &repair)
        }
        return (start, nil)
    }

    /// Whether the word before `first` is an indefinite article after a copula or *como*,
    /// which a predicative adjective replaces (*es un no taller* → *es inviable*).
    private func dropsArticle(before first: Int) -> Bool {
        guard first - 2 >= sentence.lowerBound, let article = word(first - 1),
            ["un", "una", "unos", "unas"].contains(article.lowercased()), let before = word(first - 2)
        else { return false }
        return before.lowercased() == "como" || agreement.isCopula(before)
    }

    // MARK: After the match

    /// The adjectives from `index` on that agree with `old` (or `oldLast`), rewritten for
    /// `target`; returns the last one's index, or `nil` if there is none.
    private func walkAdjectives(
        from index: Int, old: AgreementFeatures, oldLast: AgreementFeatures?, to target: AgreementFeatures?,
        _ repair: inout Repair
    ) -> Int? {
        var index = index
        var last: Int?
        while index < sentence.upperBound {
            guard let text = word(index) else {
                // A comma continues a list of adjectives: "largas, costosas y sangrientas".
                if isComma(index),
                    last != nil
                        || (index + 1 < sentence.upperBound && word(index + 1).map(agreement.isAdjectiveOnly) == true)
                {
                    index += 1
                    continue
                }
                break
            }
            let lower = text.lowercased()
            if Self.coordinators.contains(lower) || Self.isAdverb(lower) {
                if Self.coordinators.contains(lower) && last == nil { break }
                index += 1
                continue
            }
            var outcome = agreement.reinflect(text, at: .afterNoun, from: old, to: target ?? old)
            if outcome == .unrelated, let oldLast {
                outcome = agreement.reinflect(text, at: .afterNoun, from: oldLast, to: target ?? oldLast)
            }
            if outcome == .unrelated || (agreement.isFiniteVerb(text) && !endsPhrase(after: index)) { break }
            // Without a lexicon a word in -o or -a is an adjective only where it ends a
            // phrase (*significa el*, *apunta distingue* are verbs).
            if !agreement.morphology.hasLexicon, !agreement.isAdjective(text), !endsPhraseByRules(after: index) {
                break
            }
            if target == nil {
                repair.flag(text, "may agree with either noun of the suggestion")
            } else {
                record(outcome, text, at: index, &repair)
            }
            last = index
            index += 1
        }
        return last
    }

    /// A complement *de* + noun phrase after `end`: its last token and its noun.
    private func complement(after end: Int) -> (Int, String)? {
        guard end + 1 < sentence.upperBound, let preposition = word(end + 1), preposition.lowercased() == "de",
            let last = skipComplement(after: end + 1)
        else { return nil }
        var index = end + 2
        while index < last, let text = word(index), agreement.isDeterminer(text) { index += 1 }
        guard let noun = word(index) else { return nil }
        return (last, noun)
    }

    /// Whether the phrase from `start` to `end` is coordinated with another noun phrase:
    /// *y*, *e*, *o*, *u* or *ni* after it before a determiner or a noun, or before it
    /// after a noun or adjective.
    private func isCoordinated(start: Int, end: Int) -> Bool {
        if end + 2 < sentence.upperBound, let next = word(end + 1), Self.coordinators.contains(next.lowercased()),
            let after = word(end + 2), agreement.isDeterminer(after) || !agreement.isFiniteVerb(after)
        {
            return true
        }
        if start - 2 >= sentence.lowerBound, let previous = word(start - 1),
            Self.coordinators.contains(previous.lowercased()), let before = word(start - 2),
            !agreement.isVerbOnly(before), !Self.isAdverb(before.lowercased())
        {
            return true
        }
        return false
    }

    /// After a match that ends in a preposition (*evidencia de*), its complement: a
    /// determiner or two, a noun and adjectives; returns its last token.
    private func skipComplement(after last: Int) -> Int? {
        var index = last + 1
        while index < sentence.upperBound, let text = word(index), agreement.isDeterminer(text) { index += 1 }
        // After a preposition or a determiner a verb-noun form is the noun (*de copia*).
        guard index < sentence.upperBound, let noun = word(index), !FunctionWords.all.contains(noun.lowercased())
        else { return nil }
        // Its adjectives agree with its noun (*de élite rusas*: *rusas* is not élite's).
        let features = agreement.phrase([noun]).features
        var end = index
        while end + 1 < sentence.upperBound, let text = word(end + 1), agreement.isAdjective(text),
            !agreement.isFiniteVerb(text)
        {
            let adjective = agreement.phrase([text]).features
            guard features.admits(gender: adjective.gender, number: adjective.number) else { break }
            end += 1
        }
        return end
    }

    /// The verb after a subject and the predicative words after a copula; `false` if no
    /// verb of the subject stands right after it.
    private func repairPredicate(
        after end: Int, old: AgreementFeatures, new: AgreementFeatures, _ repair: inout Repair
    ) -> Bool {
        var index = end + 1
        var skipped = 0
        while index < sentence.upperBound, skipped < 3, let text = word(index),
            Self.beforeVerb.contains(text.lowercased())
        {
            index += 1
            skipped += 1
        }
        guard index < sentence.upperBound, let verb = word(index), agreement.isFiniteVerb(verb) else { return false }
        if let from = old.number, let to = new.number {
            guard
                agreement.verbNumber(of: verb) == from
                    || agreement.reinflectVerb(verb, from: from, to: to) != .unrelated
            else { return false }
        }
        repairVerb(at: index, old, new, &repair)
        var copula = agreement.isCopula(verb)
        // Compound tenses and periphrases: "ha sido", "puede ser", "va a ser".
        var next = index + 1
        for _ in 0..<3 {
            guard next < sentence.upperBound, let text = word(next) else { break }
            let lower = text.lowercased()
            if lower == "a" || lower == "que" || Self.isAdverb(lower) {
                next += 1
                continue
            }
            guard agreement.isCopula(text), !agreement.isFiniteVerb(text) else { break }
            copula = true
            next += 1
        }
        guard copula else {
            // A predicative adjective after another verb ("aplaudió emocionada").
            if next < sentence.upperBound, let text = word(next), agreement.isAdjectiveOnly(text) {
                let outcome = agreement.reinflect(text, at: .afterNoun, from: old, to: new)
                if outcome != .unrelated && outcome != .agrees(text) {
                    repair.flag(text, "may have to agree with the suggestion")
                }
            }
            return true
        }
        if walkAdjectives(from: next, old: old, oldLast: nil, to: new, &repair) == nil {
            // The predicate is further on (*es, según el juez, clara*): name it for a check.
            for index in next..<min(sentence.upperBound, next + Self.scanWindow) {
                guard let text = word(index), agreement.isAdjectiveOnly(text) else { continue }
                let outcome = agreement.reinflect(text, at: .afterNoun, from: old, to: new)
                if outcome != .unrelated && outcome != .agrees(text) {
                    repair.flag(text, "may be the predicate of the suggestion: check that it agrees")
                    break
                }
            }
        }
        return true
    }

    /// The finite verb at `index` in the new number, when the number changes.
    private func repairVerb(at index: Int, _ old: AgreementFeatures, _ new: AgreementFeatures, _ repair: inout Repair) {
        guard let from = old.number, let to = new.number, from != to, let verb = word(index) else { return }
        let outcome = agreement.reinflectVerb(verb, from: from, to: to)
        if outcome == .unsure { repair.flag(verb, "may have to agree in number with the suggestion") }
        record(outcome, verb, at: index, &repair)
    }

    /// Where the subject's verb is not right after it (a relative clause between them,
    /// say), the verbs in the old number and the predicative words in the old agreement
    /// after a copula further on in the sentence may be its own: they ask for a manual
    /// check, and are named in it.
    private func scanRest(after end: Int, old: AgreementFeatures, new: AgreementFeatures, _ repair: inout Repair) {
        var suspects: [String] = []
        var afterCopula = false
        // A window of words, not the whole sentence: many findings in one long sentence
        // would otherwise cost the square of its length.
        for index in (end + 1)..<max(end + 1, min(sentence.upperBound, end + 1 + Self.scanWindow)) {
            guard let text = word(index) else {
                afterCopula = false
                continue
            }
            if let from = old.number, let to = new.number, from != to, agreement.verbNumber(of: text) == from,
                agreement.isVerbOnly(text)
            {
                suspects.append(text)
            } else if afterCopula, !Self.isAdverb(text.lowercased()) {
                let outcome = agreement.reinflect(text, at: .afterNoun, from: old, to: new)
                if outcome != .unrelated && outcome != .agrees(text) { suspects.append(text) }
            }
            if !Self.isAdverb(text.lowercased()) { afterCopula = agreement.isCopula(text) }
        }
        guard !suspects.isEmpty, repair.manualCheck == nil else { return }
        let named = suspects.map { "“\($0)”" }
        let list =
            named.count == 1 ? named[0] : named.dropLast().joined(separator: ", ") + " and " + named[named.count - 1]
        repair.manualCheck =
            "the subject’s verb is not next to it: check that \(list) \(named.count == 1 ? "agrees" : "agree") with the suggestion"
    }

    // MARK: Helpers

    private func record(_ outcome: SpanishAgreement.Outcome, _ text: String, at index: Int, _ repair: inout Repair) {
        switch outcome {
        case .agrees(let form) where form != text: repair.edits[index] = form
        case .unsure: repair.flag(text, "has no form that agrees with the suggestion")
        default: break
        }
    }

    /// Whether the phrase starting at `start` opens a clause, as a subject does: at the
    /// start of the sentence, after punctuation, a conjunction or an adverb.
    private func opensClause(before start: Int) -> Bool {
        let previous = start - 1
        guard previous >= sentence.lowerBound else { return true }
        guard let text = word(previous) else { return true }
        let lower = text.lowercased()
        return Self.clauseOpeners.contains(lower) || agreement.isAdverbOnly(text)
    }

    /// Whether what follows the word at `index` ends a phrase (punctuation, the end, a
    /// conjunction or a preposition): a word that can be an adjective or a verb before
    /// a determiner or a noun is the verb (*completa el*).
    private func endsPhrase(after index: Int) -> Bool {
        guard index + 1 < sentence.upperBound, let next = word(index + 1) else { return true }
        let lower = next.lowercased()
        return Self.coordinators.contains(lower) || FunctionWords.prepositions.contains(lower) || lower == "que"
    }

    /// Without a lexicon: what follows is punctuation, the end, or a function word that
    /// is not a determiner.
    private func endsPhraseByRules(after index: Int) -> Bool {
        guard index + 1 < sentence.upperBound, let next = word(index + 1) else { return true }
        let lower = next.lowercased()
        return agreement.morphology.isFunctionWord(lower) && !agreement.isDeterminer(lower)
    }

    private static let coordinators: Set<String> = ["y", "e", "o", "u", "ni"]

    /// How many tokens after a subject a manual check looks at for its verb.
    static let scanWindow = 40

    private static let clauseOpeners: Set<String> = [
        "y", "e", "ni", "o", "u", "pero", "sino", "que", "porque", "aunque", "cuando", "si", "mientras", "pues",
        "donde", "pues", "entonces", "luego",
    ]

    /// Words that may stand between a subject and its verb: negation and clitic pronouns.
    private static let beforeVerb: Set<String> = [
        "no", "se", "me", "te", "le", "les", "lo", "la", "los", "las", "nos", "os", "ya", "también", "tampoco",
    ]

    /// Degree and manner adverbs inside an adjective phrase (*muy*, *totalmente*).
    static func isAdverb(_ lower: String) -> Bool {
        [
            "muy", "más", "menos", "tan", "bastante", "poco", "casi", "no", "ya", "aún", "todavía", "también", "bien",
            "mal", "recién", "sumamente", "demasiado",
        ].contains(
            lower) || (lower.hasSuffix("mente") && lower.count > 6)
    }
}
