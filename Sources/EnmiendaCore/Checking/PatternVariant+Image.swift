/// How a compiled glossary's image holds its forms (``PatternVariant``): each form's
/// entry index, its wrong template and suggestions (each a count of parts, then per
/// part `0` and a string, or `1`, a slot kind and an optional transform), its flags and,
/// for a generated form of a verb phrase, its verb's features.
extension BinaryImageWriter {
    mutating func append(_ variant: PatternVariant) {
        append(variant.entryIndex)
        append(variant.wrong)
        append(variant.suggestions.count)
        for suggestion in variant.suggestions { append(suggestion) }
        append(
            flags: variant.isExplicit, variant.governsAgreement, variant.startsWithVerb, variant.features != nil)
        if let features = variant.features {
            append(features.partOfSpeech.rawValue)
            append(features.verbForm?.rawValue)
            append(features.person.map { $0 + 1 } ?? 0)
            append(features.number?.rawValue)
            append(features.gender?.rawValue)
            append(features.tags)
        }
    }

    mutating func append(_ template: PatternTemplate) {
        append(template.parts.count)
        for part in template.parts {
            switch part {
            case .literal(let text):
                append(0)
                append(text)
            case .slot(let kind, let transform):
                append(1)
                append(kind.rawValue)
                append(transform)
            }
        }
    }
}

extension BinaryImageReader {
    /// The next form, checked whole; its templates are built only when the reader
    /// ``materializes`` (a pass that builds none still gives its entry and flags).
    mutating func variant(entryCount: Int, memo: inout EnumerationMemo) throws(Error) -> PatternVariant {
        let entryIndex = try number(below: entryCount)
        // The aligner compiles every form into its automaton: never an empty one.
        let wrong = try template(memo: &memo, nonEmpty: true)
        var suggestions: [PatternTemplate] = []
        let suggestionCount = try count()
        if materializes { suggestions.reserveCapacity(suggestionCount) }
        for _ in 0..<suggestionCount {
            let suggestion = try template(memo: &memo)
            if materializes { suggestions.append(suggestion) }
        }
        let flags = try flags()
        var variant = PatternVariant(
            entryIndex: entryIndex, wrong: wrong, suggestions: suggestions, isExplicit: flags(0),
            governsAgreement: flags(1), startsWithVerb: flags(2))
        if flags(3) {
            let partOfSpeech = try value(PartOfSpeech.self, memo: &memo.partsOfSpeech)
            let verbForm = try optionalValue(VerbForm.self, memo: &memo.verbForms)
            let person = try number()
            let number = try optionalValue(GrammaticalNumber.self, memo: &memo.numbers)
            let gender = try optionalValue(GrammaticalGender.self, memo: &memo.genders)
            variant.features = WordFeatures(
                partOfSpeech: partOfSpeech, verbForm: verbForm, person: person == 0 ? nil : person - 1,
                number: number, gender: gender, tags: try string())
        }
        return variant
    }

    /// The next template, checked whole; built only when the reader ``materializes``
    /// (else empty). With `nonEmpty`, a template of no part is an error.
    mutating func template(memo: inout EnumerationMemo, nonEmpty: Bool = false) throws(Error) -> PatternTemplate {
        let count = try count()
        if nonEmpty, count == 0 { throw Error("empty form") }
        var parts: [PatternTemplate.Part] = []
        if materializes { parts.reserveCapacity(count) }
        for _ in 0..<count {
            switch try number() {
            case 0:
                let text = try string()
                if materializes { parts.append(.literal(text)) }
            case 1:
                let kind = try value(SlotKind.self, memo: &memo.slotKinds)
                let transform = try optionalString()
                if materializes { parts.append(.slot(kind, transform: transform)) }
            default: throw Error("bad template part")
            }
        }
        return PatternTemplate(parts: parts)
    }

    /// The next optional string, as a value of `T` (see ``value(_:memo:)``).
    mutating func optionalValue<T: RawRepresentable<String>>(_: T.Type, memo: inout [T?]) throws(Error) -> T? {
        switch try number() {
        case 0: return nil
        case 1: return try value(T.self, memo: &memo)
        default: throw Error("bad optional")
        }
    }
}
