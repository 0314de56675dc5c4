/// A compiled glossary as bytes, read back with every bound checked.
///
/// The image is a ``BinaryImageWriter`` image with the magic `ENMGLO` and a two-digit
/// format version; its words hold the variety, the warnings, the glossary's title and
/// entries' summaries (``EntrySummary``: flags, then severities), the indices of the
/// entries that give a wrong form as their source (in order), the entries (every
/// field, in order), the expanded forms, then what the aligner compiles from them: the
/// automaton's vocabulary and flat tables and the accent guard's words, read back in
/// whole runs of integers rather than compiled again. Enumerations are stored as their
/// raw strings, so a reordered case never reads as another.
///
/// An image read back decodes its entries and forms when they are first read
/// (``DeferredEntries``, ``VariantTable``), from a copy of the string table and the
/// entries' and forms' words: it checks them all, building none; aligning reads only
/// the entries' summaries and the forms its text matches.
extension CompiledGlossary {
    /// The magic number and format version at the start of every image.
    package static let magic: [UInt8] = Array("ENMGLO04".utf8)

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
        let entries = glossary.entries
        writer.append(entries.count)
        let summaries = entries.map { EntrySummary($0) }
        writer.append(int32s: summaries.map { Int32(bitPattern: $0.flags.rawValue) })
        for summary in summaries { writer.append(summary.severity.rawValue) }
        // The entries that give a wrong form as their source, in order: folding their
        // terms once here spares it to every finding of a glossary read back.
        writer.append(int32s: entries.indices.filter { entries[$0].givesWrongFormAsSource }.map { Int32($0) })
        // The entries' length in words first: the forms are read from their end.
        let lengthPosition = writer.wordCount
        writer.append(0)
        for entry in entries { writer.append(entry) }
        writer.set(writer.wordCount - lengthPosition - 1, at: lengthPosition)
        let variants = variants.all
        writer.append(variants.count)
        for variant in variants { writer.append(variant) }
        (automaton ?? PhraseAutomaton(variants: variants)).encode(into: &writer)
        (spellings ?? AccentGuard.Spellings(variants: variants)).encode(into: &writer)
        return writer.bytes(magic: Self.magic)
    }

    /// Reads an image that ``image()`` made. The entries are checked now, building none,
    /// and decoded when first read (``DeferredEntries``) from a copy of their part of the
    /// image: `bytes` need only outlive the call.
    ///
    /// - Throws: ``BinaryImageReader/Error`` when the image is of another format or
    ///   version, truncated, damaged, or refers to something it does not hold.
    /// - Complexity: O(size of the image).
    package init(image bytes: UnsafeRawBufferPointer) throws(BinaryImageReader.Error) {
        try self.init(image: bytes, heldIn: nil)
    }

    /// Reads an image, as ``init(image:)-(UnsafeRawBufferPointer)`` does; when `array`
    /// holds it (from byte `offset`), the entries and forms are decoded from that array,
    /// kept whole rather than copied in part (a read cache file is in memory already).
    private init(
        image bytes: UnsafeRawBufferPointer, heldIn array: (bytes: [UInt8], offset: Int)?
    ) throws(BinaryImageReader.Error) {
        var reader = try BinaryImageReader(bytes, magic: Self.magic)
        let variety = try reader.value(SpanishVariety.self)
        var warnings: [Diagnostic] = []
        for _ in 0..<(try reader.count()) {
            warnings.append(Diagnostic(location: try reader.location(), message: try reader.string()))
        }
        let title = try reader.optionalString()
        let entryCount = try reader.count()
        var memo = EnumerationMemo()
        let summaries = try reader.summaries(count: entryCount, memo: &memo)
        let selfSourced = try reader.int32s()
        guard zip(selfSourced, selfSourced.dropFirst()).allSatisfy({ $0 < $1 }),
            selfSourced.allSatisfy({ $0 >= 0 && Int($0) < entryCount })
        else { throw BinaryImageReader.Error("bad entries with a wrong form as source") }
        let entriesEnd = try reader.count() + reader.position
        // Every entry is checked now, none built, by a reader that keeps no string (it
        // reads few): decoding one later cannot fail.
        let layout = reader.layout
        var entriesReader = BinaryImageReader(image: bytes, layout: layout)
        try entriesReader.seek(to: reader.position)
        entriesReader.materializes = false
        var offsets: [Int32] = []
        offsets.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            offsets.append(Int32(entriesReader.position))
            _ = try entriesReader.checkedEntry(memo: &memo)
        }
        guard entriesReader.position == entriesEnd else {
            throw BinaryImageReader.Error("entries of the wrong length")
        }
        let entriesStart = reader.position
        try reader.seek(to: entriesEnd)
        // The forms are checked the same way, none built: what the automaton and the
        // screens need of them (their entries, their verb starts) comes out of the check.
        var variantsReader = BinaryImageReader(image: bytes, layout: layout)
        try variantsReader.seek(to: entriesEnd)
        variantsReader.materializes = false
        let variantCount = try variantsReader.count()
        var variantOffsets: [Int32] = []
        var entryIndices: [Int] = []
        var startsWithVerb: [Bool] = []
        variantOffsets.reserveCapacity(variantCount)
        entryIndices.reserveCapacity(variantCount)
        startsWithVerb.reserveCapacity(variantCount)
        for _ in 0..<variantCount {
            variantOffsets.append(Int32(variantsReader.position))
            let checked = try variantsReader.variant(entryCount: entryCount, memo: &memo)
            entryIndices.append(checked.entryIndex)
            startsWithVerb.append(checked.startsWithVerb)
        }
        let variantsEnd = variantsReader.position
        try reader.seek(to: variantsEnd)
        // An array that holds the image is kept whole; else only the string table, the
        // entries and the forms are copied, not the whole image (the automaton, more than
        // half of it, is read now).
        let kept =
            array.map { (bytes: $0.bytes, layout: layout.shifted(by: $0.offset), start: 0) }
            ?? (
                bytes: Array(bytes[layout.offsetsStart..<layout.wordsStart])
                    + bytes[(layout.wordsStart + 4 * entriesStart)..<(layout.wordsStart + 4 * variantsEnd)],
                layout: layout.keeping(words: entriesStart..<variantsEnd), start: entriesStart
            )
        let records = ImageRecords(
            bytes: kept.bytes, layout: kept.layout, entryOffsets: offsets, variantOffsets: variantOffsets,
            start: kept.start, memo: memo)
        let entries = DeferredEntries(
            summaries: summaries, givingWrongFormAsSource: Set(selfSourced.map { Int($0) }),
            decodeHeading: records.heading(at:), decode: records.entry(at:))
        let glossary = Glossary(deferred: entries, title: title)
        let variants = VariantTable(
            entryIndices: entryIndices, startsWithVerb: startsWithVerb, decode: records.variant(at:))
        let automaton = try PhraseAutomaton(image: &reader, entryOfVariant: entryIndices)
        let spellings = try AccentGuard.Spellings(image: &reader, variantCount: variantCount)
        guard reader.isAtEnd else { throw BinaryImageReader.Error("bytes after the end") }
        self.init(
            glossary: glossary, variety: variety, variantTable: variants, automaton: automaton, spellings: spellings,
            warnings: warnings)
    }

    /// Reads an image held in an array from byte `start` on (see
    /// ``init(image:)-(UnsafeRawBufferPointer)``); the glossary keeps the array, from
    /// which it decodes its entries and forms when they are first read.
    package init(image bytes: [UInt8], from start: Int = 0) throws(BinaryImageReader.Error) {
        let read = bytes.withUnsafeBytes { raw in
            Result { () throws(BinaryImageReader.Error) in
                try Self(image: UnsafeRawBufferPointer(rebasing: raw[start...]), heldIn: (bytes, start))
            }
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
}

/// The enumerations read from an image so far, by string index (see
/// ``BinaryImageReader/value(_:memo:)``).
struct EnumerationMemo {
    var categories: [IssueCategory?] = []
    var severities: [Severity?] = []
    var partsOfSpeech: [PartOfSpeech?] = []
    var slotKinds: [SlotKind?] = []
    var verbForms: [VerbForm?] = []
    var numbers: [GrammaticalNumber?] = []
    var genders: [GrammaticalGender?] = []
}

extension BinaryImageReader {
    mutating func location() throws(Error) -> SourceLocation {
        SourceLocation(path: try string(), line: try number(), column: try number())
    }

    /// The summaries of `count` entries (``EntrySummary``).
    mutating func summaries(count: Int, memo: inout EnumerationMemo) throws(Error) -> [EntrySummary] {
        let flags = try int32s()
        guard flags.count == count else { throw Error("bad summaries") }
        var summaries: [EntrySummary] = []
        summaries.reserveCapacity(count)
        for raw in flags {
            let flags = EntrySummary.Flags(rawValue: UInt32(bitPattern: raw))
            guard EntrySummary.Flags.known.isSuperset(of: flags) else { throw Error("unknown entry flags") }
            summaries.append(EntrySummary(flags: flags, severity: try value(Severity.self, memo: &memo.severities)))
        }
        return summaries
    }

    /// The four sets of inflections, made once rather than for each entry.
    private static let inflections: [Set<Inflection>] = [[], [.number], [.gender], [.number, .gender]]

    /// The next entry, built once from its fields (filling a whole entry field by field
    /// copies it at each step: a tenth of reading a 100,000-entry image).
    mutating func entry(memo: inout EnumerationMemo) throws(Error) -> GlossaryEntry {
        guard let entry = try checkedEntry(memo: &memo) else { throw Error("an entry read without its strings") }
        return entry
    }

    /// The heading of the next entry (``EntryHeading``), read from the start of the entry
    /// as ``entry(memo:)`` reads it; the rest of the entry is left unread.
    mutating func heading(memo: inout EnumerationMemo) throws(Error) -> EntryHeading {
        let id = try string()
        let sources = try strings()
        for _ in 0..<3 { try skipStrings() }  // wrong forms, suggestions, approved renderings
        return EntryHeading(
            id: id, sources: sources, category: try value(IssueCategory.self, memo: &memo.categories),
            severity: try value(Severity.self, memo: &memo.severities), note: try optionalString())
    }

    /// The next entry, checked as ``entry(memo:)`` checks it; `nil` (the entry checked,
    /// not built) when the reader does not ``materializes``.
    mutating func checkedEntry(memo: inout EnumerationMemo) throws(Error) -> GlossaryEntry? {
        guard materializes else {
            try skipEntry(memo: &memo)
            return nil
        }
        let id = try string()
        let sources = try strings()
        let wrongForms = try strings()
        let suggestions = try strings()
        let approvedRenderings = try strings()
        let category = try value(IssueCategory.self, memo: &memo.categories)
        let severity = try value(Severity.self, memo: &memo.severities)
        let note = try optionalString()
        var forms: [GlossaryForm] = []
        for _ in 0..<(try count()) { forms.append(GlossaryForm(wrongForms: try strings(), suggestions: try strings())) }
        var context: [ContextRule] = []
        for _ in 0..<(try count()) {
            context.append(
                ContextRule(
                    kind: try value(ContextRule.Kind.self), before: try number(), after: try number(),
                    phrases: try strings()))
        }
        let exceptions = try strings()
        let flags = try flags()
        let inflection = Self.inflections[(flags(0) ? 1 : 0) | (flags(1) ? 2 : 0)]
        var varieties: [SpanishVariety] = []
        for _ in 0..<(try count()) { varieties.append(try value(SpanishVariety.self)) }
        var examples: [GlossaryExample] = []
        for _ in 0..<(try count()) { examples.append(try example()) }
        let extensions = try strings()
        // Keys compared by their indices, equal for equal strings, so that a pass that
        // builds no string checks them as well.
        let keys = try stringIndices()
        let values = try stringIndices()
        guard keys.count == values.count else { throw Error("bad attributes") }
        var attributes: [String: String] = [:]
        if !keys.isEmpty {
            guard Set(keys).count == keys.count else { throw Error("bad attributes") }
            if materializes {
                for (key, value) in zip(keys, values) { attributes[string(atIndex: key)] = string(atIndex: value) }
            }
        }
        let location = try location()
        guard materializes else { return nil }
        return GlossaryEntry(
            id: id, sources: sources, wrongForms: wrongForms, suggestions: suggestions,
            approvedRenderings: approvedRenderings, category: category, severity: severity, note: note, forms: forms,
            context: context, exceptions: exceptions, inflection: inflection, isCaseSensitive: flags(2),
            isAccentSensitive: flags(3), needsSource: flags(4), varieties: varieties, examples: examples,
            extensions: extensions, extensionAttributes: attributes, location: location)
    }

    /// Reads past the next entry, checking what ``checkedEntry(memo:)`` checks, word for
    /// word, without a string, an array or an entry (a third of a warm start with 100,000
    /// entries went to making and freeing the empty lists of a check that built them).
    /// `CompiledGlossaryImageTests` holds the two to the same verdict on damaged images.
    private mutating func skipEntry(memo: inout EnumerationMemo) throws(Error) {
        _ = try number(below: layout.stringCount)  // id
        for _ in 0..<4 { try skipStrings() }  // sources, wrong forms, suggestions, approved renderings
        _ = try value(IssueCategory.self, memo: &memo.categories)
        _ = try value(Severity.self, memo: &memo.severities)
        _ = try optionalString()  // note: "" when not materializing
        for _ in 0..<(try count()) {  // forms
            try skipStrings()
            try skipStrings()
        }
        for _ in 0..<(try count()) {  // context rules
            _ = try value(ContextRule.Kind.self)
            _ = try number()
            _ = try number()
            try skipStrings()
        }
        try skipStrings()  // exceptions
        _ = try flags()
        for _ in 0..<(try count()) { _ = try value(SpanishVariety.self) }
        for _ in 0..<(try count()) { _ = try example() }
        try skipStrings()  // extensions
        let keys = try stringIndices()
        let values = try stringIndices()
        guard keys.count == values.count, keys.isEmpty || Set(keys).count == keys.count else {
            throw Error("bad attributes")
        }
        _ = try number(below: layout.stringCount)  // location: path, line, column
        _ = try number()
        _ = try number()
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
}
