/// Expands a glossary's entries into every form to look for, once, at compile time, so
/// that scanning stays a single automaton pass over the text.
///
/// Each wrong form is taken as written and, unless the entry says `inflect="none"`, in
/// the other grammatical number: the words of its head (the words before the first
/// preposition) change together (*asociación militar* ↔ *asociaciones militares*;
/// *rondas de municiones* ↔ *ronda de municiones*), and the suggestions follow
/// (*proyectiles* ↔ *proyectil*). Forms listed in `<form>` are added as they are and win
/// over generated ones that read the same.
struct VariantExpander {
    let morphology: any Morphology

    func variants(of glossary: Glossary) -> [PatternVariant] {
        var result: [PatternVariant] = []
        var indexByKey: [String: Int] = [:]
        func add(_ variant: PatternVariant) {
            for wrong in variant.wrong.expandingOptionalWords() {
                var expanded = variant
                expanded.wrong = wrong
                let key = "\(variant.entryIndex)|" + Self.key(of: wrong)
                if let existing = indexByKey[key] {
                    if variant.isExplicit && !result[existing].isExplicit { result[existing] = expanded }
                    continue
                }
                indexByKey[key] = result.count
                result.append(expanded)
            }
        }
        for (entryIndex, entry) in glossary.entries.enumerated() {
            for form in entry.forms {
                for wrong in form.wrongForms {
                    add(
                        variant(
                            entryIndex, PatternTemplate(wrong), form.suggestions.map(PatternTemplate.init),
                            explicit: true))
                }
            }
            let suggestions = entry.suggestions.map(PatternTemplate.init)
            for wrongText in entry.wrongForms {
                let wrong = PatternTemplate(wrongText)
                add(variant(entryIndex, wrong, suggestions, explicit: false))
                guard entry.inflects, let written = headNumber(of: wrong) else { continue }
                let target = written.flipped
                let inflected = inflectHead(of: wrong, to: target)
                guard inflected != wrong else { continue }
                let inflectedSuggestions = suggestions.map { suggestion in
                    headNumber(of: suggestion) == written ? inflectHead(of: suggestion, to: target) : suggestion
                }
                add(variant(entryIndex, inflected, inflectedSuggestions, explicit: false))
            }
        }
        return result
    }

    private func variant(
        _ entryIndex: Int, _ wrong: PatternTemplate, _ suggestions: [PatternTemplate], explicit: Bool
    ) -> PatternVariant {
        let head = headWords(of: wrong)
        let wrongHead = head.last { !morphology.isFunctionWord($0.lowercased()) }
        let suggestionHead = suggestions.first.flatMap {
            headWords(of: $0).last { !morphology.isFunctionWord($0.lowercased()) }
        }
        let allWords = words(of: wrong)
        return PatternVariant(
            entryIndex: entryIndex, wrong: wrong, suggestions: suggestions, isExplicit: explicit,
            wrongGender: wrongHead.flatMap(morphology.gender),
            suggestionGender: suggestionHead.flatMap(morphology.gender),
            headIsLast: wrongHead != nil && wrongHead == allWords.last && head.count == allWords.count)
    }

    /// The number of the head noun (the last content word before the first preposition).
    func headNumber(of template: PatternTemplate) -> GrammaticalNumber? {
        guard let head = headWords(of: template).last(where: { !morphology.isFunctionWord($0.lowercased()) }) else {
            return nil
        }
        return morphology.number(of: head)
    }

    /// The template with the words of its head in `number`.
    func inflectHead(of template: PatternTemplate, to number: GrammaticalNumber) -> PatternTemplate {
        var inHead = true
        return PatternTemplate(
            parts: template.parts.map { part in
                guard inHead, case .literal(let text) = part else { return part }
                var output = ""
                var word = ""
                func flush() {
                    guard !word.isEmpty else { return }
                    if inHead && FunctionWords.prepositions.contains(word.lowercased()) { inHead = false }
                    output += inHead ? morphology.inflect(word, to: number) : word
                    word = ""
                }
                for character in text {
                    if character.isLetter {
                        word.append(character)
                    } else {
                        flush()
                        output.append(character)
                    }
                }
                flush()
                return .literal(output)
            })
    }

    /// The literal words before the first preposition.
    private func headWords(of template: PatternTemplate) -> [String] {
        var head: [String] = []
        for word in words(of: template) {
            if FunctionWords.prepositions.contains(word.lowercased()) { break }
            head.append(word)
        }
        return head
    }

    private func words(of template: PatternTemplate) -> [String] {
        template.parts.flatMap { part -> [String] in
            guard case .literal(let text) = part else { return ["{slot}"] }
            return text.split { !$0.isLetter }.map(String.init)
        }.filter { $0 != "{slot}" }
    }

    /// A key that is equal for templates that match the same text.
    static func key(of template: PatternTemplate) -> String {
        template.parts.map { part in
            switch part {
            case .literal(let text): PhrasePattern.folded(text).joined(separator: " ")
            case .slot(let kind, _): "{\(kind.rawValue)}"
            }
        }.joined(separator: " ")
    }
}
