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
        /// Whether the match opens with its phrase's determiner (*los stakeholders*): the
        /// words before it are then a predeterminer or a partitive's head (*muchos de*).
        var opensWithDeterminer = false
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
        if repairPredicate(after: end, old: subjectOld, new: subjectNew, &repair) {
            repairCoordinatedPredicates(after: end, old: subjectOld, new: subjectNew, &repair)
        } else {
            scanRest(after: end, old: subjectOld, new: subjectNew, &repair)
        }
        return repair
    }

    // MARK: Helpers

    func record(_ outcome: SpanishAgreement.Outcome, _ text: String, at index: Int, _ repair: inout Repair) {
        switch outcome {
        case .agrees(let form) where form != text: repair.edits[index] = form
        case .unsure: repair.flag(text, "has no form that agrees with the suggestion")
        default: break
        }
    }

    /// Whether the phrase starting at `start` opens a clause, as a subject does: at the
    /// start of the sentence, after punctuation, a conjunction or an adverb.
    func opensClause(before start: Int) -> Bool {
        let previous = start - 1
        guard previous >= sentence.lowerBound else { return true }
        guard let text = word(previous) else { return true }
        let lower = text.lowercased()
        return Self.clauseOpeners.contains(lower) || agreement.isAdverbOnly(text)
    }

    /// Whether what follows the word at `index` ends a phrase (punctuation, the end, a
    /// conjunction or a preposition): a word that can be an adjective or a verb before
    /// a determiner or a noun is the verb (*completa el*).
    func endsPhrase(after index: Int) -> Bool {
        guard index + 1 < sentence.upperBound, let next = word(index + 1) else { return true }
        let lower = next.lowercased()
        return Self.coordinators.contains(lower) || FunctionWords.prepositions.contains(lower) || lower == "que"
    }

    /// Without a lexicon: what follows is punctuation, the end, or a function word that
    /// is not a determiner.
    func endsPhraseByRules(after index: Int) -> Bool {
        guard index + 1 < sentence.upperBound, let next = word(index + 1) else { return true }
        let lower = next.lowercased()
        return agreement.morphology.isFunctionWord(lower) && !agreement.isDeterminer(lower)
    }

    static let coordinators: Set<String> = ["y", "e", "o", "u", "ni"]

    /// Words that open a subordinate clause.
    static let subordinators: Set<String> = ["que", "si", "cuando", "porque", "donde", "como", "aunque", "mientras"]

    /// How many tokens after a subject a manual check looks at for its verb.
    static let scanWindow = 40

    static let clauseOpeners: Set<String> = [
        "y", "e", "ni", "o", "u", "pero", "sino", "que", "porque", "aunque", "cuando", "si", "mientras", "pues",
        "donde", "entonces", "luego",
    ]

    /// Words that may stand between a subject and its verb: negation and clitic pronouns.
    static let beforeVerb: Set<String> = [
        "no", "se", "me", "te", "le", "les", "lo", "la", "los", "las", "nos", "os", "ya", "también", "tampoco",
    ]

    /// Degree and manner adverbs inside an adjective phrase (*muy*, *totalmente*).
    static func isAdverb(_ lower: String) -> Bool {
        adverbs.contains(lower) || (lower.hasSuffix("mente") && lower.count > 6)
    }

    private static let adverbs: Set<String> = [
        "muy", "más", "menos", "tan", "bastante", "poco", "casi", "no", "ya", "aún", "todavía", "también", "bien",
        "mal", "recién", "sumamente", "demasiado",
    ]
}
