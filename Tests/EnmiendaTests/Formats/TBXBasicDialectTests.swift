import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// `glossary export --format tbx` keeps to the TBX-Basic dialect: only its data
/// categories, each at a level where TBX-Basic allows it. LTAC's TBX-Basic RELAX NG and
/// Schematron files are in neither Debian nor PyPI (the registries the test setup may
/// use), so the table below encodes the dialect's definition (TBX-Basic, ISO 30042:2019
/// DCA style): the data categories of each level and the administrative statuses of its
/// picklist.
@Suite struct TBXBasicDialectTests {
    private static let shipped = [
        "calques", "false-friends", "untranslated", "news-mt", "software-mt", "style-conventions", "numbers-units",
    ]

    /// Element `type` pairs TBX-Basic allows at each level (`nil`: the element has no type).
    private static let allowed: [String: Set<String>] = [
        "conceptEntry": [
            "descrip subjectField", "descrip definition", "descripGrp", "admin customerSubset",
            "admin projectSubset", "note", "ref crossReference", "xref externalCrossReference", "xref xGraphic",
            "transacGrp", "langSec",
        ],
        "langSec": [
            "descrip definition", "descripGrp", "note", "ref crossReference", "xref externalCrossReference",
            "transacGrp", "termSec",
        ],
        "termSec": [
            "term", "termNote administrativeStatus", "termNote partOfSpeech", "termNote termType",
            "termNote grammaticalGender", "termNote geographicalUsage", "termNote termLocation", "descrip context",
            "descripGrp", "admin source", "admin customerSubset", "admin projectSubset", "note",
            "ref crossReference", "xref externalCrossReference", "transacGrp",
        ],
    ]

    /// TBX-Basic's picklist for administrativeStatus.
    private static let statuses: Set<String> = [
        "preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts",
    ]

    /// What in `text` TBX-Basic does not allow, one line each.
    private func violations(_ text: String) throws -> [String] {
        let root = try SecureXMLReader.read(Array(text.utf8), path: "t.tbx")
        var found: [String] = []
        if root.localName != "tbx" || root.attributes["type"] != "TBX-Basic" || root.attributes["style"] != "dca" {
            found.append("root: <\(root.localName) type=\(root.attributes["type"] ?? "")>")
        }
        func walk(_ element: ParsedElement) {
            for child in element.elements {
                if let allowed = Self.allowed[element.localName] {
                    let key = [child.localName, child.attributes["type"]].compactMap { $0 }.joined(separator: " ")
                    if !allowed.contains(key) { found.append("\(element.localName): \(key)") }
                    if key == "termNote administrativeStatus", !Self.statuses.contains(child.text) {
                        found.append("administrativeStatus \(child.text)")
                    }
                }
                walk(child)
            }
        }
        walk(root)
        return found
    }

    @Test func theBasicExportOfEveryShippedGlossaryKeepsToTheDialect() throws {
        for name in Self.shipped {
            let glossary = try Glossary(contentsOfFile: Fixtures.path("glossaries/\(name).xml"))
            for version in [GlossaryTBX.Version.basic] {
                let text = GlossaryTBX.text(of: glossary, version: version, dialect: .basic)
                #expect(try violations(text) == [], "\(name)")
                // The table is no rubber stamp: Enmienda's own dialect breaks it.
                let own = GlossaryTBX.text(of: glossary, version: version, dialect: .enmienda)
                #expect(try !violations(own).isEmpty, "\(name)")
            }
        }
    }

    /// TBX-Basic carries the terms, subject field and note: they read back the same, and
    /// what it leaves out is named.
    @Test func theBasicExportReadsBackWithTheSameTerms() throws {
        for name in Self.shipped {
            let glossary = try Glossary(contentsOfFile: Fixtures.path("glossaries/\(name).xml"))
            let text = GlossaryTBX.text(of: glossary, version: .basic, dialect: .basic)
            let imported = try GlossaryTBX.entries(from: Array(text.utf8), path: "\(name).tbx")
            #expect(imported.skipped.isEmpty, "\(name)")
            func terms(_ entry: GlossaryEntry) -> [String] {
                [entry.id, entry.category.rawValue, entry.note ?? ""] + entry.sources + ["|"] + entry.wrongForms
                    + ["|"] + entry.suggestions + ["|"] + entry.approvedRenderings
                    + entry.forms.flatMap { $0.wrongForms + ["→"] + $0.suggestions }
            }
            #expect(imported.entries.map(terms) == glossary.entries.map(terms), "\(name)")
        }
        let calques = try Glossary(contentsOfFile: Fixtures.path("glossaries/calques.xml"))
        let leftOut = GlossaryTBX.leftOutOfBasic(calques)
        #expect(leftOut.contains { $0.hasPrefix("examples (") }, "\(leftOut)")
        #expect(leftOut.contains { $0.hasPrefix("severity (") }, "\(leftOut)")
        let entry = GlossaryEntry(
            id: "x", sources: ["x"], wrongForms: ["mala cosa"], suggestions: ["buena cosa"], category: .style,
            severity: .minor)
        // Severity is written for every entry, and TBX-Basic has no data category for it.
        #expect(GlossaryTBX.leftOutOfBasic(try Glossary(entries: [entry])) == ["severity (1 entry)"])
    }

    /// Rows carry what their columns name, and the export names what they drop.
    @Test func csvRowsNameWhatTheyLeaveOut() throws {
        let newsMT = try Glossary(contentsOfFile: Fixtures.path("glossaries/news-mt.xml"))
        let leftOut = GlossaryCSV.leftOut(of: newsMT)
        let withContext = newsMT.entries.count { !$0.context.isEmpty }
        #expect(withContext > 0)
        #expect(leftOut.contains("context rules (\(withContext) \(withContext == 1 ? "entry" : "entries"))"))
        #expect(leftOut.contains { $0.hasPrefix("examples (") })
        let plain = GlossaryEntry(
            id: "x", sources: ["x"], wrongForms: ["mala cosa"], suggestions: ["buena cosa"], category: .style,
            severity: .minor)
        #expect(GlossaryCSV.leftOut(of: try Glossary(entries: [plain])) == [])
    }
}
