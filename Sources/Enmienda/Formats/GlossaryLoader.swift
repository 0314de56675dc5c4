import Foundation

/// Turns a parsed, schema-valid glossary document into entries.
///
/// Format version 2 adds `<approved>` (``GlossaryEntry/approvedRenderings``) to version 1;
/// a version 1 file that uses it is refused at the element, so that a tool that knows only
/// version 1 never reads a key term as an ordinary entry.
///
/// Text is normalized as XML pretty-printing requires: runs of whitespace (including
/// line breaks used to wrap a long note) become one space, and leading and trailing
/// whitespace is dropped. Elements and attributes from other namespaces are kept as
/// ``GlossaryEntry/extensions``.
enum GlossaryLoader {
    static let namespace = "urn:enmienda:glossary"

    /// The format version that `<approved>` needs.
    static let keyTermVersion = 2

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
        // The schema allows the versions this loader reads.
        let version = root.attributes["version"].flatMap { Int($0) } ?? 1
        // Entries are converted several at a time; the first problem in document order wins.
        let elements = entryElements
        let slices = stride(from: 0, to: elements.count, by: 2048).map {
            $0..<min(elements.count, $0 + 2048)
        }
        let converted = slices.parallelMap(concurrency: ProcessInfo.processInfo.activeProcessorCount) { range in
            range.map { index in
                Result { () throws(InputError) in try entry(from: elements[index], version: version) }
            }
        }
        var entries: [GlossaryEntry] = []
        entries.reserveCapacity(elements.count)
        for result in converted.joined() { entries.append(try result.get()) }
        return (entries, title)
    }

    /// A context window as the schema lets it be written (`xs:nonNegativeInteger`: digits,
    /// perhaps a `+`), at most `Int32.max` words: any larger number reaches the ends of
    /// every sentence just as well (and it was read as 0 when it did not fit an `Int`).
    private static func window(_ text: String) -> Int {
        let digits = text.trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty else { return 0 }
        return min(Int(digits) ?? Int.max, Int(Int32.max))
    }

    /// The settings, read from the entry's attributes.
    private static let settings = EntryField.all.filter(\.isSetting)
    /// The fields written as child elements, by element name.
    private static let textFields = Dictionary(
        uniqueKeysWithValues: EntryField.all.filter(\.isText).map { ($0.name, $0) })
    /// The names of the settings every entry must state (`category and severity`).
    private static let requiredSettings = settings.filter(\.isRequired).map(\.name).joined(separator: " and ")

    private static func entry(from element: ParsedElement, version: Int) throws(InputError) -> GlossaryEntry {
        let id = element.attributes[EntryField.id.name] ?? ""
        var entry = GlossaryEntry(id: id, location: element.location)
        entry.extensionAttributes = element.qualifiedAttributes
        for field in settings {
            // The schema has checked each value. An optional attribute left out keeps its default.
            let text = element.attributes[field.name]
            if text == nil && !field.isRequired { continue }
            guard let text, field.assign(schemaSpelling(text, of: field), to: &entry, reading: .lenient) else {
                throw InputError(element.location, "entry '\(id)' needs a valid \(requiredSettings)")
            }
        }
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
            if let field = textFields[child.localName] {
                if field == .approved && version < keyTermVersion {
                    throw InputError(
                        child.location,
                        "<approved> of entry '\(id)' needs glossary format version \(keyTermVersion): write version=\"\(keyTermVersion)\" on <glossary>"
                    )
                }
                field.append(text, to: &entry)
                continue
            }
            switch child.localName {
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
                        before: child.attributes["before"].map(Self.window) ?? 0,
                        after: child.attributes["after"].map(Self.window) ?? 0,
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
            if child.localName == EntryField.wrong.name {
                form.wrongForms.append(text)
            } else {
                form.suggestions.append(text)
            }
        }
        guard !form.wrongForms.isEmpty, !form.suggestions.isEmpty else {
            throw InputError(element.location, "a <form> of entry '\(entryID)' needs a <wrong> and a <suggestion>")
        }
        return form
    }

    /// `text` as the table spells it. XML Schema's booleans (`needs-source`) may also be
    /// written `1` and `0`.
    private static func schemaSpelling(_ text: String, of field: EntryField) -> String {
        guard field.kind == .flag, field.spellings.first == "true" else { return text }
        switch text {
        case "1": return "true"
        case "0": return "false"
        default: return text
        }
    }
}
