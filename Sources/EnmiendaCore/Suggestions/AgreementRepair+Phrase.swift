/// The words of the noun phrase around a match: its determiners and quantifiers before
/// it, its adjectives after it, its complements, and whether it is coordinated.
extension AgreementRepair {
    // MARK: Before the match

    /// Determiners and adjectives before the match; returns the phrase's first token.
    /// Determiners and adjectives before the match; returns the phrase's first token, and
    /// the number of a partitive head before *de* (*una de las rondas*), if there is one.
    func walkLeft(from first: Int, _ change: Change, _ repair: inout Repair) -> (Int, GrammaticalNumber?) {
        var index = first - 1
        var start = first
        var pending: [(Int, SpanishAgreement.Outcome, String)] = []
        var seenDeterminer = change.opensWithDeterminer
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
    func dropsArticle(before first: Int) -> Bool {
        guard first - 2 >= sentence.lowerBound, let article = word(first - 1),
            ["un", "una", "unos", "unas"].contains(article.lowercased()), let before = word(first - 2)
        else { return false }
        return before.lowercased() == "como" || agreement.isCopula(before)
    }

    // MARK: After the match

    /// The adjectives from `index` on that agree with `old` (or `oldLast`), rewritten for
    /// `target`; returns the last one's index, or `nil` if there is none.
    func walkAdjectives(
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
    func complement(after end: Int) -> (Int, String)? {
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
    func isCoordinated(start: Int, end: Int) -> Bool {
        if end + 2 < sentence.upperBound, let next = word(end + 1), Self.coordinators.contains(next.lowercased()),
            let after = word(end + 2), agreement.isDeterminer(after) || !agreement.isFiniteVerb(after)
        {
            return true
        }
        // A predicate before the conjunction ends a clause of its own (*La casa fue
        // vendida y las rondas…*): the phrase after it is that clause's subject.
        if start - 2 >= sentence.lowerBound, let previous = word(start - 1),
            Self.coordinators.contains(previous.lowercased()), let before = word(start - 2),
            !agreement.isVerbOnly(before), !Self.isAdverb(before.lowercased()),
            !(start - 3 >= sentence.lowerBound && word(start - 3).map(agreement.isCopula) == true)
        {
            return true
        }
        return false
    }

    /// After a match that ends in a preposition (*evidencia de*), its complement: a
    /// determiner or two, a noun and adjectives; returns its last token.
    func skipComplement(after last: Int) -> Int? {
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
}
