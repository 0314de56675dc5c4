/// The glossary files shipped in `glossaries/`, embedded in the library at build time.
enum BuiltInGlossary {
    /// Every `.xml` file of `glossaries/`, in name order, with the path shown in diagnostics.
    static var files: [(path: String, text: String)] {
        EmbeddedFiles.files.filter { $0.name.hasSuffix(".xml") }.map { ("glossaries/\($0.name)", $0.text) }
    }

    private static let loaded = Result { () throws(InputError) -> Glossary in
        var glossaries: [Glossary] = []
        for file in files {
            glossaries.append(try Glossary(xml: Array(file.text.utf8), path: file.path))
        }
        return try Glossary(merging: glossaries)
    }

    static func load() throws(InputError) -> Glossary {
        try loaded.get()
    }
}
