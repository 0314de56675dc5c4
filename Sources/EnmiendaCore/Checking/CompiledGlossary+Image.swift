/// A compiled glossary as bytes, read back with every bound checked.
///
/// The image is a ``BinaryImageWriter`` image with the magic `ENMGLO` and a two-digit
/// format version; its words hold the variety, the warnings, the glossary's title and
/// entries (every field, in order), the expanded forms, then what the aligner compiles
/// from them: the automaton's vocabulary and flat tables and the accent guard's words,
/// read back in whole runs of integers rather than compiled again. Enumerations are
/// stored as their raw strings, so a reordered case never reads as another.
extension CompiledGlossary {
    /// The magic number and format version at the start of every image.
    package static let magic: [UInt8] = Array("ENMGLO02".utf8)

    /// The image of this compiled glossary, or `nil` in the unlikely case that a number in
    /// it does not fit in 32 bits (the glossary is then compiled at each run).
    ///
    /// - Complexity: O(size of the glossary and its forms).
    package func image() -> [UInt8]? {
        var writer = BinaryImageWriter()
        writer.append(variety.rawValue)
        writer.append(warnings.count)
        for warning in warnings {
            writer.append(warning.location)
            writer.append(warning.message)
        }
        writer.append(glossary.title)
        writer.append(glossary.entries.count)
        for entry in glossary.entries { writer.append(entry) }
        writer.append(variants.count)
        for variant in variants { writer.append(variant) }
        (automaton ?? PhraseAutomaton(variants: variants)).encode(into: &writer)
        (spellings ?? AccentGuard.Spellings(variants: variants)).encode(into: &writer)
        return writer.bytes(magic: Self.magic)
    }

    /// Reads an image that ``image()`` made.
    ///
    /// - Throws: ``BinaryImageReader/Error`` when the image is of another format or
    ///   version, truncated, damaged, or refers to something it does not hold.
    /// - Complexity: O(size of the image).
    package init(image bytes: UnsafeRawBufferPointer) throws(BinaryImageReader.Error) {
        var reader = try BinaryImageReader(bytes, magic: Self.magic)
        let variety = try reader.value(SpanishVariety.self)
        var warnings: [Diagnostic] = []
        for _ in 0..<(try reader.count()) {
            warnings.append(Diagnostic(location: try reader.location(), message: try reader.string()))
        }
        let title = try reader.optionalString()
        var entries: [GlossaryEntry] = []
        let entryCount = try reader.count()
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount { entries.append(try reader.entry()) }
        var variants: [PatternVariant] = []
        let variantCount = try reader.count()
        variants.reserveCapacity(variantCount)
        for _ in 0..<variantCount { variants.append(try reader.variant(entryCount: entryCount)) }
        let automaton = try PhraseAutomaton(image: &reader, variants: variants)
        let spellings = try AccentGuard.Spellings(image: &reader, variantCount: variants.count)
        guard reader.isAtEnd else { throw BinaryImageReader.Error("bytes after the end") }
        var glossary = Glossary(validated: entries)
        glossary.title = title
        self.init(
            glossary: glossary, variety: variety, variants: variants, automaton: automaton, spellings: spellings,
            warnings: warnings)
    }

    /// Reads an image held in an array (see ``init(image:)-(UnsafeRawBufferPointer)``).
    package init(image bytes: [UInt8]) throws(BinaryImageReader.Error) {
        let read = bytes.withUnsafeBytes { raw in
            Result { () throws(BinaryImageReader.Error) in try Self(image: raw) }
        }
        self = try read.get()
    }
}

extension BinaryImageWriter {
    mutating func append(_ location: SourceLocation) {
        append(location.path)
        append(location.line)
        append(location.column)
    }

    mutating func append(_ entry: GlossaryEntry) {
        append(entry.id)
        append(entry.sources)
        append(entry.wrongForms)
        append(entry.suggestions)
        append(entry.approvedRenderings)
        append(entry.category.rawValue)
        append(entry.severity.rawValue)
        append(entry.note)
        append(entry.forms.count)
        for form in entry.forms {
            append(form.wrongForms)
            append(form.suggestions)
        }
        append(entry.context.count)
        for rule in entry.context {
            append(rule.kind.rawValue)
            append(rule.before)
            append(rule.after)
            append(rule.phrases)
        }
        append(entry.exceptions)
        append(
            flags: entry.inflection.contains(.number), entry.inflection.contains(.gender), entry.isCaseSensitive,
            entry.isAccentSensitive, entry.needsSource)
        append(entry.varieties.map(\.rawValue))
        append(entry.examples.count)
        for example in entry.examples { append(example) }
        append(entry.extensions)
        let attributes = entry.extensionAttributes.sorted { $0.key < $1.key }
        append(attributes.map(\.key))
        append(attributes.map(\.value))
        append(entry.location)
    }

    mutating func append(_ example: GlossaryExample) {
        append(example.text)
        append(example.corrected)
        append(example.location)
        append(example.source)
        append(flags: example.markedRange != nil, example.expectedSuggestions != nil)
        if let range = example.markedRange {
            append(range.lowerBound)
            append(range.upperBound)
        }
        if let suggestions = example.expectedSuggestions { append(suggestions) }
    }

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
    mutating func location() throws(Error) -> SourceLocation {
        SourceLocation(path: try string(), line: try number(), column: try number())
    }

    mutating func entry() throws(Error) -> GlossaryEntry {
        let id = try string()
        let sources = try strings()
        let wrongForms = try strings()
        let suggestions = try strings()
        let approvedRenderings = try strings()
        var entry = GlossaryEntry(
            id: id, sources: sources, wrongForms: wrongForms, suggestions: suggestions,
            category: try value(IssueCategory.self), severity: try value(Severity.self), note: try optionalString())
        entry.approvedRenderings = approvedRenderings
        for _ in 0..<(try count()) {
            entry.forms.append(GlossaryForm(wrongForms: try strings(), suggestions: try strings()))
        }
        for _ in 0..<(try count()) {
            entry.context.append(
                ContextRule(
                    kind: try value(ContextRule.Kind.self), before: try number(), after: try number(),
                    phrases: try strings()))
        }
        entry.exceptions = try strings()
        let flags = try flags()
        var inflection: Set<Inflection> = []
        if flags(0) { inflection.insert(.number) }
        if flags(1) { inflection.insert(.gender) }
        entry.inflection = inflection
        entry.isCaseSensitive = flags(2)
        entry.isAccentSensitive = flags(3)
        entry.needsSource = flags(4)
        for _ in 0..<(try count()) { entry.varieties.append(try value(SpanishVariety.self)) }
        for _ in 0..<(try count()) { entry.examples.append(try example()) }
        entry.extensions = try strings()
        let keys = try strings()
        let values = try strings()
        guard keys.count == values.count else { throw Error("bad attributes") }
        if !keys.isEmpty {
            guard Set(keys).count == keys.count else { throw Error("bad attributes") }
            entry.extensionAttributes = Dictionary(uniqueKeysWithValues: zip(keys, values))
        }
        entry.location = try location()
        return entry
    }

    mutating func example() throws(Error) -> GlossaryExample {
        var example = GlossaryExample(
            text: try string(), corrected: try optionalString(), location: try location(), source: try optionalString())
        let flags = try flags()
        if flags(0) {
            let lower = try number()
            let upper = try number()
            guard lower <= upper else { throw Error("bad range") }
            example.markedRange = lower..<upper
        }
        if flags(1) { example.expectedSuggestions = try strings() }
        return example
    }

    mutating func variant(entryCount: Int) throws(Error) -> PatternVariant {
        let entryIndex = try number(below: entryCount)
        let wrong = try template()
        // The aligner compiles every form into its automaton: never an empty one.
        guard !wrong.parts.isEmpty else { throw Error("empty form") }
        var suggestions: [PatternTemplate] = []
        for _ in 0..<(try count()) { suggestions.append(try template()) }
        let flags = try flags()
        var variant = PatternVariant(
            entryIndex: entryIndex, wrong: wrong, suggestions: suggestions, isExplicit: flags(0),
            governsAgreement: flags(1), startsWithVerb: flags(2))
        if flags(3) {
            let partOfSpeech = try value(PartOfSpeech.self)
            let verbForm = try optionalString().map { (raw) throws(Error) in
                guard let value = VerbForm(rawValue: raw) else { throw Error("unknown VerbForm") }
                return value
            }
            let person = try number()
            let number = try optionalString().map { (raw) throws(Error) in
                guard let value = GrammaticalNumber(rawValue: raw) else { throw Error("unknown number") }
                return value
            }
            let gender = try optionalString().map { (raw) throws(Error) in
                guard let value = GrammaticalGender(rawValue: raw) else { throw Error("unknown gender") }
                return value
            }
            variant.features = WordFeatures(
                partOfSpeech: partOfSpeech, verbForm: verbForm, person: person == 0 ? nil : person - 1,
                number: number, gender: gender, tags: try string())
        }
        return variant
    }

    mutating func template() throws(Error) -> PatternTemplate {
        var parts: [PatternTemplate.Part] = []
        for _ in 0..<(try count()) {
            switch try number() {
            case 0: parts.append(.literal(try string()))
            case 1: parts.append(.slot(try value(SlotKind.self), transform: try optionalString()))
            default: throw Error("bad template part")
            }
        }
        return PatternTemplate(parts: parts)
    }
}
