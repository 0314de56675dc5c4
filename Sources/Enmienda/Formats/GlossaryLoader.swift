import Foundation

/// Turns a parsed, schema-valid glossary document into entries.
///
/// Text is normalized as XML pretty-printing requires: runs of whitespace (including
/// line breaks used to wrap a long note) become one space, and leading and trailing
/// whitespace is dropped. Elements and attributes from other namespaces are kept as
/// ``GlossaryEntry/extensions``.
enum GlossaryLoader {
    static let namespace = "urn:enmienda:glossary"

    static func load(_ root: ParsedElement) throws(InputError) -> (entries: [GlossaryEntry], title: String?) {
        guard root.namespaceURI == namespace, root.localName == "glossary" else {
            throw InputError(root.location, "the root element must be <glossary xmlns=\"\(namespace)\">")
        }
        var title: String?
        var entryElements: [ParsedElement] = []
        for element in root.elements where element.namespaceURI == namespace {
            switch element.localName {
            case "title": title = element.text.collapsingWhitespace()
            case "entry": entryElements.append(element)
            default: break
            }
        }
        // Entries are converted several at a time; the first problem in document order wins.
        let elements = entryElements
        let slices = stride(from: 0, to: elements.count, by: 2048).map {
            $0..<min(elements.count, $0 + 2048)
        }
        let converted = slices.parallelMap(concurrency: ProcessInfo.processInfo.activeProcessorCount) { range in
            range.map { index in Result { () throws(InputError) in try entry(from: elements[index]) } }
        }
        var entries: [GlossaryEntry] = []
        entries.reserveCapacity(elements.count)
        for result in converted.joined() { entries.append(try result.get()) }
        return (entries, title)
    }

    private static func entry(from element: ParsedElement) throws(InputError) -> GlossaryEntry {
        let id = element.attributes["id"] ?? ""
        guard let category = element.attributes["category"].flatMap(IssueCategory.init(rawValue:)),
            let severity = element.attributes["severity"].flatMap(Severity.init(rawValue:))
        else {
            throw InputError(element.location, "entry '\(id)' needs a valid category and severity")
        }
        var entry = GlossaryEntry(
            id: id, sources: [], wrongForms: [], suggestions: [], category: category, severity: severity,
            location: element.location)
        entry.extensionAttributes = element.qualifiedAttributes
        if let inflect = element.attributes["inflect"] {
            entry.inflection = Set(inflect.split(separator: " ").compactMap { Inflection(rawValue: String($0)) })
        }
        entry.isCaseSensitive = element.attributes["case"] == "sensitive"
        entry.isAccentSensitive = element.attributes["accents"] == "sensitive"
        entry.needsSource = ["true", "1"].contains(element.attributes["needs-source"])
        for child in element.elements {
            guard child.namespaceURI == namespace else {
                if let raw = child.rawXML { entry.extensions.append(raw) }
                continue
            }
            if child.localName == "form" {
                entry.forms.append(try form(from: child, entryID: id))
                continue
            }
            let text = child.text.collapsingWhitespace()
            guard !text.isEmpty else {
                throw InputError(child.location, "<\(child.localName)> of entry '\(id)' is empty")
            }
            switch child.localName {
            case "source": entry.sources.append(text)
            case "wrong": entry.wrongForms.append(text)
            case "suggestion": entry.suggestions.append(text)
            case "note": entry.note = text
            case "incorrect":
                entry.examples.append(incorrectExample(from: child))
            case "correct":
                entry.examples.append(
                    GlossaryExample(
                        text: text, corrected: nil, location: child.location,
                        source: child.attributes["source"]?.collapsingWhitespace()))
            case "require", "forbid":
                entry.context.append(
                    ContextRule(
                        kind: child.localName == "require" ? .require : .forbid,
                        before: child.attributes["before"].flatMap { Int($0) } ?? 0,
                        after: child.attributes["after"].flatMap { Int($0) } ?? 0,
                        phrases: text.split(separator: "|").map { String($0).collapsingWhitespace() }.filter {
                            !$0.isEmpty
                        }))
            case "exception":
                entry.exceptions.append(text)
            default:
                break
            }
        }
        return entry
    }

    /// An `<incorrect>` example, with the span of its `<marker>` located in the collapsed text.
    private static func incorrectExample(from element: ParsedElement) -> GlossaryExample {
        let (open, close): (Character, Character) = ("\u{E000}", "\u{E001}")
        let marked = element.children.map { child in
            switch child {
            case .text(let text): text
            case .element(let marker): "\(open)\(marker.text)\(close)"
            }
        }.joined().collapsingWhitespace()
        var text = ""
        var range: Range<Int>?
        var start = 0
        for character in marked {
            switch character {
            case open: start = text.utf8.count
            case close: range = start..<text.utf8.count
            default: text.append(character)
            }
        }
        return GlossaryExample(
            text: text, corrected: (element.attributes["corrected"] ?? "").collapsingWhitespace(),
            location: element.location, markedRange: range,
            expectedSuggestions: element.attributes["suggestions"].map {
                $0.split(separator: "|").map { String($0).collapsingWhitespace() }.filter { !$0.isEmpty }
            }, source: element.attributes["source"]?.collapsingWhitespace())
    }

    private static func form(from element: ParsedElement, entryID: String) throws(InputError) -> GlossaryForm {
        var form = GlossaryForm(wrongForms: [], suggestions: [])
        for child in element.elements where child.namespaceURI == namespace {
            let text = child.text.collapsingWhitespace()
            guard !text.isEmpty else {
                throw InputError(child.location, "<\(child.localName)> of a form of entry '\(entryID)' is empty")
            }
            if child.localName == "wrong" { form.wrongForms.append(text) } else { form.suggestions.append(text) }
        }
        guard !form.wrongForms.isEmpty, !form.suggestions.isEmpty else {
            throw InputError(element.location, "a <form> of entry '\(entryID)' needs a <wrong> and a <suggestion>")
        }
        return form
    }
}
