import Foundation

/// Glossaries as TermBase eXchange files, the terminology format of memoQ, Trados
/// MultiTerm, Xbench and Okapi: TBX-Basic as ISO 30042:2019 writes it (`<tbx>`,
/// `conceptEntry`/`langSec`/`termSec`, DCA style), or the older TBX 2 (`<martif>`,
/// `termEntry`/`langSet`/`tig`) that many tools still read.
///
/// Each entry is one concept. The English sources are the terms of its `en` section; in its
/// `es` section the suggestions are terms whose `administrativeStatus` is
/// `preferredTerm-admn-sts` (the first) or `admittedTerm-admn-sts` (the others), and the
/// wrong forms are `deprecatedTerm-admn-sts` terms. A hand-written `<form>` is a deprecated
/// term whose `crossReference` points at its own admitted suggestions. The category is the
/// concept's `subjectField`, the note its `<note>`, the examples `context` descriptions.
/// What TBX has no data category for (severity, inflection, case, accents, the English
/// source requirement, context rules, exceptions, and the elements and attributes of other
/// namespaces) travels in `admin` and `descrip` elements whose types start `x-enmienda-`,
/// which other tools pass over. Export → import gives back the same entries.
///
/// Any other TBX file imports too: its concepts with a deprecated Spanish term and a term
/// to use instead become entries, the others are listed in ``Import/skipped``.
public enum GlossaryTBX {
    /// The two generations of the format.
    public enum Version: String, Sendable, CaseIterable {
        /// ISO 30042:2019, TBX-Basic dialect, `<tbx>` root in the `urn:iso:std:iso:30042:ed-2` namespace.
        case basic = "tbx"
        /// ISO 30042:2008, TBX-Basic's `<martif>` form without a namespace.
        case martif
    }

    /// The namespace of ISO 30042:2019 TBX documents.
    public static let namespace = "urn:iso:std:iso:30042:ed-2"

    /// What ``entries(from:path:)`` read.
    public struct Import: Sendable {
        /// The entries, in the file's order.
        public var entries: [GlossaryEntry]
        /// The title in the file's header, if it has one.
        public var title: String?
        /// Concepts that could not become entries, with the reason, at their location.
        public var skipped: [Diagnostic]
    }

    // MARK: - Writing

    /// The glossary as a TBX document of `version`.
    ///
    /// - Precondition: The glossary has at least one entry (TBX requires a concept).
    public static func text(of glossary: Glossary, version: Version = .basic) -> String {
        let names = ElementNames(version)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let description =
            "Known mistranslations of English in Spanish, exported by Enmienda: deprecated Spanish terms are "
            + "the wrong renderings, preferred and admitted ones the corrections."
        let title = glossary.title.map {
            "      <titleStmt>\n        <title>\(XMLEscaping.content($0))</title>\n      </titleStmt>\n"
        }
        switch version {
        case .basic:
            xml += "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"\(namespace)\">\n"
            xml += "  <tbxHeader>\n    <fileDesc>\n" + (title ?? "")
            xml += "      <sourceDesc>\n        <p>\(description)</p>\n"
            xml += "      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n"
        case .martif:
            xml += "<!DOCTYPE martif SYSTEM \"TBXBasiccoreStructV02.dtd\">\n"
            xml += "<martif type=\"TBX-Basic\" xml:lang=\"en\">\n"
            xml += "  <martifHeader>\n    <fileDesc>\n" + (title ?? "")
            xml += "      <sourceDesc>\n        <p>\(description)</p>\n"
            xml += "      </sourceDesc>\n    </fileDesc>\n"
            xml += "    <encodingDesc>\n      <p type=\"XCSURI\">TBXBasicXCSV02.xcs</p>\n    </encodingDesc>\n"
            xml += "  </martifHeader>\n"
        }
        xml += "  <text>\n    <body>\n"
        for entry in glossary.entries { xml += concept(entry, names: names) }
        return xml + "    </body>\n  </text>\n</\(names.root)>\n"
    }

    private static func concept(_ entry: GlossaryEntry, names: ElementNames) -> String {
        let id = identifier(entry.id)
        var xml = "      <\(names.concept) id=\"\(XMLEscaping.attribute(id))\">\n"
        let indent = "        "
        func element(_ name: String, type: String, _ text: String, indent: String = indent) {
            xml += "\(indent)<\(name) type=\"\(type)\">\(XMLEscaping.content(text))</\(name)>\n"
        }
        element("descrip", type: "subjectField", entry.category.rawValue)
        element("admin", type: Setting.severity, entry.severity.rawValue)
        if entry.inflection != [.number] {
            let names = Inflection.allCases.filter(entry.inflection.contains).map(\.rawValue)
            element("admin", type: Setting.inflect, names.isEmpty ? "none" : names.joined(separator: " "))
        }
        if entry.isCaseSensitive { element("admin", type: Setting.caseSensitive, "sensitive") }
        if entry.isAccentSensitive { element("admin", type: Setting.accentSensitive, "sensitive") }
        if entry.needsSource { element("admin", type: Setting.needsSource, "true") }
        for rule in entry.context {
            xml += "\(indent)<descripGrp>\n"
            element(
                "descrip", type: Setting.prefix + rule.kind.rawValue, rule.phrases.joined(separator: "|"),
                indent: indent + "  ")
            if rule.before > 0 {
                element("descripNote", type: Setting.before, String(rule.before), indent: indent + "  ")
            }
            if rule.after > 0 { element("descripNote", type: Setting.after, String(rule.after), indent: indent + "  ") }
            xml += "\(indent)</descripGrp>\n"
        }
        for exception in entry.exceptions { element("descrip", type: Setting.exception, exception) }
        for example in entry.examples { xml += self.example(example, indent: indent) }
        for key in entry.extensionAttributes.keys.sorted() {
            xml += "\(indent)<adminGrp>\n"
            element("admin", type: Setting.attribute, key, indent: indent + "  ")
            element("adminNote", type: Setting.value, entry.extensionAttributes[key] ?? "", indent: indent + "  ")
            xml += "\(indent)</adminGrp>\n"
        }
        for raw in entry.extensions { element("admin", type: Setting.extensionElement, raw) }
        if let note = entry.note { xml += "\(indent)<note>\(XMLEscaping.content(note))</note>\n" }

        xml += "\(indent)<\(names.language) xml:lang=\"en\">\n"
        for source in entry.sources { xml += term(source, status: nil, names: names) }
        xml += "\(indent)</\(names.language)>\n"
        xml += "\(indent)<\(names.language) xml:lang=\"es\">\n"
        for (index, suggestion) in entry.suggestions.enumerated() {
            xml += term(suggestion, status: index == 0 ? .preferred : .admitted, names: names)
        }
        for wrong in entry.wrongForms { xml += term(wrong, status: .deprecated, names: names) }
        for (formIndex, form) in entry.forms.enumerated() {
            let targets = form.suggestions.indices.map { "\(id).f\(formIndex + 1).s\($0 + 1)" }
            // Readers that only know TBX-Basic want a preferred term in every concept.
            for (index, (suggestion, target)) in zip(form.suggestions, targets).enumerated() {
                let preferred = entry.suggestions.isEmpty && formIndex == 0 && index == 0
                xml += term(suggestion, status: preferred ? .preferred : .admitted, id: target, names: names)
            }
            for wrong in form.wrongForms {
                xml += term(
                    wrong, status: .deprecated, references: Array(zip(targets, form.suggestions)), names: names)
            }
        }
        xml += "\(indent)</\(names.language)>\n"
        return xml + "      </\(names.concept)>\n"
    }

    private static func term(
        _ text: String, status: Status?, id: String? = nil, references: [(target: String, text: String)] = [],
        names: ElementNames
    ) -> String {
        let indent = "            "
        var xml = "          <\(names.term)\(id.map { " id=\"\(XMLEscaping.attribute($0))\"" } ?? "")>\n"
        xml += "\(indent)<term>\(XMLEscaping.content(text))</term>\n"
        if let status {
            xml += "\(indent)<termNote type=\"administrativeStatus\">\(status.rawValue)</termNote>\n"
        }
        for reference in references {
            xml += "\(indent)<ref type=\"crossReference\" target=\"\(XMLEscaping.attribute(reference.target))\">"
            xml += "\(XMLEscaping.content(reference.text))</ref>\n"
        }
        return xml + "          </\(names.term)>\n"
    }

    private static func example(_ example: GlossaryExample, indent: String) -> String {
        var text = XMLEscaping.content(example.text)
        if let range = example.markedRange {
            let bytes = Array(example.text.utf8)
            text =
                XMLEscaping.content(String(decoding: bytes[..<range.lowerBound], as: UTF8.self))
                + "<hi type=\"bold\">" + XMLEscaping.content(String(decoding: bytes[range], as: UTF8.self)) + "</hi>"
                + XMLEscaping.content(String(decoding: bytes[range.upperBound...], as: UTF8.self))
        }
        var xml = "\(indent)<descripGrp>\n\(indent)  <descrip type=\"context\">\(text)</descrip>\n"
        func note(_ type: String, _ value: String) {
            xml += "\(indent)  <descripNote type=\"\(type)\">\(XMLEscaping.content(value))</descripNote>\n"
        }
        if let corrected = example.corrected { note(Setting.corrected, corrected) }
        if let suggestions = example.expectedSuggestions {
            note(Setting.suggestions, suggestions.joined(separator: "|"))
        }
        if let source = example.source { note(Setting.source, source) }
        return xml + "\(indent)</descripGrp>\n"
    }

    /// Entry ids may start with a digit (`12000-tropas`), which an XML ID may not: those
    /// get a leading underscore, which no entry id has.
    private static func identifier(_ id: String) -> String {
        id.first?.isNumber == true ? "_" + id : id
    }

    // MARK: - Reading

    /// The entries of a TBX document of either version, in any dialect.
    ///
    /// - Throws: ``InputError`` at `path:line:column` for malformed XML, a document whose
    ///   root is neither `tbx` nor `martif`, or an `x-enmienda-` value Enmienda cannot read.
    public static func entries(from bytes: [UInt8], path: String) throws(InputError) -> Import {
        let root = try SecureXMLReader.read(bytes, path: path, allowsExternalDocumentType: true)
        guard root.localName == "tbx" || root.localName == "martif" else {
            throw InputError(
                root.location, "not a TBX file: the root element is <\(root.localName)>, not <tbx> or <martif>")
        }
        let concepts = root.elements.filter { $0.localName == "text" }.flatMap(\.elements)
            .filter { $0.localName == "body" }.flatMap(\.elements)
            .filter { $0.localName == "conceptEntry" || $0.localName == "termEntry" }
        let title = root.elements.first { $0.localName == "tbxHeader" || $0.localName == "martifHeader" }?
            .elements.first { $0.localName == "fileDesc" }?.elements.first { $0.localName == "titleStmt" }?
            .elements.first { $0.localName == "title" }?.text.trimmed
        var result = Import(entries: [], title: title, skipped: [])
        var taken = Set<String>()
        for concept in concepts {
            switch try entry(from: concept) {
            case .success(var entry):
                if taken.contains(entry.id) {
                    var number = 2
                    while taken.contains("\(entry.id)-\(number)") { number += 1 }
                    entry.id = "\(entry.id)-\(number)"
                }
                taken.insert(entry.id)
                result.entries.append(entry)
            case .failure(let skipped):
                result.skipped.append(skipped.diagnostic)
            }
        }
        return result
    }

    private struct Skipped: Error {
        var diagnostic: Diagnostic
    }

    private struct SpanishTerm {
        var text: String
        var status: Status?
        var id: String?
        var references: [String]
    }

    private static func entry(from concept: ParsedElement) throws(InputError) -> Result<GlossaryEntry, Skipped> {
        let conceptID = concept.attributes["id"]
        var sources: [String] = []
        var spanish: [SpanishTerm] = []
        var category: IssueCategory?
        var entry = GlossaryEntry(
            id: "", sources: [], wrongForms: [], suggestions: [], category: .mistranslation, severity: .minor,
            location: concept.location)
        var notes: [String] = []
        for element in concept.elements {
            let type = element.attributes["type"] ?? ""
            let value = element.text
            switch (element.localName, type) {
            case ("descrip", "subjectField"): category = IssueCategory(rawValue: value.trimmed)
            case ("admin", Setting.severity):
                guard let severity = Severity(rawValue: value.trimmed) else {
                    throw InputError(element.location, "unknown severity '\(value.trimmed)'")
                }
                entry.severity = severity
            case ("admin", Setting.inflect):
                let words = value.split(separator: " ").map(String.init)
                guard words == ["none"] || words.allSatisfy({ Inflection(rawValue: $0) != nil }) else {
                    throw InputError(element.location, "inflect is number, gender, number gender or none")
                }
                entry.inflection = Set(words.compactMap(Inflection.init(rawValue:)))
            case ("admin", Setting.caseSensitive): entry.isCaseSensitive = value.trimmed == "sensitive"
            case ("admin", Setting.accentSensitive): entry.isAccentSensitive = value.trimmed == "sensitive"
            case ("admin", Setting.needsSource): entry.needsSource = value.trimmed == "true"
            case ("admin", Setting.extensionElement): entry.extensions.append(value)
            case ("descrip", Setting.exception): entry.exceptions.append(value)
            case ("adminGrp", _): try attribute(from: element, into: &entry)
            case ("descripGrp", _):
                if let example = try example(from: element) {
                    entry.examples.append(example)
                } else if let rule = try contextRule(from: element) {
                    entry.context.append(rule)
                }
            case ("note", _): notes.append(value)
            case ("langSec", _), ("langSet", _):
                let language = (element.qualifiedAttributes["{http://www.w3.org/XML/1998/namespace}lang"] ?? "")
                    .lowercased()
                let terms = element.elements.filter { $0.localName == "termSec" || $0.localName == "tig" }
                if language == "en" || language.hasPrefix("en-") {
                    sources += terms.compactMap { $0.elements.first { $0.localName == "term" }?.text.trimmed }
                } else if language == "es" || language.hasPrefix("es-") {
                    spanish += terms.compactMap(spanishTerm(from:))
                }
            default: break
            }
        }
        entry.note = notes.isEmpty ? nil : notes.joined(separator: "\n")
        entry.category = category ?? .mistranslation

        // Admitted terms a deprecated term points at are the suggestions of its form.
        let referenced = Set(spanish.filter { $0.status == .deprecated }.flatMap(\.references))
        let byID = Dictionary(
            spanish.compactMap { term in term.id.map { ($0, term.text) } }, uniquingKeysWith: { first, _ in first })
        let own = spanish.filter { term in term.status != .deprecated && !(term.id.map(referenced.contains) ?? false) }
        entry.suggestions =
            own.filter { $0.status == .preferred }.map(\.text) + own.filter { $0.status != .preferred }.map(\.text)
        // Deprecated terms that point at the same terms make one form.
        var formReferences: [String] = []
        for term in spanish where term.status == .deprecated {
            let references = term.references.filter { byID[$0] != nil }
            if references.isEmpty {
                entry.wrongForms.append(term.text)
            } else if !entry.forms.isEmpty && formReferences == references {
                entry.forms[entry.forms.count - 1].wrongForms.append(term.text)
            } else {
                entry.forms.append(
                    GlossaryForm(wrongForms: [term.text], suggestions: references.compactMap { byID[$0] }))
                formReferences = references
            }
        }
        let name = conceptID.map { "concept '\($0)'" } ?? "a concept without an id"
        guard !entry.wrongForms.isEmpty || !entry.forms.isEmpty else {
            return .failure(
                Skipped(
                    diagnostic: Diagnostic(
                        location: concept.location, message: "\(name) has no deprecated Spanish term: nothing to flag"))
            )
        }
        guard entry.wrongForms.isEmpty || !entry.suggestions.isEmpty else {
            return .failure(
                Skipped(
                    diagnostic: Diagnostic(
                        location: concept.location,
                        message: "\(name) has no preferred or admitted Spanish term to suggest")))
        }
        entry.sources = sources.isEmpty ? [entry.wrongForms.first ?? entry.forms[0].wrongForms[0]] : sources
        if let conceptID, conceptID.hasPrefix("_"), conceptID.dropFirst().first?.isNumber == true {
            entry.id = String(conceptID.dropFirst())
        } else if let conceptID, GlossaryEntry.isValidID(conceptID) {
            entry.id = conceptID
        } else {
            entry.id = GlossaryEntry.slug(entry.sources[0])
        }
        return .success(entry)
    }

    private static func spanishTerm(from element: ParsedElement) -> SpanishTerm? {
        guard let text = element.elements.first(where: { $0.localName == "term" })?.text.trimmed, !text.isEmpty
        else { return nil }
        var status: Status?
        var references: [String] = []
        for child in element.elements {
            if child.localName == "termNote",
                ["administrativeStatus", "normativeAuthorization"].contains(child.attributes["type"] ?? "")
            {
                status = Status(reading: child.text.trimmed)
            } else if child.localName == "administrativeStatus" {  // DCT style
                status = Status(reading: child.text.trimmed)
            } else if child.localName == "ref", child.attributes["type"] == "crossReference",
                let target = child.attributes["target"]
            {
                references.append(target)
            }
        }
        return SpanishTerm(text: text, status: status, id: element.attributes["id"], references: references)
    }

    private static func attribute(from group: ParsedElement, into entry: inout GlossaryEntry) throws(InputError) {
        guard let name = group.elements.first(where: { $0.attributes["type"] == Setting.attribute })?.text else {
            return
        }
        guard name.hasPrefix("{"), name.contains("}") else {
            throw InputError(group.location, "an extension attribute is named {namespace}name, not '\(name)'")
        }
        entry.extensionAttributes[name] = group.elements.first { $0.attributes["type"] == Setting.value }?.text ?? ""
    }

    private static func example(from group: ParsedElement) throws(InputError) -> GlossaryExample? {
        guard let context = group.elements.first(where: { $0.localName == "descrip" }),
            context.attributes["type"] == "context"
        else { return nil }
        var text = ""
        var marked: Range<Int>?
        for child in context.children {
            switch child {
            case .text(let piece): text += piece
            case .element(let element):
                let start = text.utf8.count
                text += element.text
                if element.localName == "hi", marked == nil { marked = start..<text.utf8.count }
            }
        }
        func note(_ type: String) -> String? {
            group.elements.first { $0.localName == "descripNote" && $0.attributes["type"] == type }?.text
        }
        let corrected = note(Setting.corrected)
        return GlossaryExample(
            text: text, corrected: corrected, location: context.location,
            markedRange: corrected == nil ? nil : marked,
            expectedSuggestions: note(Setting.suggestions).map { $0.split(separator: "|").map(String.init) },
            source: note(Setting.source))
    }

    private static func contextRule(from group: ParsedElement) throws(InputError) -> ContextRule? {
        guard let descrip = group.elements.first(where: { $0.localName == "descrip" }),
            let type = descrip.attributes["type"], type.hasPrefix(Setting.prefix),
            let kind = ContextRule.Kind(rawValue: String(type.dropFirst(Setting.prefix.count)))
        else { return nil }
        func window(_ type: String) throws(InputError) -> Int {
            guard let note = group.elements.first(where: { $0.attributes["type"] == type }) else { return 0 }
            guard let words = Int(note.text.trimmed), words >= 0 else {
                throw InputError(note.location, "\(type) is a number of words, not '\(note.text)'")
            }
            return words
        }
        return ContextRule(
            kind: kind, before: try window(Setting.before), after: try window(Setting.after),
            phrases: descrip.text.split(separator: "|").map(String.init))
    }

    // MARK: - Vocabulary

    /// TBX's administrative statuses, as Enmienda reads them.
    private enum Status: String {
        case preferred = "preferredTerm-admn-sts"
        case admitted = "admittedTerm-admn-sts"
        case deprecated = "deprecatedTerm-admn-sts"

        /// Superseded terms are wrong too; the other statuses (legal, regulated, standardized)
        /// and TBX 2's normative authorizations name terms to use.
        init?(reading value: String) {
            switch value {
            case "preferredTerm-admn-sts", "preferredTerm", "preferred": self = .preferred
            case "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "deprecatedTerm", "supersededTerm",
                "deprecated", "superseded", "notRecommended":
                self = .deprecated
            case "": return nil
            default: self = .admitted
            }
        }
    }

    /// The `type` values of what only Enmienda reads.
    private enum Setting {
        static let prefix = "x-enmienda-"
        static let severity = prefix + "severity"
        static let inflect = prefix + "inflect"
        static let caseSensitive = prefix + "case"
        static let accentSensitive = prefix + "accents"
        static let needsSource = prefix + "needs-source"
        static let exception = prefix + "exception"
        static let before = prefix + "before"
        static let after = prefix + "after"
        static let attribute = prefix + "attribute"
        static let value = prefix + "value"
        static let extensionElement = prefix + "extension"
        static let corrected = prefix + "corrected"
        static let suggestions = prefix + "suggestions"
        static let source = prefix + "source"
    }

    private struct ElementNames {
        var root, concept, language, term: String

        init(_ version: Version) {
            switch version {
            case .basic: (root, concept, language, term) = ("tbx", "conceptEntry", "langSec", "termSec")
            case .martif: (root, concept, language, term) = ("martif", "termEntry", "langSet", "tig")
            }
        }
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
