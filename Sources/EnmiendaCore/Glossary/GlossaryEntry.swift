import Foundation

/// One known mistranslation: the English source, the wrong Spanish renderings that
/// machine translation produces for it, and what to write instead.
///
/// ```swift
/// let entry = GlossaryEntry(
///     id: "war-effort", sources: ["war effort"], wrongForms: ["esfuerzo de guerra"],
///     suggestions: ["esfuerzo bélico"], category: .terminology, severity: .minor)
/// ```
public struct GlossaryEntry: Hashable, Sendable, Identifiable {
    /// A stable identifier (`[a-z0-9]+(-[a-z0-9]+)*`), unique across loaded glossaries.
    public var id: String
    /// The English term(s) that were mistranslated.
    public var sources: [String]
    /// The wrong Spanish renderings to find. Matching ignores case, accents (but not
    /// `ñ`) and the amount of whitespace between words.
    public var wrongForms: [String]
    /// Replacements, best first. The first is the one applied by corrections.
    public var suggestions: [String]
    /// Spanish renderings of the English ``sources`` that the glossary approves, besides the
    /// ``suggestions`` (`<approved>`, glossary format version 2). An entry that has any is a
    /// *key term* (``isKeyTerm``): where a bilingual file's source segment says one of the
    /// ``sources`` and its target segment has none of these renderings nor of the
    /// suggestions, in any form, `Aligner.align(_:)` over a ``SegmentedDocument`` reports it.
    /// They are inflected as the wrong forms are (``inflection``). A key term may have no
    /// wrong form at all.
    public var approvedRenderings: [String] = []
    /// The ITS 2.0 issue type.
    public var category: IssueCategory
    /// How serious the mistake is.
    public var severity: Severity
    /// An explanation for the editor, if the glossary gives one.
    public var note: String?
    /// Forms written out by hand with their own suggestions; they win over generated forms.
    public var forms: [GlossaryForm] = []
    /// Conditions on the surrounding words; all must hold for a match to count.
    public var context: [ContextRule] = []
    /// Phrases that, where they overlap a match, show it is correct Spanish.
    public var exceptions: [String] = []
    /// The ways wrong forms are inflected to match other forms: in the other number (the
    /// default), in the other gender (for participles, adjectives and nouns of people:
    /// *controlado*/*controlada*, *Ministro*/*Ministra*), or not at all (empty).
    public var inflection: Set<Inflection>
    /// Whether a match must have the case of the wrong form (*el Ministro de Defensa*).
    public var isCaseSensitive = false
    /// Whether a match must have the accents of the wrong form (*él* is not *el*).
    public var isAccentSensitive = false
    /// Whether the Spanish words are wrong only as the translation of the English
    /// ``sources`` (*actualmente* for “actually”, right for “currently”): such an entry
    /// fires only where the English source text is given and mentions a source term
    /// (see ``SourceText``), and stays silent on Spanish-only input.
    public var needsSource = false
    /// The varieties of Spanish the entry holds for (`varieties="es-ES es-AR"`): a
    /// convention right in other varieties, such as the decimal point, is marked with the
    /// varieties where it is wrong. Empty (the default) means every variety. The aligner
    /// skips an entry that does not apply to its ``AlignmentOptions/variety``
    /// (``applies(to:)``).
    public var varieties: [SpanishVariety] = []
    /// Whether the entry is a key term: it has ``approvedRenderings``, which the target of
    /// a source segment that says one of its ``sources`` must use (or a suggestion).
    public var isKeyTerm: Bool { !approvedRenderings.isEmpty }
    /// Sentences that document and test the entry.
    public var examples: [GlossaryExample]
    /// Elements from other namespaces, serialized as XML, kept so that tools that
    /// extend the format lose nothing.
    public var extensions: [String]
    /// Attributes from other namespaces, keyed `{namespace-uri}local-name`.
    public var extensionAttributes: [String: String]
    /// Where the entry starts in its glossary file.
    public var location: SourceLocation

    /// Creates an entry.
    public init(
        id: String, sources: [String], wrongForms: [String], suggestions: [String],
        category: IssueCategory, severity: Severity, note: String? = nil,
        examples: [GlossaryExample] = [], extensions: [String] = [], extensionAttributes: [String: String] = [:],
        location: SourceLocation = SourceLocation(path: "<memory>", line: 1, column: 1)
    ) {
        self.id = id
        self.sources = sources
        self.wrongForms = wrongForms
        self.suggestions = suggestions
        self.category = category
        self.severity = severity
        self.note = note
        self.examples = examples
        self.extensions = extensions
        self.extensionAttributes = extensionAttributes
        self.location = location
        self.inflection = [.number]
    }
}

extension GlossaryEntry {
    /// An entry with every field given (what a compiled glossary's image holds).
    init(
        id: String, sources: [String], wrongForms: [String], suggestions: [String], approvedRenderings: [String],
        category: IssueCategory, severity: Severity, note: String?, forms: [GlossaryForm], context: [ContextRule],
        exceptions: [String], inflection: Set<Inflection>, isCaseSensitive: Bool, isAccentSensitive: Bool,
        needsSource: Bool, varieties: [SpanishVariety], examples: [GlossaryExample], extensions: [String],
        extensionAttributes: [String: String], location: SourceLocation
    ) {
        self.id = id
        self.sources = sources
        self.wrongForms = wrongForms
        self.suggestions = suggestions
        self.approvedRenderings = approvedRenderings
        self.category = category
        self.severity = severity
        self.note = note
        self.forms = forms
        self.context = context
        self.exceptions = exceptions
        self.inflection = inflection
        self.isCaseSensitive = isCaseSensitive
        self.isAccentSensitive = isAccentSensitive
        self.needsSource = needsSource
        self.varieties = varieties
        self.examples = examples
        self.extensions = extensions
        self.extensionAttributes = extensionAttributes
        self.location = location
    }
}

extension GlossaryEntry {
    /// Whether `id` has the form of an entry id: `[a-z0-9]+(-[a-z0-9]+)*`, at most 80 bytes.
    package static func isValidID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard !bytes.isEmpty, bytes.count <= 80, bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-")
        else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            let isWordByte =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard isWordByte || (byte == UInt8(ascii: "-") && previous != byte) else { return false }
            previous = byte
        }
        return true
    }

    /// A readable id made of the ASCII letters and digits of `text` (accents dropped), at
    /// most 72 bytes, which leaves room for a number that makes it unique.
    package static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let id = String(words.joined(separator: "-").prefix(72)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return id.isEmpty ? "entry" : id
    }
}

/// A grammatical category along which a glossary entry's forms are inflected.
public enum Inflection: String, Hashable, Sendable, CaseIterable {
    case number, gender
}
