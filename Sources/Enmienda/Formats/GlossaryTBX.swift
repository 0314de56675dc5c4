import Foundation

/// Glossaries as TermBase eXchange files, the terminology format of memoQ, Trados
/// MultiTerm, Xbench and Okapi: TBX-Basic as ISO 30042:2019 writes it (`<tbx>`,
/// `conceptEntry`/`langSec`/`termSec`, DCA style), or the older TBX 2 (`<martif>`,
/// `termEntry`/`langSet`/`tig`) that many tools still read.
///
/// Each entry is one concept. The English sources are the terms of its `en` section; in its
/// `es` section the suggestions are terms whose `administrativeStatus` is
/// `preferredTerm-admn-sts` (best first), the approved renderings of a key term
/// (``GlossaryEntry/approvedRenderings``) `admittedTerm-admn-sts` terms, and the wrong forms
/// `deprecatedTerm-admn-sts` terms. A hand-written `<form>` is a deprecated term whose
/// `crossReference` points at its own admitted suggestions. The category is the
/// concept's `subjectField`, the note its `<note>`, the examples `context` descriptions.
/// What TBX has no data category for (severity, inflection, case, accents, the English
/// source requirement, context rules, exceptions, and the elements and attributes of other
/// namespaces) travels in `admin` and `descrip` elements whose types start `x-enmienda-`,
/// which other tools pass over. Export → import gives back the same entries.
///
/// Any other TBX file imports too: its concepts with a deprecated Spanish term and a term
/// to use instead become entries (a Spanish term without a status is a suggestion, and so
/// are admitted terms where the concept has deprecated terms but no preferred or unmarked
/// one), a concept with admitted Spanish terms and no deprecated one becomes a key term
/// with nothing to flag, and the others are listed in ``Import/skipped``.
public enum GlossaryTBX {
    /// The two generations of the format.
    public enum Version: String, Sendable, CaseIterable {
        /// ISO 30042:2019, TBX-Basic dialect, `<tbx>` root in the `urn:iso:std:iso:30042:ed-2` namespace.
        case basic = "tbx"
        /// ISO 30042:2008, TBX-Basic's `<martif>` form without a namespace.
        case martif
    }

    /// What a document may carry beyond the terms.
    public enum Dialect: String, Sendable, CaseIterable {
        /// TBX-Basic's own data categories only, each at a level TBX-Basic allows it: the
        /// subject field and note of the concept; the terms, their administrative status
        /// and cross-references. What else an entry holds is left out
        /// (``leftOutOfBasic(_:)`` names it).
        case basic = "TBX-Basic"
        /// TBX-Basic's data categories and, in `admin` and `descrip` elements whose types
        /// start `x-enmienda-`, everything else an entry holds, so that import gives back
        /// the same entries. The root declares the dialect `TBX-Enmienda` (ISO 30042:2019
        /// version; the `martif` version keeps TBX 2's `TBX-Basic` declaration).
        case enmienda = "TBX-Enmienda"
    }

    /// What the TBX-Basic dialect leaves out of `glossary`: for each kind of data it has no
    /// data category for (severity, inflection and the other settings, context rules,
    /// exceptions, examples, extension markup), how many entries have it, as
    /// `"context rules (12 entries)"`, in a fixed order; empty if nothing is lost.
    public static func leftOutOfBasic(_ glossary: Glossary) -> [String] {
        var counts: [(String, Int)] = Setting.fields.map { field in
            (field.name, glossary.entries.count { !field.canBeOmitted(from: $0) })
        }
        counts += DroppedData.counts(in: glossary)
        return counts.filter { $0.1 > 0 }.map { "\($0.0) (\($0.1) \($0.1 == 1 ? "entry" : "entries"))" }
    }

    /// The namespace of ISO 30042:2019 TBX documents.
    public static let namespace = "urn:iso:std:iso:30042:ed-2"

    /// Whether `bytes` is an XML document whose root element is `tbx` (TBX-Min writes
    /// `TBX`) or `martif` (with any prefix), judged from its first start tag without
    /// parsing it.
    public static func isTBX(_ bytes: [UInt8]) -> Bool {
        guard let name = XMLRootName.of(bytes) else { return false }
        let local = name.split(separator: ":").last.map(String.init) ?? name
        return local.lowercased() == "tbx" || local == "martif"
    }

    /// A glossary made of the concepts of a TBX file that have a deprecated Spanish term and
    /// a term to use instead (a client's termbase used as it is, without an import).
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` for a file that is no
    ///   TBX, or that has no such concept.
    public static func glossary(from bytes: [UInt8], path: String) throws(InputError) -> Glossary {
        let imported = try entries(from: bytes, path: path)
        guard !imported.entries.isEmpty else {
            throw InputError(
                SourceLocation(path: path, line: 1, column: 1),
                "no concept of this TBX file has a deprecated Spanish term and a term to use instead", kind: .glossary)
        }
        return try Glossary(entries: imported.entries, title: imported.title)
    }

    /// What ``entries(from:path:)`` read.
    public struct Import: Sendable {
        /// The entries, in the file's order.
        public var entries: [GlossaryEntry]
        /// The title in the file's header, if it has one.
        public var title: String?
        /// Concepts that could not become entries, with the reason, at their location.
        public var skipped: [Diagnostic]
        /// Whether a concept without `x-enmienda-` data gave a category and a note.
        typealias GivenFields = (category: Bool, note: Bool)
        /// The entries whose concepts carry no `x-enmienda-` data (as a terminology tool
        /// writes them), by id.
        var terminologyOnly: [String: GivenFields] = [:]

        /// What an update writes where the glossary already has `existing`: `imported`
        /// itself, or, if its concept came without Enmienda's data (a file that went
        /// through a terminology tool that drops it), `existing` with the imported terms,
        /// and category and note where the concept has them: severity, matching options,
        /// context rules, exceptions and examples are not in such a file, so they stay.
        public func updating(_ existing: GlossaryEntry, with imported: GlossaryEntry) -> GlossaryEntry {
            guard let given = terminologyOnly[imported.id] else { return imported }
            var entry = existing
            entry.sources = imported.sources
            entry.wrongForms = imported.wrongForms
            entry.suggestions = imported.suggestions
            entry.approvedRenderings = imported.approvedRenderings
            entry.forms = imported.forms
            if given.category { entry.category = imported.category }
            if given.note { entry.note = imported.note }
            return entry
        }
    }

    // MARK: - Writing

    /// The glossary as a TBX document of `version` in `dialect`.
    ///
    /// - Precondition: The glossary has at least one entry (TBX requires a concept).
    public static func text(of glossary: Glossary, version: Version = .basic, dialect: Dialect = .enmienda) -> String {
        var names = ElementNames(version)
        names.carriesAll = dialect == .enmienda
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let description =
            "Known mistranslations of English in Spanish, exported by Enmienda: deprecated Spanish terms are "
            + "the wrong renderings, preferred ones the corrections, admitted ones the other approved renderings."
        let title = glossary.title.map {
            "      <titleStmt>\n        <title>\(XMLEscaping.content($0))</title>\n      </titleStmt>\n"
        }
        switch version {
        case .basic:
            xml += "<tbx type=\"\(dialect.rawValue)\" style=\"dca\" xml:lang=\"en\" xmlns=\"\(namespace)\">\n"
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
        element("descrip", type: "subjectField", EntryField.category.value(in: entry) ?? "")
        for field in Setting.fields where names.carriesAll && !field.canBeOmitted(from: entry) {
            element("admin", type: Setting.type(of: field), field.value(in: entry) ?? "")
        }
        for rule in entry.context where names.carriesAll {
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
        for exception in entry.exceptions where names.carriesAll {
            element("descrip", type: Setting.exception, exception)
        }
        for example in entry.examples where names.carriesAll { xml += self.example(example, indent: indent) }
        for key in entry.extensionAttributes.keys.sorted() where names.carriesAll {
            xml += "\(indent)<adminGrp>\n"
            element("admin", type: Setting.attribute, key, indent: indent + "  ")
            element("adminNote", type: Setting.value, entry.extensionAttributes[key] ?? "", indent: indent + "  ")
            xml += "\(indent)</adminGrp>\n"
        }
        for raw in entry.extensions where names.carriesAll { element("admin", type: Setting.extensionElement, raw) }
        if let note = entry.note { xml += "\(indent)<note>\(XMLEscaping.content(note))</note>\n" }

        xml += "\(indent)<\(names.language) xml:lang=\"en\">\n"
        for source in entry.sources { xml += term(source, status: nil, names: names) }
        xml += "\(indent)</\(names.language)>\n"
        xml += "\(indent)<\(names.language) xml:lang=\"es\">\n"
        // Every suggestion is preferred (best first): admitted terms are the approved renderings.
        for suggestion in entry.suggestions { xml += term(suggestion, status: .preferred, names: names) }
        for approved in entry.approvedRenderings { xml += term(approved, status: .admitted, names: names) }
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
        let text = XMLEscaping.content(
            example.text, marking: example.markedRange, open: "<hi type=\"bold\">", close: "</hi>")
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

    // MARK: - Vocabulary

    /// TBX's administrative statuses, as Enmienda reads them.
    enum Status: String {
        case preferred = "preferredTerm-admn-sts"
        case admitted = "admittedTerm-admn-sts"
        case deprecated = "deprecatedTerm-admn-sts"
        /// A value that is no status Enmienda knows (a typo such as `deprecatedTerm-admin-sts`,
        /// or a tool's own word): the concept is left out with a warning rather than guess
        /// whether the term is to use or to avoid.
        case unknown = "x-unknown"

        /// Every status that means “do not use” is wrong: TBX's deprecated and superseded
        /// terms (`deprecatedTerm-admn-sts`, `supersededTerm-admn-sts`, TBX 2's normative
        /// authorizations `deprecatedTerm`, `supersededTerm`), the shorthands other tools
        /// write (`deprecated`, `superseded`; Weblate's `forbidden` and `obsolete`), and
        /// TBX-Min's `notRecommended`. TBX's other statuses (admitted, legal, regulated,
        /// standardized) and `approved` and `recommended` name terms to use; any other value
        /// is ``unknown``. Case and a `-admn-sts` suffix do not count.
        init?(reading value: String) {
            var name = value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if name.hasSuffix("-admn-sts") { name.removeLast("-admn-sts".count) }
            if name.hasSuffix("term") { name.removeLast("term".count) }
            switch name {
            case "preferred": self = .preferred
            case "deprecated", "superseded", "forbidden", "obsolete", "notrecommended", "not recommended",
                "do not use", "donotuse", "rejected":
                self = .deprecated
            case "": return nil
            case "admitted", "legal", "regulated", "standardized", "approved", "recommended": self = .admitted
            default: self = .unknown
            }
        }
    }

    /// Whether `code` (`es`, `ES`, `es-ES`, `es_MX`, `spa`) names `language` (`es` or
    /// `en`, with their ISO 639-2 codes `spa` and `eng`), in any case and region.
    static func code(_ code: String, names language: String) -> Bool {
        let primary = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        switch language {
        case "es": return primary == "es" || primary == "spa"
        case "en": return primary == "en" || primary == "eng"
        default: return primary == language
        }
    }

    /// The `type` values of what only Enmienda reads.
    enum Setting {
        static let prefix = "x-enmienda-"
        /// The settings of an entry that TBX has no data category for: all but the
        /// category, which is the concept's `subjectField`. Each is an `admin` element of
        /// the type ``type(of:)``, left out at its default.
        static let fields = EntryField.all.filter { $0.isSetting && $0 != .category }
        /// The `type` of a setting's `admin` element: `x-enmienda-` and the field's name.
        static func type(of field: EntryField) -> String { prefix + field.name }
        /// The setting whose `admin` element has the type `type`, if any.
        static func field(ofType type: String) -> EntryField? { fieldsByType[type] }
        private static let fieldsByType = Dictionary(uniqueKeysWithValues: fields.map { (type(of: $0), $0) })
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
        /// Whether Enmienda's own data is written too (``Dialect/enmienda``).
        var carriesAll = true

        init(_ version: Version) {
            switch version {
            case .basic: (root, concept, language, term) = ("tbx", "conceptEntry", "langSec", "termSec")
            case .martif: (root, concept, language, term) = ("martif", "termEntry", "langSet", "tig")
            }
        }
    }
}
