import Foundation

/// Keeps only the occurrences whose entry's conditions hold: its context rules, its
/// exceptions, and its case and accent sensitivity.
///
/// Runs on the few occurrences the automaton found, never on the whole text.
struct ContextFilter: Sendable {
    /// One word of a context phrase.
    enum Element: Hashable, Sendable {
        case literal(String)
        case slot(SlotKind)
    }

    struct CompiledRule: Hashable, Sendable {
        var rule: ContextRule
        var alternatives: [[Element]]
    }

    private let rules: [[CompiledRule]]
    private let exceptions: [[[Element]]]
    private let sensitivity: [(caseSensitive: Bool, accentSensitive: Bool)]
    private let morphology: any Morphology
    /// For an entry with a `require` rule, the literal forms it matches, as folded words,
    /// and their lengths in words: a licensed occurrence licenses its neighbours.
    private let ownForms: [Set<[String]>]
    /// The hashes (``Token/foldedHash``) of the first words of ``ownForms``: most
    /// tokens are ruled out without a string.
    private let ownFirstWords: [Set<UInt64>]
    let ownLengths: [[Int]]

    /// The `require` phrases that are forms of their own entry's wrong words, by entry
    /// index. They never license: one occurrence of the mistake would otherwise license
    /// the next (*Reglamento de envases y residuos de envases*). An occurrence that the
    /// rule licenses does license the entry's other occurrences within its reach, listed
    /// or not (*instale el envase con apt; el envase trae…*).
    let selfLicensingPhrases: [Int: [String]]

    init(glossary: Glossary, variants: VariantTable, morphology: any Morphology) {
        self.morphology = morphology
        let count = glossary.entryCount
        // One pass over the entries' summaries: most have no rule and no exception, and
        // an entry is read (or decoded, from a compiled glossary) only when it has one.
        var licensed = [Bool](repeating: false, count: count)
        var sensitivity = [(caseSensitive: Bool, accentSensitive: Bool)](repeating: (false, false), count: count)
        var exceptions = [[[Element]]](repeating: [], count: count)
        var withRules: [Int] = []
        for (index, summary) in glossary.summaries.enumerated() {
            let flags = summary.flags
            licensed[index] = flags.contains(.requiresContext)
            sensitivity[index] = (flags.contains(.caseSensitive), flags.contains(.accentSensitive))
            if flags.contains(.hasExceptions) {
                exceptions[index] = glossary.entry(at: index).exceptions.map(Self.elements)
            }
            if flags.contains(.hasContext) { withRules.append(index) }
        }
        var ownForms = [Set<[String]>](repeating: [], count: count)
        // Only the forms of entries with a `require` rule, read (or decoded) in place.
        if licensed.contains(true) {
            for (index, entryIndex) in variants.entryIndices.enumerated() {
                guard entryIndex < count, licensed[entryIndex] else { continue }
                let wrong = variants.variant(at: index).pointee.wrong
                let words = Self.elements(of: wrong).compactMap { element -> String? in
                    if case .literal(let word) = element { word } else { nil }
                }
                if wrong.isLiteral, !words.isEmpty { ownForms[entryIndex].insert(words) }
            }
        }
        var selfLicensing: [Int: [String]] = [:]
        var rules = [[CompiledRule]](repeating: [], count: count)
        for index in withRules {
            rules[index] = glossary.entry(at: index).context.map { rule in
                var alternatives: [[Element]] = []
                for phrase in rule.phrases {
                    let elements = Self.elements(of: phrase)
                    let words = elements.compactMap { element -> String? in
                        if case .literal(let word) = element { word } else { nil }
                    }
                    if rule.kind == .require, words.count == elements.count, ownForms[index].contains(words) {
                        selfLicensing[index, default: []].append(phrase)
                    } else {
                        alternatives.append(elements)
                    }
                }
                return CompiledRule(rule: rule, alternatives: alternatives)
            }
        }
        self.rules = rules
        self.ownForms = ownForms
        self.ownFirstWords = ownForms.map { forms in
            Set(
                forms.compactMap { words in
                    words.first.flatMap { word in
                        let bytes = Array(word.utf8)
                        return Tokenizer.tokenize(bytes, in: 0..<bytes.count).tokens.first?.foldedHash
                    }
                })
        }
        self.ownLengths = ownForms.map { $0.isEmpty ? [] : Set($0.map(\.count)).sorted() }
        self.selfLicensingPhrases = selfLicensing
        self.exceptions = exceptions
        self.sensitivity = sensitivity
    }

    private static func elements(of phrase: String) -> [Element] {
        elements(of: PatternTemplate(phrase))
    }

    private static func elements(of template: PatternTemplate) -> [Element] {
        template.parts.flatMap { part -> [Element] in
            switch part {
            case .literal(let text): PhrasePattern.folded(text).map(Element.literal)
            case .slot(let kind, _): [.slot(kind)]
            }
        }
    }

    /// Whether the entry at `entry` (an index into the glossary) matches case.
    func isCaseSensitive(_ entry: Int) -> Bool { sensitivity[entry].caseSensitive }

    /// Whether ``accepts(_:variant:sentence:slots:)`` can turn down an occurrence of the
    /// entry at `entry` for its own sake (context rules, exceptions, case or accents),
    /// whatever its form.
    func hasConditions(_ entry: Int) -> Bool {
        !rules[entry].isEmpty || !exceptions[entry].isEmpty || sensitivity[entry].caseSensitive
            || sensitivity[entry].accentSensitive
    }

    /// Whether `occurrence` counts, given the sentence (token range) it is in; `index`
    /// is the chunk's, shared by the occurrences of its text.
    func accepts(
        _ occurrence: PhraseAutomaton.Occurrence, variant: borrowing PatternVariant, sentence: Range<Int>,
        slots: SlotMatcher, index: ContextIndex
    ) -> Bool {
        let entry = occurrence.entryIndex
        if variant.startsWithVerb, !allowsVerb(at: occurrence.firstToken, sentence: sentence, slots: slots) {
            return false
        }
        for (ruleIndex, compiled) in rules[entry].enumerated() {
            let present =
                Self.isWide(compiled, sentence: sentence)
                ? isPresentFromIndex(
                    compiled, rule: ruleIndex, entry: entry, near: occurrence.tokens, sentence: sentence,
                    slots: slots, index: index)
                : isPresent(compiled, entry: entry, near: occurrence.tokens, sentence: sentence, slots: slots)
            if present != (compiled.rule.kind == .require) { return false }
        }
        for phrase in exceptions[entry] where overlaps(phrase, occurrence.tokens, slots: slots) {
            return false
        }
        let (caseSensitive, accentSensitive) = sensitivity[entry]
        if caseSensitive || accentSensitive {
            return literalsAgree(
                occurrence, variant: variant, slots: slots, case: caseSensitive, accents: accentSensitive)
        }
        return true
    }

    /// Whether the word at `index` can be a verb after the two words before it in its
    /// sentence (see ``Morphology/allowsVerbReading(of:after:)``).
    private func allowsVerb(at index: Int, sentence: Range<Int>, slots: SlotMatcher) -> Bool {
        let tokens = slots.text.tokens
        func word(_ position: Int) -> String {
            String(decoding: slots.bytes[tokens[position].start..<tokens[position].end], as: UTF8.self)
        }
        var previous: [String] = []
        var position = index - 1
        while previous.count < 2, position >= sentence.lowerBound, tokens[position].kind == .word {
            previous.append(word(position))
            position -= 1
        }
        return morphology.allowsVerbReading(of: word(index), after: previous)
    }

    /// Whether one of the rule's phrases is near `span`, or, for `require`, another
    /// occurrence of the entry's own forms that such a phrase is near.
    private func isPresent(
        _ compiled: CompiledRule, entry: Int, near span: Range<Int>, sentence: Range<Int>, slots: SlotMatcher
    ) -> Bool {
        func direct(_ span: Range<Int>) -> Bool {
            compiled.alternatives.contains { phrase in
                candidateStarts(length: phrase.count, near: span, rule: compiled.rule, sentence: sentence).contains {
                    matches(phrase, at: $0, slots: slots)
                }
            }
        }
        if direct(span) { return true }
        guard compiled.rule.kind == .require else { return false }
        for length in ownLengths[entry] {
            for start in candidateStarts(length: length, near: span, rule: compiled.rule, sentence: sentence)
            where isOwnForm(entry: entry, at: start, length: length, slots: slots) && direct(start..<(start + length)) {
                return true
            }
        }
        return false
    }

    /// Whether the `length` tokens from `start` are one of the entry's own forms.
    func isOwnForm(entry: Int, at start: Int, length: Int, slots: SlotMatcher) -> Bool {
        let text = slots.text
        guard start >= 0, start + length <= text.tokens.count,
            ownFirstWords[entry].contains(text.tokens[start].foldedHash)
        else { return false }
        let words = (start..<(start + length)).map { text.folded(text.tokens[$0]) }
        guard ownForms[entry].contains(words) else { return false }
        // A case-sensitive entry's forms are lower case: *Lima*, the city, is no
        // neighbouring *lima*.
        return !sensitivity[entry].caseSensitive
            || !(start..<(start + length)).contains(where: { hasUpperCase(text.tokens[$0], slots: slots) })
    }

    private func hasUpperCase(_ token: Token, slots: SlotMatcher) -> Bool {
        String(decoding: slots.bytes[token.start..<token.end], as: UTF8.self).contains { $0.isUppercase }
    }

    /// Where a phrase of `length` words may start within the rule's reach of `span`, in
    /// its sentence.
    private func candidateStarts(length: Int, near span: Range<Int>, rule: ContextRule, sentence: Range<Int>) -> [Int] {
        let reach = Self.reach(length: length, near: span, rule: rule, sentence: sentence)
        return (reach.before.map { Array($0.reversed()) } ?? []) + (reach.after.map(Array.init) ?? [])
    }

    private func overlaps(_ phrase: [Element], _ span: Range<Int>, slots: SlotMatcher) -> Bool {
        let first = max(0, span.lowerBound - phrase.count + 1)
        guard first < span.upperBound else { return false }
        return (first..<span.upperBound).contains { matches(phrase, at: $0, slots: slots) }
    }

    func matches(_ phrase: [Element], at start: Int, slots: SlotMatcher) -> Bool {
        let text = slots.text
        guard start >= 0, start + phrase.count <= text.tokens.count else { return false }
        for (offset, element) in phrase.enumerated() {
            let index = start + offset
            switch element {
            case .literal(let word):
                if !text.foldedForm(of: text.tokens[index], is: word) { return false }
            case .slot(let kind):
                if slots.lengths(of: kind, at: index) == nil { return false }
            }
        }
        return true
    }

    /// Compares the matched tokens that came from literal text with the pattern's words,
    /// keeping case and/or accents.
    private func literalsAgree(
        _ occurrence: PhraseAutomaton.Occurrence, variant: borrowing PatternVariant, slots: SlotMatcher, case: Bool,
        accents: Bool
    ) -> Bool {
        var expected: [String] = []
        for part in variant.wrong.parts {
            if case .literal(let text) = part {
                let bytes = Array(text.utf8)
                let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
                expected += tokenized.tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
            }
        }
        let captured = Set(occurrence.captures.flatMap { Array($0) })
        let literal = occurrence.tokens.filter { !captured.contains($0) }
        guard literal.count == expected.count else { return false }
        var options: String.CompareOptions = []
        if !`case` { options.insert(.caseInsensitive) }
        if !accents { options.insert(.diacriticInsensitive) }
        for (index, word) in zip(literal, expected) {
            let token = slots.text.tokens[index]
            let actual = String(decoding: slots.bytes[token.start..<token.end], as: UTF8.self)
            if actual.compare(word, options: options) != .orderedSame { return false }
        }
        return true
    }
}
