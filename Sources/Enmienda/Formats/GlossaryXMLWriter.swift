/// Writes a glossary as canonical XML: entries in order, attributes and children in a
/// fixed order, two-space indentation. Loading what it writes gives the same glossary.
/// The root says the lowest format version that holds the entries: 2 when an entry has
/// approved renderings (``GlossaryEntry/approvedRenderings``), else 1.
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
            <glossary xmlns="\(GlossaryLoader.namespace)" version="\(Self.version(for: glossary.entries))">

            """
        if let title = glossary.title { xml += "  <title>\(XMLEscaping.content(title))</title>\n" }
        for entry in glossary.entries { xml += self.entry(entry) }
        return xml + "</glossary>\n"
    }

    /// One entry's canonical XML, indented as inside a glossary.
    public func xml(for entry: GlossaryEntry) -> String {
        self.entry(entry)
    }

    /// The lowest format version that holds `entries`: 2 when one of them is a key term.
    static func version(for entries: [GlossaryEntry]) -> Int {
        entries.contains(where: \.isKeyTerm) ? GlossaryLoader.keyTermVersion : 1
    }

    /// The fields written as attributes of `<entry>`: the id and the settings, in table order.
    private static let attributeFields = EntryField.all.filter { !$0.isText }

    private func entry(_ entry: GlossaryEntry) -> String {
        // Optional settings at their defaults are left out (the schema gives the defaults).
        var attributes = Self.attributeFields.filter { !$0.canBeOmitted(from: entry) }.map {
            ($0.name, $0.value(in: entry) ?? "")
        }
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
        for field in [EntryField.source, .wrong, .suggestion, .approved] {
            field.values(in: entry).forEach { element(field.name, $0) }
        }
        for form in entry.forms {
            xml += "    <form>\n"
            form.wrongForms.forEach { element(EntryField.wrong.name, $0, indent: "      ") }
            form.suggestions.forEach { element(EntryField.suggestion.name, $0, indent: "      ") }
            xml += "    </form>\n"
        }
        for rule in entry.context {
            var window: [(String, String)] = []
            if rule.before > 0 { window.append(("before", String(rule.before))) }
            if rule.after > 0 { window.append(("after", String(rule.after))) }
            element(rule.kind.rawValue, rule.phrases.joined(separator: "|"), window)
        }
        entry.exceptions.forEach { element("exception", $0) }
        EntryField.note.values(in: entry).forEach { element(EntryField.note.name, $0) }
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
