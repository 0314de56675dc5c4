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

    /// Every variant of every entry, in entry order. Entries are expanded independently
    /// (forms are told apart within an entry only), so slices of the glossary are
    /// expanded `concurrency` at a time and joined in order. With a `budget`, expanding
    /// stops once it is exceeded (what is returned is then incomplete: the budget says
    /// where it stopped).
    func variants(of glossary: Glossary, concurrency: Int = 1, budget: FormBudget? = nil) -> [PatternVariant] {
        let entries = glossary.entries
        let sliceCount = min(entries.count, max(1, concurrency) * 4)
        guard sliceCount > 1 else {
            return variants(ofEntriesIn: glossary, range: 0..<entries.count, budget: budget)
        }
        let slices = (0..<sliceCount).map { slice in
            (entries.count * slice / sliceCount)..<(entries.count * (slice + 1) / sliceCount)
        }
        let morphology = self.morphology
        return slices.parallelMap(concurrency: concurrency) { range in
            VariantExpander(morphology: morphology).variants(ofEntriesIn: glossary, range: range, budget: budget)
        }.flatMap { $0 }
    }

    private func variants(ofEntriesIn glossary: Glossary, range: Range<Int>, budget: FormBudget?) -> [PatternVariant] {
        var result: [PatternVariant] = []
        let verbs = VerbExpansion(morphology: morphology)
        for entryIndex in range {
            let forms = variants(of: glossary.entries[entryIndex], at: entryIndex, verbs: verbs)
            if let budget, !budget.spend(forms.count, entryIndex: entryIndex) { break }
            result += forms
        }
        return result
    }

    private func variants(of entry: GlossaryEntry, at entryIndex: Int, verbs: VerbExpansion) -> [PatternVariant] {
        var result: [PatternVariant] = []
        var indexByKey: [String: Int] = [:]
        var explicitTexts = Set<String>()
        // Forms that differ only in case or accents are one form, unless the entry tells
        // them apart (`PM` and `pm` of a case-sensitive entry are two).
        let sensitive = entry.isCaseSensitive || entry.isAccentSensitive
        func add(_ variant: PatternVariant) {
            for wrong in variant.wrong.expandingOptionalWords() {
                var expanded = variant
                expanded.wrong = wrong
                var key = Self.key(of: wrong)
                if sensitive { key += "|\(wrong.parts)" }
                // Verb forms that differ only in accents are different forms (tomara,
                // tomará) with different suggestions: both are kept, and matching tells
                // them apart by the accents of the text.
                if variant.features != nil {
                    let exact = Self.exactKey(of: wrong)
                    if explicitTexts.contains(exact) { continue }
                    key += "|" + exact
                } else if variant.isExplicit {
                    explicitTexts.insert(Self.exactKey(of: wrong))
                }
                if let existing = indexByKey[key] {
                    if variant.isExplicit && !result[existing].isExplicit { result[existing] = expanded }
                    continue
                }
                indexByKey[key] = result.count
                result.append(expanded)
            }
        }
        for form in entry.forms {
            for wrong in form.wrongForms {
                add(
                    variant(
                        entryIndex, PatternTemplate(wrong), form.suggestions.map(PatternTemplate.init),
                        explicit: true, agreement: governsAgreement(entry, wrong: wrong)))
            }
        }
        let suggestions = entry.suggestions.map(PatternTemplate.init)
        for wrongText in entry.wrongForms {
            if !entry.inflection.isEmpty, !entry.isCaseSensitive,
                let verbForms = verbs.forms(
                    of: PatternTemplate(wrongText), suggestions: suggestions)
            {
                for form in verbForms {
                    var generated = variant(entryIndex, form.wrong, form.suggestions, explicit: false, agreement: false)
                    generated.startsWithVerb = form.startsWithVerb
                    generated.features = form.features
                    add(generated)
                }
                continue
            }
            var forms = [(wrong: PatternTemplate(wrongText), suggestions: suggestions)]
            // Without a lexicon a verb phrase matches as written: the noun rules would
            // make "tomares lugares" of it.
            let verbLike =
                !morphology.hasLexicon && VerbExpansion.looksLikeVerbPhrase(wrongText)
                && entry.suggestions.first.map(VerbExpansion.looksLikeVerbPhrase) == true
            if verbLike {
                for form in forms {
                    add(variant(entryIndex, form.wrong, form.suggestions, explicit: false, agreement: false))
                }
                continue
            }
            if entry.inflection.contains(.number) { forms += forms.flatMap(flippingNumber) }
            if entry.inflection.contains(.gender) { forms += forms.compactMap(flippingGender) }
            for form in forms {
                add(
                    variant(
                        entryIndex, form.wrong, form.suggestions, explicit: false,
                        agreement: governsAgreement(entry, wrong: wrongText)))
            }
        }
        return result
    }

    /// Whether the words around a match of `wrong`, a wrong form of `entry`, agree with
    /// it (see ``PatternVariant/governsAgreement``): those of an entry that inflects; and,
    /// with the lexicon, those of an entry with `inflect="none"` whose form opens with
    /// a word that cannot be a verb: its suggestion may still change the gender or number
    /// (*los stakeholders* → *las partes interesadas*, whose predicate follows). A form
    /// that opens with a verb (*tuvieron un argumento*) is a verb phrase, whose subject
    /// before it does not agree with its object.
    private func governsAgreement(_ entry: GlossaryEntry, wrong: String) -> Bool {
        if !entry.inflection.isEmpty { return true }
        guard morphology.hasLexicon, let first = PatternTemplate(wrong).parts.first,
            case .literal(let text) = first, let word = text.split(separator: " ").first
        else { return false }
        let readings = morphology.analyses(of: String(word))
        // A word the lexicon does not know (an English one) is a noun to the reader.
        return readings.allSatisfy { $0.features.partOfSpeech != .verb }
    }

    private func variant(
        _ entryIndex: Int, _ wrong: PatternTemplate, _ suggestions: [PatternTemplate], explicit: Bool, agreement: Bool
    ) -> PatternVariant {
        PatternVariant(
            entryIndex: entryIndex, wrong: wrong, suggestions: suggestions, isExplicit: explicit,
            governsAgreement: agreement)
    }

    private typealias Form = (wrong: PatternTemplate, suggestions: [PatternTemplate])

    /// The forms in the other number, with the suggestions that share its number
    /// following: the head in the other number (*sitio web* ↔ *sitios web*), and, for a
    /// singular the lexicon does not know (an English loanword: *webinar*, *plug-in*), its
    /// last word with the English plural *-s* as well (*webinars*, *plug-ins*), since MT
    /// leaves loanwords in their English plural.
    private func flippingNumber(_ form: Form) -> [Form] {
        guard let written = headNumber(of: form.wrong) else { return [] }
        let target = written.flipped
        let suggestions = form.suggestions.map { suggestion in
            headNumber(of: suggestion) == written
                ? mapHeadPhrase(of: suggestion) { morphology.inflect(phrase: $0, to: target) } : suggestion
        }
        var result: [Form] = []
        // A head of words the lexicon does not know is English: it takes the English
        // plural, and a compound only that (cease-fire: not "ceases-fire").
        let content = headWords(of: form.wrong).filter { !morphology.isFunctionWord($0.lowercased()) }
        let english = morphology.hasLexicon && !content.isEmpty && !content.contains(where: morphology.isKnownWord)
        let wrong = mapHeadPhrase(of: form.wrong) { morphology.inflect(phrase: $0, to: target) }
        if wrong != form.wrong && !(english && target == .plural && content.count > 1) {
            result.append((wrong, suggestions))
        }
        if target == .plural, english, let last = headNoun(of: form.wrong),
            last.unicodeScalars.last.map(Self.isLetter) == true
        {
            let englishPlural = mapHeadPhrase(of: form.wrong) { words in
                words.indices.map {
                    $0 == words.count - 1 ? words[$0] + (Self.isUpper(words[$0]) ? "S" : "s") : words[$0]
                }
            }
            if englishPlural != form.wrong { result.append((englishPlural, suggestions)) }
        }
        return result
    }

    private static func isUpper(_ word: String) -> Bool {
        word.count > 1 && word.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }

    /// The form in the other gender (words in -o/-a and determiners), with the suggestions
    /// whose head has the same gender following.
    private func flippingGender(_ form: Form) -> Form? {
        guard let written = headGender(of: form.wrong) else { return nil }
        let target: GrammaticalGender = written == .masculine ? .feminine : .masculine
        let wrong = mapHead(of: form.wrong) { morphology.inflect($0, toGender: target) ?? $0 }
        guard wrong != form.wrong else { return nil }
        let suggestions = form.suggestions.map { suggestion in
            headGender(of: suggestion) == written
                ? mapHead(of: suggestion) { morphology.inflect($0, toGender: target) ?? $0 } : suggestion
        }
        return (wrong, suggestions)
    }

    /// The number of the head noun (the last content word before the first preposition).
    func headNumber(of template: PatternTemplate) -> GrammaticalNumber? {
        headNoun(of: template).flatMap(morphology.number)
    }

    /// The gender of the head noun read from its ending (-o or -a), if it has one.
    private func headGender(of template: PatternTemplate) -> GrammaticalGender? {
        guard let head = headNoun(of: template) else { return nil }
        if morphology.inflect(head, toGender: .masculine) == head { return .masculine }
        if morphology.inflect(head, toGender: .feminine) == head { return .feminine }
        return nil
    }

    private func headNoun(of template: PatternTemplate) -> String? {
        headWords(of: template).last { !morphology.isFunctionWord($0.lowercased()) }
    }

    /// The template with the words of its head passed through `transform` together (it
    /// returns as many words as it is given).
    func mapHeadPhrase(of template: PatternTemplate, _ transform: ([String]) -> [String]) -> PatternTemplate {
        let head = headWords(of: template)
        let changed = transform(head)
        guard changed.count == head.count else { return template }
        var index = 0
        return mapHead(of: template) { word in
            defer { index += 1 }
            return index < changed.count ? changed[index] : word
        }
    }

    /// The template with each word of its head passed through `transform`.
    func mapHead(of template: PatternTemplate, _ transform: (String) -> String) -> PatternTemplate {
        var inHead = true
        return PatternTemplate(
            parts: template.parts.map { part in
                guard inHead, case .literal(let text) = part else { return part }
                var output = ""
                var word = ""
                func flush() {
                    guard !word.isEmpty else { return }
                    if inHead && FunctionWords.prepositions.contains(word.lowercased()) { inHead = false }
                    output += inHead ? transform(word) : word
                    word = ""
                }
                for scalar in text.unicodeScalars {
                    if Self.isLetter(scalar) {
                        word.unicodeScalars.append(scalar)
                    } else {
                        flush()
                        output.unicodeScalars.append(scalar)
                    }
                }
                flush()
                return .literal(output)
            })
    }

    /// The literal words before the first preposition.
    private func headWords(of template: PatternTemplate) -> [String] {
        Self.head(of: words(of: template))
    }

    private static func head(of words: [String]) -> [String] {
        Array(words.prefix { !FunctionWords.prepositions.contains($0.lowercased()) })
    }

    private func words(of template: PatternTemplate) -> [String] {
        var words: [String] = []
        for part in template.parts {
            guard case .literal(let text) = part else { continue }
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                var start: Int?
                var index = 0
                while index < buffer.count {
                    let (scalar, length) = Tokenizer.decode(buffer, at: index)
                    let isLetter =
                        scalar < 0x80
                        ? (scalar | 0x20) >= 0x61 && (scalar | 0x20) <= 0x7A
                        : Unicode.Scalar(scalar).map(Self.isLetter) ?? false
                    if isLetter {
                        if start == nil { start = index }
                    } else if let first = start {
                        words.append(String(decoding: buffer[first..<index], as: UTF8.self))
                        start = nil
                    }
                    index += length
                }
                if let first = start { words.append(String(decoding: buffer[first..<buffer.count], as: UTF8.self)) }
            }
        }
        return words
    }

    /// Whether `scalar` belongs to a word, with an ASCII fast path (Unicode properties are
    /// slow, and compiling a large glossary asks this for every character).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80: false
        default: Tokenizer.classify(scalar.value) == .letter || Tokenizer.classify(scalar.value) == .mark
        }
    }

    /// The template's text in lower case, accents kept.
    static func exactKey(of template: PatternTemplate) -> String {
        template.parts.map { part in
            switch part {
            case .literal(let text): text.lowercased()
            case .slot(let kind, _): "{\(kind.rawValue)}"
            }
        }.joined(separator: " ")
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
