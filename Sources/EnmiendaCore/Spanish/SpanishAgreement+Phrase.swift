/// Noun phrases: what a finding's words impose on the words that agree with them.
extension SpanishAgreement {
    /// What a phrase imposes on the words that agree with it.
    struct Phrase: Equatable, Sendable {
        /// Its head's gender and number.
        var features: AgreementFeatures
        /// Whether the lexicon has a noun or adjective reading of a word of it (else the
        /// features are the rules' guess, or unknown for an English loanword).
        var known: Bool
        /// Whether it can be a noun phrase at all: `false` for Spanish words none of which
        /// is a noun or adjective (a verb phrase: *molestó sexualmente*).
        var nominal: Bool
        /// Whether its head is a noun (not an adjective: *inviables*).
        var isNoun: Bool
    }

    /// The agreement of a noun phrase (*rondas de municiones*, *la evidencia*,
    /// *inviables*): that of its first word with a noun reading before any preposition,
    /// else of its first adjective or participle; without either, the rules' guess from
    /// its determiner or its endings.
    func phrase(_ words: [String]) -> Phrase {
        guard let phrases else { return readPhrase(words) }
        return phrases.value(for: words) { readPhrase(words) }
    }

    private func readPhrase(_ words: [String]) -> Phrase {
        var result = headPhrase(words)
        // A determiner inside makes a fixed compound that does not vary in number (*los
        // alto el fuego*), as ``SpanishMorphology/inflect(phrase:to:)`` has it.
        let head = words.prefix { !FunctionWords.prepositions.contains($0.lowercased()) }
        if head.dropFirst().contains(where: { FunctionWords.determiners.contains($0.lowercased()) }) {
            result.features.number = nil
        }
        return result
    }

    /// `features` of a noun of either gender or number (*parte*: *el parte médico*, *la
    /// parte*; *accionista*; *crisis*) with what the words that agree with it say: the
    /// phrase's determiner (*las partes*), else the first adjective after the noun with
    /// one gender or number (*partes interesadas*). A determiner and the adjectives of a
    /// noun phrase agree with its noun (RAE, *Nueva gramática* §2.2, §15.1).
    private func settled(
        _ features: AgreementFeatures, head: ArraySlice<String>, after: ArraySlice<String>
    ) -> AgreementFeatures {
        var features = features
        if head.count > 1, let determiner = head.first.flatMap(determinerFeatures(of:)) {
            features.gender = features.gender ?? determiner.gender
            features.number = features.number ?? determiner.number
        }
        for word in after where features.gender == nil || features.number == nil {
            let readings = morphology.analyses(of: word).filter {
                $0.features.partOfSpeech == .adjective
                    || ($0.features.partOfSpeech == .verb && $0.features.verbForm == .participle)
            }
            guard !readings.isEmpty else { break }
            let genders = Set(readings.map(\.features.gender))
            let numbers = Set(readings.map(\.features.number))
            if features.gender == nil, genders.count == 1, let gender = genders.first ?? nil {
                features.gender = gender
            }
            if features.number == nil, numbers.count == 1, let number = numbers.first ?? nil {
                features.number = number
            }
        }
        return features
    }

    private func headPhrase(_ words: [String]) -> Phrase {
        let head = words.prefix { !FunctionWords.prepositions.contains($0.lowercased()) }
        let content = head.filter { !FunctionWords.determiners.contains($0.lowercased()) }
        if morphology.hasLexicon {
            for classes in [[PartOfSpeech.noun], [.adjective, .verb]] {
                for word in content {
                    let readings = morphology.analyses(of: word).filter {
                        classes.contains($0.features.partOfSpeech)
                            && ($0.features.partOfSpeech != .verb || $0.features.verbForm == .participle)
                    }
                    guard !readings.isEmpty else { continue }
                    let genders = Set(readings.map(\.features.gender))
                    let numbers = Set(readings.map(\.features.number))
                    var features = AgreementFeatures(
                        gender: genders.count == 1 ? genders.first ?? nil : nil,
                        number: numbers.count == 1 ? numbers.first ?? nil : nil)
                    if classes == [.noun], features.gender == nil || features.number == nil {
                        features = settled(features, head: head, after: content.drop { $0 != word }.dropFirst())
                    }
                    return Phrase(features: features, known: true, nominal: true, isNoun: classes == [.noun])
                }
            }
        }
        let nominal = !morphology.hasLexicon || !content.allSatisfy(morphology.isKnownWord)
        // A determiner of the phrase tells its gender and number better than endings.
        if let determiner = head.first.flatMap(determinerFeatures(of:)), head.count > 1 {
            return Phrase(features: determiner, known: false, nominal: nominal, isNoun: true)
        }
        guard let noun = content.first else {
            return Phrase(
                features: AgreementFeatures(gender: nil, number: nil), known: false, nominal: nominal, isNoun: false)
        }
        let features = AgreementFeatures(
            gender: morphology.gender(ofPhrase: Array(content)), number: morphology.number(of: noun))
        return Phrase(features: features, known: false, nominal: nominal, isNoun: true)
    }
}
