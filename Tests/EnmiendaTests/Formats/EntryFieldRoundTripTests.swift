import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Every field of the table (``EntryField/all``) survives every format with a value other
/// than its default. A format that forgets a field, or a field added to the table but not
/// to a format, fails here.
@Suite struct EntryFieldRoundTripTests {
    /// The formats an entry is written in and read back from.
    enum Format: String, CaseIterable, CustomTestStringConvertible {
        case xml, csv, tsv, tbx, martif

        var testDescription: String { rawValue }
    }

    /// An entry with every optional field at its default.
    private static let base = GlossaryEntry(
        id: "war-effort", sources: ["war effort"], wrongForms: ["esfuerzo de guerra"],
        suggestions: ["esfuerzo bélico"], category: .terminology, severity: .major)

    /// `base` with `field` set to each value of it that `base` does not have: every other
    /// spelling of a setting, and one new value of anything else.
    private static func samples(of field: EntryField) -> [(values: [String], entry: GlossaryEntry)] {
        let values: [[String]]
        switch field.kind {
        case .identifier: values = [["otra-entrada"]]
        case .choice, .flag: values = field.spellings.filter { $0 != field.value(in: base) }.map { [$0] }
        case .text: values = [["Una nota, con “comillas”, | y \\ barra; y, comas."]]
        case .list: values = [field.values(in: base) + ["\(field.name) dos"]]
        }
        return values.map { values in
            var entry = base
            let assigned = field.isMultiValued ? field.assign(values, to: &entry) : field.assign(values[0], to: &entry)
            precondition(assigned, "\(field) takes \(values)")
            return (values, entry)
        }
    }

    private func roundTrip(_ entry: GlossaryEntry, through format: Format) throws -> GlossaryEntry {
        let glossary = try Glossary(entries: [entry])
        let entries: [GlossaryEntry]
        switch format {
        case .xml:
            entries = try Glossary(xml: Array(GlossaryXMLWriter().xml(for: glossary).utf8), path: "t.xml").entries
        case .csv, .tsv:
            let text = GlossaryCSV.text(of: glossary, separator: format == .csv ? "," : "\t")
            entries = try GlossaryCSV.entries(from: text, path: "t.csv")
        case .tbx, .martif:
            let text = GlossaryTBX.text(of: glossary, version: format == .tbx ? .basic : .martif)
            entries = try GlossaryTBX.entries(from: Array(text.utf8), path: "t.tbx").entries
        }
        return try #require(entries.first)
    }

    @Test(arguments: EntryField.all, Format.allCases)
    func everyFieldRoundTrips(_ field: EntryField, _ format: Format) throws {
        for sample in Self.samples(of: field) {
            #expect(field.isRequired || !field.hasDefaultValue(in: sample.entry), "\(sample.values) is no default")
            let back = try roundTrip(sample.entry, through: format)
            #expect(field.values(in: back) == field.values(in: sample.entry), "\(sample.values)")
            #expect(GlossaryXMLWriter().xml(for: back) == GlossaryXMLWriter().xml(for: sample.entry))
        }
    }

    @Test(arguments: EntryField.all.filter { $0.kind != .identifier })
    func setChangesEveryFieldButTheID(_ field: EntryField) throws {
        #expect(GlossaryEditor.settableFields.contains(field.name))
        let directory = try TemporaryDirectory()
        for sample in Self.samples(of: field) {
            let path = try directory.write(
                GlossaryXMLWriter().xml(for: try Glossary(entries: [Self.base])), to: "\(field).xml")
            try GlossaryEditor.set(Self.base.id, field: field.name, to: sample.values, in: path)
            let back = try #require(try Glossary(contentsOfFile: path).entry(withID: Self.base.id))
            let expected = GlossaryXMLWriter().xml(for: sample.entry)
            #expect(GlossaryXMLWriter().xml(for: back) == expected, "\(sample.values)")
        }
    }

    /// `import --update` from rows takes every field that has a column (the id is what
    /// finds the entry) and keeps what rows cannot carry.
    @Test(arguments: EntryField.all.filter { $0.kind != .identifier })
    func anUpdateFromRowsTakesEveryColumn(_ field: EntryField) throws {
        var existing = Self.base
        existing.exceptions = ["el esfuerzo de guerra de 1914"]
        for sample in Self.samples(of: field) {
            let rows = GlossaryCSV.text(of: try Glossary(entries: [sample.entry]))
            let incoming = try GlossaryInterchange.entries(from: Array(rows.utf8), path: "t.csv")
            let updated = incoming.updating(existing, with: try #require(incoming.entries.first))
            #expect(field.values(in: updated) == field.values(in: sample.entry), "\(sample.values)")
            #expect(updated.exceptions == existing.exceptions)
        }
    }

    @Test func everyFieldHasACSVColumn() {
        #expect(Set(GlossaryCSV.columns) == Set(EntryField.all.map(\.name)))
        #expect(GlossaryCSV.columns.count == EntryField.all.count)
    }

    /// The glossary schema names every field and allows exactly the table's spellings,
    /// with the table's defaults.
    @Test func theSchemaAgreesWithTheTable() throws {
        let schema = try SecureXMLReader.read(Array(Glossary.schema.utf8), path: "glossary.xsd")
        func descendants(_ element: ParsedElement) -> [ParsedElement] {
            element.elements + element.elements.flatMap(descendants)
        }
        func enumerations(_ element: ParsedElement) -> Set<String> {
            Set(descendants(element).filter { $0.localName == "enumeration" }.compactMap { $0.attributes["value"] })
        }
        let entry = try #require(
            descendants(schema).first { $0.localName == "element" && $0.attributes["name"] == "entry" })
        let attributes = descendants(entry).filter { $0.localName == "attribute" }
        let blank = GlossaryEntry(id: "e", location: SourceLocation(path: "t", line: 1, column: 1))
        for field in EntryField.all {
            if field.isText {
                let elements = descendants(entry).filter { $0.localName == "element" }
                #expect(elements.contains { $0.attributes["name"] == field.name }, "\(field)")
                continue
            }
            let attribute = try #require(attributes.first { $0.attributes["name"] == field.name }, "\(field)")
            #expect((attribute.attributes["use"] == "required") == field.isRequired, "\(field)")
            guard field.isSetting else { continue }
            #expect(attribute.attributes["default"] == (field.isRequired ? nil : field.value(in: blank)), "\(field)")
            var allowed = enumerations(attribute)
            switch attribute.attributes["type"] {
            case nil: break
            case "xs:boolean": allowed = ["true", "false"]
            case let type?:
                let name = String(type.split(separator: ":").last ?? "")
                let simpleType = try #require(
                    schema.elements.first { $0.localName == "simpleType" && $0.attributes["name"] == name })
                allowed = enumerations(simpleType)
            }
            #expect(allowed == Set(field.spellings), "\(field)")
        }
    }
}
