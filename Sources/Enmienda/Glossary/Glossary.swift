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
    /// - Throws: ``InputError`` if two entries share an id or an entry lacks a source,
    ///   a wrong form or a suggestion.
    public init(entries: [GlossaryEntry], title: String? = nil) throws(InputError) {
        let problems = GlossaryChecks.problems(in: entries)
        guard problems.isEmpty else { throw InputError(problems) }
        self.entries = entries
        self.title = title
    }

    /// Loads a glossary file (format version 1, see `glossaries/README.md`).
    ///
    /// - Parameter maximumSize: The largest file read, in bytes (see ``InputLimits``).
    /// - Throws: ``InputError`` if the file cannot be read, is larger than `maximumSize`
    ///   or is not a valid glossary.
    public init(contentsOfFile path: String, maximumSize: Int = InputLimits.defaultMaximumFileSize)
        throws(InputError)
    {
        try self.init(xml: FileInput.readBytes(atPath: path, maximumSize: maximumSize), path: path)
    }

    /// Loads a glossary from its XML bytes; `path` names it in diagnostics.
    ///
    /// - Throws: ``InputError`` if the bytes are not a valid glossary.
    public init(xml bytes: [UInt8], path: String) throws(InputError) {
        let root = try SecureXMLReader.read(
            bytes, path: path, schema: try EmbeddedSchemas.glossary(), knownNamespaces: [GlossaryLoader.namespace])
        let loaded = try GlossaryLoader.load(root)
        try self.init(entries: loaded.entries, title: loaded.title)
    }

    /// Combines glossaries into one, keeping their order.
    ///
    /// - Throws: ``InputError`` if an id is defined in more than one of them.
    public init(merging glossaries: [Glossary]) throws(InputError) {
        // Each glossary passed its checks when it was made; only ids can clash between them.
        let problems = GlossaryChecks.duplicateIDs(in: glossaries)
        guard problems.isEmpty else { throw InputError(problems) }
        self.init(validated: glossaries.flatMap(\.entries))
        self.title = glossaries.count == 1 ? glossaries[0].title : nil
    }

    /// A glossary with no entries.
    public static let empty = Glossary(validated: [])

    private init(validated entries: [GlossaryEntry]) {
        self.entries = entries
        self.title = nil
    }

    /// The glossary shipped with Enmienda (the files in `glossaries/`), embedded in the
    /// library so that it works from any directory.
    public static var builtIn: Glossary {
        get throws(InputError) { try BuiltInGlossary.load() }
    }

    /// The entry with the given id, if any.
    public func entry(withID id: String) -> GlossaryEntry? {
        entries.first { $0.id == id }
    }
}

extension Glossary {
    /// The XML Schema (XSD) of the glossary format, as shipped in `glossaries/glossary.xsd`.
    public static var schema: String { EmbeddedSchemas.glossaryText }
}
