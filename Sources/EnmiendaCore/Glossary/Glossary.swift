/// A set of known mistranslations, loaded from one or more glossary files.
///
/// ```swift
/// let glossary = try Glossary(contentsOfFile: "glossaries/news-mt.xml")
/// print(glossary.entries.map(\.id))
/// ```
///
/// Loading is all or nothing: a file with any problem (malformed XML, a schema
/// violation, a duplicate id, an entry without a wrong form or a suggestion) throws an
/// ``InputError`` listing every problem with its `path:line:column`, and no entry is
/// loaded.
public struct Glossary: Hashable, Sendable {
    /// Where the entries are: in an array, or in a compiled glossary's image, decoded
    /// when first read (``DeferredEntries``).
    private enum Storage: Sendable {
        case entries([GlossaryEntry])
        case deferred(DeferredEntries)
    }

    private var storage: Storage

    /// The entries, in file order; with several files, in the order the files were given.
    ///
    /// - Complexity: O(1), except the first time for a glossary read back from a
    ///   compiled image, whose entries are then decoded: O(*n*) in the entries.
    public var entries: [GlossaryEntry] {
        switch storage {
        case .entries(let entries): entries
        case .deferred(let deferred): deferred.all
        }
    }
    /// The glossary's `<title>`, if it has one.
    public var title: String?

    /// Creates a glossary from entries built in code.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` if two entries share
    ///   an id or an entry lacks a source, a wrong form or a suggestion.
    public init(entries: [GlossaryEntry], title: String? = nil) throws(InputError) {
        let problems = GlossaryChecks.problems(in: entries)
        guard problems.isEmpty else { throw InputError(problems, kind: .glossary) }
        self.storage = .entries(entries)
        self.title = title
    }

    /// Combines glossaries into one, keeping their order.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` if an id is defined in
    ///   more than one of them.
    public init(merging glossaries: [Glossary]) throws(InputError) {
        // Each glossary passed its checks when it was made; only ids can clash between them.
        let problems = GlossaryChecks.duplicateIDs(in: glossaries)
        guard problems.isEmpty else { throw InputError(problems, kind: .glossary) }
        self.init(validated: glossaries.flatMap(\.entries))
        self.title = glossaries.count == 1 ? glossaries[0].title : nil
    }

    /// A glossary with no entries.
    public static let empty = Glossary(validated: [])

    package init(validated entries: [GlossaryEntry]) {
        self.storage = .entries(entries)
        self.title = nil
    }

    /// A glossary whose entries are decoded when first read (a compiled glossary's).
    package init(deferred entries: DeferredEntries, title: String?) {
        self.storage = .deferred(entries)
        self.title = title
    }

    /// How many entries there are, without decoding any.
    package var entryCount: Int {
        switch storage {
        case .entries(let entries): entries.count
        case .deferred(let deferred): deferred.count
        }
    }

    /// The entry at `index` (below ``entryCount``), without decoding the others.
    package func entry(at index: Int) -> GlossaryEntry {
        switch storage {
        case .entries(let entries): entries[index]
        case .deferred(let deferred): deferred.entry(at: index)
        }
    }

    /// The summaries of the entries, in order: what the aligner reads of every entry,
    /// without decoding any.
    ///
    /// - Complexity: O(1) for a compiled glossary's entries, O(*n*) otherwise.
    package var summaries: [EntrySummary] {
        switch storage {
        case .entries(let entries): entries.map { EntrySummary($0) }
        case .deferred(let deferred): deferred.summaries
        }
    }

    /// The heading of the entry at `index` (below ``entryCount``): for a compiled
    /// glossary's entries, decoded without the rest of the entry.
    package func heading(at index: Int) -> EntryHeading {
        switch storage {
        case .entries(let entries): entries[index].heading
        case .deferred(let deferred): deferred.heading(at: index)
        }
    }

    /// Whether the entry at `index` (below ``entryCount``) gives a wrong form as its
    /// source, as the compiled image it comes from says; `nil` for entries in memory.
    package func compiledGivesWrongFormAsSource(at index: Int) -> Bool? {
        switch storage {
        case .entries: nil
        case .deferred(let deferred): deferred.givingWrongFormAsSource.contains(index)
        }
    }

    /// The severity of the entry at `index` (below ``entryCount``), read in place.
    package func severity(at index: Int) -> Severity {
        switch storage {
        case .entries(let entries): entries.withUnsafeBufferPointer { $0[index].severity }
        case .deferred(let deferred): deferred.summaries[index].severity
        }
    }

    /// Whether the entry at `index` (below ``entryCount``) is case-sensitive, read in place.
    package func isCaseSensitive(at index: Int) -> Bool {
        switch storage {
        case .entries(let entries): entries.withUnsafeBufferPointer { $0[index].isCaseSensitive }
        case .deferred(let deferred): deferred.summaries[index].flags.contains(.caseSensitive)
        }
    }

    /// Glossaries are equal when their titles and entries are, wherever the entries are.
    public static func == (lhs: Glossary, rhs: Glossary) -> Bool {
        lhs.title == rhs.title && lhs.entryCount == rhs.entryCount && lhs.entries == rhs.entries
    }

    /// Hashes the entries and the title (decoding the entries of a compiled glossary).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
        hasher.combine(title)
    }

    /// The entry with the given id, if any.
    public func entry(withID id: String) -> GlossaryEntry? {
        entries.first { $0.id == id }
    }
}
