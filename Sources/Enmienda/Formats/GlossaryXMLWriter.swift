/// Writes a glossary as canonical XML (format version 1): entries in order, attributes
/// and children in a fixed order, two-space indentation. Loading what it writes gives
/// the same glossary.
///
/// ```swift
/// let xml = GlossaryXMLWriter().xml(for: try Glossary(contentsOfFile: "mine.xml"))
/// ```
public struct GlossaryXMLWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The glossary's XML.
    public func xml(for glossary: Glossary) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <glossary xmlns="\(GlossaryLoader.namespace)" version="1">

            """
        if let title = glossary.title { xml += "  <title>\(XMLEscaping.content(title))</title>\n" }
        for entry in glossary.entries { xml += self.entry(entry) }
        return xml + "</glossary>\n"
    }

    /// One entry's canonical XML, indented as inside a glossary.
    public func xml(for entry: GlossaryEntry) -> String {
        self.entry(entry)
    }

    private func entry(_ entry: GlossaryEntry) -> String {
        var attributes = [
            ("id", entry.id), ("category", entry.category.rawValue), ("severity", entry.severity.rawValue),
        ]
        if entry.inflection != [.number] {
            let names = Inflection.allCases.filter(entry.inflection.contains).map(\.rawValue)
            attributes.append(("inflect", names.isEmpty ? "none" : names.joined(separator: " ")))
        }
        if entry.isCaseSensitive { attributes.append(("case", "sensitive")) }
        if entry.isAccentSensitive { attributes.append(("accents", "sensitive")) }
        if entry.needsSource { attributes.append(("needs-source", "true")) }
        // Attributes from other namespaces get prefixes of their own.
        var prefixes: [String: String] = [:]
        for key in entry.extensionAttributes.keys.sorted() {
            guard let close = key.firstIndex(of: "}") else { continue }
            let uri = String(key[key.index(after: key.startIndex)..<close])
            let prefix = prefixes[uri] ?? "ext\(prefixes.count + 1)"
            if prefixes[uri] == nil {
                prefixes[uri] = prefix
                attributes.append(("xmlns:\(prefix)", uri))
            }
            attributes.append(("\(prefix):\(key[key.index(after: close)...])", entry.extensionAttributes[key] ?? ""))
        }
        var xml = "  <entry" + attributes.map { " \($0.0)=\"\(XMLEscaping.attribute($0.1))\"" }.joined() + ">\n"
        func element(_ name: String, _ text: String, _ attributes: [(String, String)] = [], indent: String = "    ") {
            let rendered = attributes.map { " \($0.0)=\"\(XMLEscaping.attribute($0.1))\"" }.joined()
            xml += "\(indent)<\(name)\(rendered)>\(XMLEscaping.content(text))</\(name)>\n"
        }
        entry.sources.forEach { element("source", $0) }
        entry.wrongForms.forEach { element("wrong", $0) }
        entry.suggestions.forEach { element("suggestion", $0) }
        for form in entry.forms {
            xml += "    <form>\n"
            form.wrongForms.forEach { element("wrong", $0, indent: "      ") }
            form.suggestions.forEach { element("suggestion", $0, indent: "      ") }
            xml += "    </form>\n"
        }
        for rule in entry.context {
            var window: [(String, String)] = []
            if rule.before > 0 { window.append(("before", String(rule.before))) }
            if rule.after > 0 { window.append(("after", String(rule.after))) }
            element(rule.kind.rawValue, rule.phrases.joined(separator: "|"), window)
        }
        entry.exceptions.forEach { element("exception", $0) }
        if let note = entry.note { element("note", note) }
        for example in entry.examples { xml += self.example(example) }
        for raw in entry.extensions { xml += "    \(raw)\n" }
        return xml + "  </entry>\n"
    }

    private func example(_ example: GlossaryExample) -> String {
        let source = example.source.map { " source=\"\(XMLEscaping.attribute($0))\"" } ?? ""
        guard let corrected = example.corrected else {
            return "    <correct\(source)>\(XMLEscaping.content(example.text))</correct>\n"
        }
        var attributes = source + " corrected=\"\(XMLEscaping.attribute(corrected))\""
        if let suggestions = example.expectedSuggestions {
            attributes += " suggestions=\"\(XMLEscaping.attribute(suggestions.joined(separator: "|")))\""
        }
        let text = XMLEscaping.content(example.text, marking: example.markedRange, open: "<marker>", close: "</marker>")
        return "    <incorrect\(attributes)>\(text)</incorrect>\n"
    }
}
