/// The XML Schemas shipped in `glossaries/`, embedded and compiled once.
enum EmbeddedSchemas {
    /// The text of the glossary schema.
    static let glossaryText = text(of: "glossary.xsd")
    /// The text of the corrections schema.
    static let correctionsText = text(of: "corrections.xsd")

    private static let compiledGlossary = Result { () throws(InputError) in
        try XMLSchema(bytes: Array(glossaryText.utf8), name: "glossaries/glossary.xsd")
    }
    private static let compiledCorrections = Result { () throws(InputError) in
        try XMLSchema(bytes: Array(correctionsText.utf8), name: "glossaries/corrections.xsd")
    }

    /// The schema of glossary files.
    static func glossary() throws(InputError) -> XMLSchema { try compiledGlossary.get() }

    /// The schema of the corrections export (`enmienda check --format xml`).
    static func corrections() throws(InputError) -> XMLSchema { try compiledCorrections.get() }

    private static func text(of name: String) -> String {
        EmbeddedFiles.files.first { $0.name == name }?.text ?? ""
    }
}
