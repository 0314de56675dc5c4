import EnmiendaCore

/// Reading glossaries from glossary XML (format version 1 or 2, see `glossaries/README.md`):
/// files, bytes, and the glossary built into the library.
extension Glossary {
    /// Loads a glossary file (format version 1 or 2, see `glossaries/README.md`).
    ///
    /// - Parameter maximumSize: The largest file read, in bytes (see ``InputLimits``).
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` if the file cannot
    ///   be read, is larger than `maximumSize` or is not a valid glossary.
    public init(contentsOfFile path: String, maximumSize: Int = InputLimits.defaultMaximumFileSize)
        throws(InputError)
    {
        let bytes = try InputError.classifying(as: .glossary) { () throws(InputError) in
            try FileInput.readBytes(atPath: path, maximumSize: maximumSize)
        }
        try self.init(xml: bytes, path: path)
    }

    /// Loads a glossary from its XML bytes; `path` names it in diagnostics.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` if the bytes are not a
    ///   valid glossary.
    public init(xml bytes: [UInt8], path: String) throws(InputError) {
        let loaded = try InputError.classifying(as: .glossary) { () throws(InputError) in
            let root = try SecureXMLReader.read(
                bytes, path: path, schema: try EmbeddedSchemas.glossary(), knownNamespaces: [GlossaryLoader.namespace])
            return try GlossaryLoader.load(root)
        }
        try self.init(entries: loaded.entries, title: loaded.title)
    }

    /// The glossary shipped with Enmienda (the files in `glossaries/`), embedded in the
    /// library so that it works from any directory.
    public static var builtIn: Glossary {
        get throws(InputError) { try BuiltInGlossary.load() }
    }
}

extension Glossary {
    /// The XML Schema (XSD) of the glossary format, as shipped in `glossaries/glossary.xsd`.
    public static var schema: String { EmbeddedSchemas.glossaryText }
}
