import Foundation

/// Reading TBX files of either version into entries.
extension GlossaryTBX {

    /// The entries of a TBX document of either version, in any dialect.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` at `path:line:column`
    ///   for malformed XML, a document whose root is neither `tbx` nor `martif`, or an
    ///   `x-enmienda-` value Enmienda cannot read.
    public static func entries(from bytes: [UInt8], path: String) throws(InputError) -> Import {
        try InputError.classifying(as: .glossary) { () throws(InputError) in try read(bytes, path: path) }
    }

    private static func read(_ bytes: [UInt8], path: String) throws(InputError) -> Import {
        let root = try SecureXMLReader.read(bytes, path: path, allowsExternalDocumentType: true)
        guard root.localName.lowercased() == "tbx" || root.localName == "martif" else {
            throw InputError(
                root.location, "not a TBX file: the root element is <\(root.localName)>, not <tbx> or <martif>")
        }
        // TBX-Min has its body under the root, the others under <text>.
        let concepts = (root.elements.filter { $0.localName == "text" }.flatMap(\.elements) + root.elements)
            .filter { $0.localName == "body" }.flatMap(\.elements)
            .filter { $0.localName == "conceptEntry" || $0.localName == "termEntry" }
        let header = root.elements.first {
            $0.localName == "tbxHeader" || $0.localName == "martifHeader" || $0.localName == "header"
        }
        let title =
            header?.elements.first { $0.localName == "fileDesc" }?.elements.first { $0.localName == "titleStmt" }?
            .elements.first { $0.localName == "title" }?.text.trimmed
            ?? header?.elements.first { $0.localName == "description" }?.text.trimmed
        var result = Import(entries: [], title: title, skipped: [])
        var taken = Set<String>()
        for concept in concepts {
            switch try entry(from: concept) {
            case .success(let (found, terminologyOnly)):
                var entry = found
                if taken.contains(entry.id) {
                    var number = 2
                    while taken.contains("\(entry.id)-\(number)") { number += 1 }
                    entry.id = "\(entry.id)-\(number)"
                }
                taken.insert(entry.id)
                result.entries.append(entry)
                if let terminologyOnly { result.terminologyOnly[entry.id] = terminologyOnly }
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
        /// The status as written, for a message about an ``Status/unknown`` one.
        var statusText = ""
        var id: String?
        var references: [String]
    }

    /// The entry a concept makes, with, for a concept without `x-enmienda-` data, whether
    /// it gave a category and a note.
    private static func entry(from concept: ParsedElement) throws(InputError) -> Result<
        (GlossaryEntry, Import.GivenFields?), Skipped
    > {
        let conceptID = concept.attributes["id"]
        var sources: [String] = []
        var spanish: [SpanishTerm] = []
        var givesCategory = false
        var entry = GlossaryEntry(id: "", location: concept.location)
        var notes: [String] = []
        var hasEnmiendaData = false
        for element in concept.elements {
            let type = element.attributes["type"] ?? ""
            if type.hasPrefix(Setting.prefix)
                || element.elements.contains(where: {
                    $0.attributes["type"]?.hasPrefix(Setting.prefix) == true
                })
            {
                hasEnmiendaData = true
            }
            let value = element.text
            if element.localName == "admin", let field = Setting.field(ofType: type) {
                // Settings are read trimmed, except that inflect's words are read as written.
                try field.assign(importing: field == .inflect ? value : value.trimmed, to: &entry, at: element.location)
                continue
            }
            switch (element.localName, type) {
            case ("descrip", "subjectField"):
                // A subject field that is no category (another tool's) leaves the default.
                givesCategory = EntryField.category.assign(value.trimmed, to: &entry)
                if !givesCategory { EntryField.category.reset(&entry) }
            case ("admin", Setting.extensionElement): entry.extensions.append(value)
            case ("descrip", Setting.exception): entry.exceptions.append(value)
            case ("adminGrp", _): try attribute(from: element, into: &entry)
            case ("descripGrp", _):
                if let example = example(from: element) {
                    entry.examples.append(example)
                } else if let rule = try contextRule(from: element) {
                    entry.context.append(rule)
                }
            case ("note", _): notes.append(value)
            case ("langSec", _), ("langSet", _), ("langGroup", _):
                let language = element.qualifiedAttributes["{http://www.w3.org/XML/1998/namespace}lang"] ?? ""
                let terms = element.elements.filter { termElements.contains($0.localName) }
                if code(language, names: "en") {
                    sources += terms.compactMap { termText(of: $0) }.filter { !$0.isEmpty }
                } else if code(language, names: "es") {
                    spanish += terms.compactMap(spanishTerm(from:))
                }
            default: break
            }
        }
        entry.note = notes.isEmpty ? nil : notes.joined(separator: "\n")
        if let odd = spanish.first(where: { $0.status == .unknown }) {
            let name = conceptID.map { "concept '\($0)'" } ?? "the concept of '\(sources.first ?? odd.text)'"
            return .failure(
                Skipped(
                    diagnostic: Diagnostic(
                        location: concept.location,
                        message:
                            "\(name): the Spanish term '\(odd.text)' has the status '\(odd.statusText)', which is no administrative status Enmienda knows (preferred, admitted, deprecated, superseded, forbidden, obsolete, notRecommended…): it cannot tell whether the term is to use or to avoid"
                    )))
        }

        // Admitted terms a deprecated term points at are the suggestions of its form.
        let referenced = Set(spanish.filter { $0.status == .deprecated }.flatMap(\.references))
        let byID = Dictionary(
            spanish.compactMap { term in term.id.map { ($0, term.text) } }, uniquingKeysWith: { first, _ in first })
        let own = spanish.filter { term in term.status != .deprecated && !(term.id.map(referenced.contains) ?? false) }
        // Preferred terms first, then terms without a status; admitted ones are approved renderings.
        entry.suggestions =
            own.filter { $0.status == .preferred }.map(\.text) + own.filter { $0.status == nil }.map(\.text)
        entry.approvedRenderings = own.filter { $0.status == .admitted }.map(\.text)
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
        // Other tools may mark every term to use as admitted: with wrong forms to correct and
        // nothing else to suggest, admitted terms are the suggestions.
        if !entry.wrongForms.isEmpty && entry.suggestions.isEmpty {
            swap(&entry.suggestions, &entry.approvedRenderings)
        }
        let name =
            conceptID.map { "concept '\($0)'" } ?? sources.first.map { "the concept of '\($0)'" }
            ?? "a concept without an id"
        guard !entry.wrongForms.isEmpty || !entry.forms.isEmpty || entry.isKeyTerm else {
            return .failure(
                Skipped(
                    diagnostic: Diagnostic(
                        location: concept.location,
                        message: "\(name) has no deprecated or admitted Spanish term: nothing to flag")))
        }
        guard entry.wrongForms.isEmpty || !entry.suggestions.isEmpty else {
            return .failure(
                Skipped(
                    diagnostic: Diagnostic(
                        location: concept.location,
                        message: "\(name) has no preferred or admitted Spanish term to suggest")))
        }
        guard !sources.isEmpty || !entry.wrongForms.isEmpty || !entry.forms.isEmpty else {
            return .failure(
                Skipped(
                    diagnostic: Diagnostic(
                        location: concept.location, message: "\(name) has no English term: no key term to check")))
        }
        entry.sources =
            sources.isEmpty ? [entry.wrongForms.first ?? entry.forms.first?.wrongForms.first ?? ""] : sources
        if let conceptID, conceptID.hasPrefix("_"), conceptID.dropFirst().first?.isNumber == true {
            entry.id = String(conceptID.dropFirst())
        } else if let conceptID, GlossaryEntry.isValidID(conceptID) {
            entry.id = conceptID
        } else {
            entry.id = GlossaryEntry.slug(entry.sources[0])
        }
        return .success((entry, hasEnmiendaData ? nil : (category: givesCategory, note: !notes.isEmpty)))
    }

    /// The elements that hold one term: TBX-Basic's `termSec`, TBX 2's `tig` and `ntig`
    /// (its term and term notes in a `termGrp`), TBX-Min's `termGroup`.
    private static let termElements: Set<String> = ["termSec", "tig", "ntig", "termGroup"]

    /// The children of a term's element, with those of an `ntig`'s `termGrp`.
    private static func parts(of element: ParsedElement) -> [ParsedElement] {
        element.elements.flatMap { $0.localName == "termGrp" ? $0.elements : [$0] }
    }

    private static func termText(of element: ParsedElement) -> String? {
        parts(of: element).first { $0.localName == "term" }?.text.trimmed
    }

    private static func spanishTerm(from element: ParsedElement) -> SpanishTerm? {
        guard let text = termText(of: element), !text.isEmpty else { return nil }
        var status: Status?
        var statusText = ""
        var references: [String] = []
        for child in parts(of: element) {
            if child.localName == "termNote",
                ["administrativeStatus", "normativeAuthorization"].contains(child.attributes["type"] ?? "")
            {
                status = Status(reading: child.text.trimmed)
                statusText = child.text.trimmed
            } else if child.localName == "administrativeStatus" || child.localName == "termStatus" {
                // DCT style, and TBX-Min's termStatus
                status = Status(reading: child.text.trimmed)
                statusText = child.text.trimmed
            } else if child.localName == "ref", child.attributes["type"] == "crossReference",
                let target = child.attributes["target"]
            {
                references.append(target)
            }
        }
        return SpanishTerm(
            text: text, status: status, statusText: statusText, id: element.attributes["id"], references: references)
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

    private static func example(from group: ParsedElement) -> GlossaryExample? {
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
            return min(words, Int(Int32.max))
        }
        return ContextRule(
            kind: kind, before: try window(Setting.before), after: try window(Setting.after),
            phrases: descrip.text.split(separator: "|").map(String.init))
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
