/// Writes a suggestion template with the text its slots matched, reshaped as asked.
///
/// The n-th slot of a kind in a suggestion stands for the n-th slot of that kind in the
/// wrong form. Numbers written with English thousands separators come out in the target
/// locale's style (`12,000` → `12.000`). Transforms: `plural`, `singular`, `masculine`,
/// `feminine` (word by word), and `preterite` (a verb in the third-person preterite,
/// agreeing with the `{words}` phrase captured before it).
struct SuggestionRenderer {
    let slots: SlotMatcher
    let thousandsSeparator: ThousandsSeparator

    func render(_ template: PatternTemplate, wrong: PatternTemplate, captures: [Range<Int>]) -> String {
        // Most suggestions are plain words: nothing to fill in, no spaces to tidy.
        if template.parts.count == 1, case .literal(let text) = template.parts[0], Self.isTidy(text) { return text }
        let wrongSlots = wrong.slots
        var used: [SlotKind: Int] = [:]
        var output = ""
        for part in template.parts {
            switch part {
            case .literal(let text):
                output += text
            case .slot(let kind, let transform):
                let reference = kind.referenceKind
                let ordinal = used[reference, default: 0]
                used[reference] = ordinal + 1
                let positions = wrongSlots.indices.filter { wrongSlots[$0].referenceKind == reference }
                guard ordinal < positions.count, positions[ordinal] < captures.count else { continue }
                let position = positions[ordinal]
                let precedingPhrase = captures[..<position].indices.last { wrongSlots[$0] == .words }.map {
                    captures[$0]
                }
                output += reshape(captures[position], transform: transform, phraseBefore: precedingPhrase)
            }
        }
        return output.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    private func reshape(_ tokens: Range<Int>, transform: String?, phraseBefore: Range<Int>?) -> String {
        let text = slots.text
        let morphology = slots.morphology
        let original = String(
            decoding: slots.bytes[text.tokens[tokens.lowerBound].start..<text.tokens[tokens.upperBound - 1].end],
            as: UTF8.self)
        switch transform {
        case "plural", "singular":
            let number: GrammaticalNumber = transform == "plural" ? .plural : .singular
            return morphology.inflect(phrase: original.split(separator: " ").map(String.init), to: number).joined(
                separator: " ")
        case "masculine", "feminine":
            let gender: GrammaticalGender = transform == "masculine" ? .masculine : .feminine
            return mapWords(original) { morphology.inflect($0, toGender: gender) ?? $0 }
        case "preterite":
            let number = phraseBefore.map(phraseNumber) ?? .singular
            return morphology.preterite(of: original, number: number) ?? original
        default:
            if tokens.count == 1, slots.isEnglishGroupedNumber(at: tokens.lowerBound) {
                return original.replacingOccurrences(of: ",", with: thousandsSeparator.text)
            }
            if tokens.count == 1, slots.isEnglishDecimal(at: tokens.lowerBound) {
                return original.replacingOccurrences(of: ".", with: ",")
            }
            return original
        }
    }

    /// The number of a noun phrase: its determiner's, else its last word's.
    private func phraseNumber(_ tokens: Range<Int>) -> GrammaticalNumber {
        let words = tokens.map { slots.text.folded(slots.text.tokens[$0]) }
        if let first = words.first, let entry = FunctionWords.determinerNumber[first] {
            return first == entry.plural ? .plural : .singular
        }
        if let first = words.first, SpanishNumerals.cardinals.contains(first) || Int(first).map({ $0 > 1 }) == true {
            return .plural
        }
        return words.last.flatMap(slots.morphology.number) ?? .singular
    }

    /// Whether `text` has no space at either end and no two spaces in a row (what
    /// ``render(_:wrong:captures:)`` makes of the words it joins).
    private static func isTidy(_ text: String) -> Bool {
        // Read in place where the string is contiguous (a suggestion always is, once per
        // finding: the general walk over its UTF-8 view costs more than the rest).
        if let tidy = text.utf8.withContiguousStorageIfAvailable(isTidy) { return tidy }
        return Array(text.utf8).withUnsafeBufferPointer(isTidy)
    }

    private static func isTidy(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousIsSpace = true
        for byte in bytes {
            let isSpace = byte == 0x20
            if isSpace && previousIsSpace { return false }
            previousIsSpace = isSpace
        }
        return !previousIsSpace
    }

    private func mapWords(_ text: String, _ transform: (String) -> String) -> String {
        text.split(separator: " ").map { transform(String($0)) }.joined(separator: " ")
    }
}
