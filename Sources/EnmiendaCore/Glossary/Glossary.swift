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
    /// The entries, in file order; with several files, in the order the files were given.
    public private(set) var entries: [GlossaryEntry]
    /// The glossary's `<title>`, if it has one.
    public var title: String?

    /// Creates a glossary from entries built in code.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` if two entries share
    ///   an id or an entry lacks a source, a wrong form or a suggestion.
    public init(entries: [GlossaryEntry], title: String? = nil) throws(InputError) {
        let problems = GlossaryChecks.problems(in: entries)
        guard problems.isEmpty else { throw InputError(problems, kind: .glossary) }
        self.entries = entries
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
        self.entries = entries
        self.title = nil
    }

    /// The entry with the given id, if any.
    public func entry(withID id: String) -> GlossaryEntry? {
        entries.first { $0.id == id }
    }
}
