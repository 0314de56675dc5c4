import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Edits touch only the entry they change; everything else survives byte for byte.
@Suite struct GlossaryEditorTests {
    /// The lines of the first entry, which `remove` must take out whole.
    static let nonStarters = """
          <entry id="non-starters" category="mistranslation" severity="major" x:owner="ana">
            <source>non-starters</source>
            <wrong>no talleres</wrong>
            <suggestion>inviables</suggestion>
            <x:review date="2026-11-01"/>
          </entry>

        """

    static let original = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- My newsroom's glossary. -->
        <glossary xmlns="urn:enmienda:glossary" xmlns:x="urn:example:ext" version="1">
          <title>Mine</title>
          <!-- keep this first -->
        \(nonStarters)  <entry id='war-effort' category="terminology" severity="minor">
            <source>war effort</source><wrong>esfuerzo de guerra</wrong><suggestion>esfuerzo bélico</suggestion>
          </entry>
        </glossary>
        <!-- end -->

        """

    private func file() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("edit-\(UUID().uuidString).xml")
        try Data(Self.original.utf8).write(to: url)
        return url.path
    }

    private func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    private func entry(_ id: String, wrong: String) -> GlossaryEntry {
        var entry = GlossaryEntry(
            id: id, sources: ["source"], wrongForms: [wrong], suggestions: ["sugerencia"], category: .style,
            severity: .minor, note: "A note.")
        entry.examples = [
            GlossaryExample(
                text: "Es \(wrong).", corrected: "Es sugerencia.",
                location: SourceLocation(path: "t", line: 1, column: 1))
        ]
        return entry
    }

    @Test func addChangesOnlyTheLinesOfTheNewEntry() throws {
        let path = try file()
        try GlossaryEditor.add(entry("nuevo", wrong: "palabra mala"), to: path)
        let after = try text(path)
        let before = Self.original.split(separator: "\n", omittingEmptySubsequences: false)
        let lines = after.split(separator: "\n", omittingEmptySubsequences: false)
        // Every original line is still there, in order, and only the new entry's lines were inserted.
        let inserted = lines.count - before.count
        #expect(Array(lines.prefix(14)) == Array(before.prefix(14)))
        #expect(Array(lines.suffix(before.count - 14)) == Array(before.suffix(before.count - 14)))
        #expect(lines[14].hasPrefix("  <entry id=\"nuevo\""))
        #expect(lines[14 + inserted - 1] == "  </entry>")
        let glossary = try Glossary(contentsOfFile: path)
        #expect(glossary.entries.map(\.id) == ["non-starters", "war-effort", "nuevo"])
        #expect(glossary.entries[0].extensionAttributes["{urn:example:ext}owner"] == "ana")
    }

    @Test func addRefusesADuplicateIdAShadowingFormAndAnExampleThatFails() throws {
        let path = try file()
        #expect(throws: InputError.self) { try GlossaryEditor.add(entry("war-effort", wrong: "otra cosa"), to: path) }
        do {
            try GlossaryEditor.add(entry("otro", wrong: "No Talleres"), to: path)
            Issue.record("a wrong form of another entry must be refused")
        } catch {
            #expect(error.diagnostics[0].message.contains("already in entry 'non-starters'"))
        }
        // Entries told apart by context rules may share a wrong form.
        var ruled = entry("no-talleres-de-coches", wrong: "no talleres")
        ruled.context = [ContextRule(kind: .forbid, after: 2, phrases: ["de coches"])]
        ruled.examples = []
        #expect(throws: InputError.self) { try GlossaryEditor.add(ruled, to: path) }
        let ruledPath = path + ".ruled.xml"
        try #"<glossary xmlns="urn:enmienda:glossary" version="1">"#.appending("\n</glossary>\n")
            .write(toFile: ruledPath, atomically: true, encoding: .utf8)
        var twin = ruled
        twin.id = "no-talleres-de-motos"
        twin.context = [ContextRule(kind: .forbid, after: 2, phrases: ["de motos"])]
        try GlossaryEditor.add([ruled, twin], to: ruledPath)
        #expect(try Glossary(contentsOfFile: ruledPath).entries.count == 2)
        #expect(throws: InputError.self) { try GlossaryEditor.add(entry("otro", wrong: "no talleres"), to: ruledPath) }
        var silent = entry("mudo", wrong: "algo raro")
        silent.examples = [
            GlossaryExample(
                text: "Nada aquí.", corrected: "Nada.", location: SourceLocation(path: "t", line: 1, column: 1))
        ]
        #expect(throws: InputError.self) { try GlossaryEditor.add(silent, to: path) }
        #expect(try text(path) == Self.original, "a refused edit writes nothing")
    }

    @Test func mergeAddsNewEntriesAndRewritesOnlyTheChangedOnes() throws {
        let path = try file()
        let glossary = try Glossary(contentsOfFile: path)
        var warEffort = try #require(glossary.entry(withID: "war-effort"))
        warEffort.suggestions.append("esfuerzo militar")
        let unchanged = try #require(glossary.entry(withID: "non-starters"))
        let summary = try GlossaryEditor.merge([unchanged, entry("nuevo", wrong: "algo nuevo"), warEffort], into: path)
        #expect(summary == GlossaryEditor.MergeSummary(added: 1, updated: 1, unchanged: 1))
        let after = try text(path)
        #expect(after.contains(Self.nonStarters), "an unchanged entry keeps its bytes")
        #expect(after.contains("<!-- keep this first -->") && after.hasSuffix("</glossary>\n<!-- end -->\n"))
        #expect(
            after.contains("<suggestion>esfuerzo bélico</suggestion>\n    <suggestion>esfuerzo militar</suggestion>"))
        let merged = try Glossary(contentsOfFile: path)
        #expect(merged.entries.map(\.id) == ["non-starters", "war-effort", "nuevo"])
        // A merged entry may not take another's wrong form either; nothing is written then.
        var thief = warEffort
        thief.wrongForms = ["no talleres"]
        #expect(throws: InputError.self) { try GlossaryEditor.merge([thief], into: path) }
        #expect(try text(path) == after)
        #expect(try GlossaryEditor.merge([warEffort], into: path) == GlossaryEditor.MergeSummary(unchanged: 1))
        #expect(try text(path) == after)
    }

    /// Updating from CSV rows takes only what the rows carry: a shipped glossary exported
    /// and imported back is unchanged, and an edited row changes only its fields; context
    /// rules, exceptions and examples, which rows cannot carry, stay.
    @Test func anUpdateFromRowsKeepsWhatRowsCannotCarry() throws {
        let shipped = URL(fileURLWithPath: Fixtures.path("glossaries/calques.xml"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("calques-\(UUID().uuidString).xml")
            .path
        try FileManager.default.copyItem(atPath: shipped.path, toPath: path)
        let before = try text(path)
        let glossary = try Glossary(contentsOfFile: path)
        #expect(glossary.entries.contains { !$0.context.isEmpty } && glossary.entries.contains { !$0.examples.isEmpty })
        let csv = GlossaryCSV.text(of: glossary)
        let incoming = try GlossaryInterchange.entries(from: Array(csv.utf8), path: "c.csv")
        let summary = try GlossaryEditor.merge(incoming.entries, into: path, combining: incoming.updating)
        #expect(summary == GlossaryEditor.MergeSummary(unchanged: glossary.entries.count))
        #expect(try text(path) == before)

        // One note edited in the rows, and a blacklist that has only two columns.
        let ruled = try #require(glossary.entries.first { !$0.context.isEmpty && !$0.examples.isEmpty })
        var lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(lines.firstIndex { $0.contains(",\(ruled.id),") })
        let note = try #require(ruled.note)
        lines[row] = lines[row].replacingOccurrences(of: note, with: "Nota nueva.")
        let edited = try GlossaryInterchange.entries(from: Array(lines.joined(separator: "\n").utf8), path: "c.csv")
        #expect(
            try GlossaryEditor.merge(edited.entries, into: path, combining: edited.updating)
                == GlossaryEditor.MergeSummary(updated: 1, unchanged: glossary.entries.count - 1))
        let updated = try #require(try Glossary(contentsOfFile: path).entry(withID: ruled.id))
        #expect(updated.note == "Nota nueva.")
        #expect(updated.context == ruled.context && updated.examples.count == ruled.examples.count)
        #expect(updated.exceptions == ruled.exceptions && updated.category == ruled.category)
    }

    @Test func renameAndRemoveKeepEveryOtherByte() throws {
        let path = try file()
        try GlossaryEditor.rename("war-effort", to: "war-effort-calque", in: path)
        #expect(
            try text(path) == Self.original.replacingOccurrences(of: "id='war-effort'", with: "id='war-effort-calque'"))
        try GlossaryEditor.remove("non-starters", from: path)
        let expected = Self.original.replacingOccurrences(of: "id='war-effort'", with: "id='war-effort-calque'")
            .replacingOccurrences(of: Self.nonStarters, with: "")
        #expect(try text(path) == expected)
        #expect(try Glossary(contentsOfFile: path).entries.map(\.id) == ["war-effort-calque"])
        #expect(throws: InputError.self) { try GlossaryEditor.remove("non-starters", from: path) }
    }

    @Test func suggestedIDsAreReadableAndUnique() throws {
        let glossary = try Glossary(xml: Array(Self.original.utf8), path: "g.xml")
        #expect(GlossaryEditor.suggestedID(for: "War effort", in: glossary) == "war-effort-2")
        #expect(GlossaryEditor.suggestedID(for: "Non-starters (plural)", in: glossary) == "non-starters-plural")
        #expect(GlossaryEditor.suggestedID(for: "¿?", in: glossary) == "entry")
    }

    @Test func setRewritesOnlyItsEntryAndRefusesBadValues() throws {
        let path = try file()
        try GlossaryEditor.set(
            "war-effort", field: "suggestion", to: ["esfuerzo bélico", "esfuerzo militar"], in: path)
        try GlossaryEditor.set("war-effort", field: "severity", to: ["major"], in: path)
        let glossary = try Glossary(contentsOfFile: path)
        let entry = try #require(glossary.entry(withID: "war-effort"))
        #expect(entry.suggestions == ["esfuerzo bélico", "esfuerzo militar"])
        #expect(entry.severity == .major)
        let after = try text(path)
        #expect(after.hasPrefix(String(Self.original.prefix(while: { $0 != "'" }).dropLast(9))))
        #expect(after.hasSuffix("</glossary>\n<!-- end -->\n"))
        #expect(after.contains("<!-- keep this first -->"))
        for (field, values) in [("severity", ["enorme"]), ("inflect", ["plural"]), ("color", ["rojo"]), ("wrong", [])] {
            #expect(throws: InputError.self) {
                try GlossaryEditor.set("war-effort", field: field, to: values, in: path)
            }
        }
        #expect(try text(path) == after, "refused edits write nothing")
    }

    @Test func setChangesOnlyTheAttributeOrElementsOfItsField() throws {
        let path = try file()
        let commented = Self.nonStarters.replacingOccurrences(
            of: "    <wrong>no talleres</wrong>\n",
            with: "    <wrong>no talleres</wrong> <!-- seen in AP copy -->\n    <wrong>no arrancadores</wrong>\n")
        try Data(Self.original.replacingOccurrences(of: Self.nonStarters, with: commented).utf8)
            .write(to: URL(fileURLWithPath: path))
        var expected = try text(path)
        func set(_ id: String, _ field: String, _ values: [String], _ old: String, _ new: String) throws {
            try GlossaryEditor.set(id, field: field, to: values, in: path)
            expected = expected.replacingOccurrences(of: old, with: new)
            #expect(try text(path) == expected, "\(field)")
        }
        try set("non-starters", "severity", ["critical"], #"severity="major""#, #"severity="critical""#)
        try set("war-effort", "category", ["mistranslation"], #"category="terminology""#, #"category="mistranslation""#)
        try set(
            "non-starters", "case", ["sensitive"], #"x:owner="ana">"#, #"x:owner="ana" case="sensitive">"#)
        try set("non-starters", "inflect", ["number"], "", "")  // the default, and absent: nothing to write
        try set(
            "non-starters", "wrong", ["no talleres", "no iniciadores"],
            "<wrong>no talleres</wrong> <!-- seen in AP copy -->\n    <wrong>no arrancadores</wrong>\n",
            "<wrong>no talleres</wrong>\n    <wrong>no iniciadores</wrong> <!-- seen in AP copy -->\n")
        try set(
            "non-starters", "note", ["A calque of “non-starters”."], "<suggestion>inviables</suggestion>\n",
            "<suggestion>inviables</suggestion>\n    <note>A calque of “non-starters”.</note>\n")
        try set(
            "war-effort", "suggestion", ["esfuerzo bélico", "esfuerzo militar"],
            "<suggestion>esfuerzo bélico</suggestion>",
            "<suggestion>esfuerzo bélico</suggestion>\n    <suggestion>esfuerzo militar</suggestion>")
        let entry = try #require(try Glossary(contentsOfFile: path).entry(withID: "non-starters"))
        #expect(entry.wrongForms == ["no talleres", "no iniciadores"])
        #expect(entry.severity == .critical && entry.isCaseSensitive)
        #expect(entry.note == "A calque of “non-starters”.")
    }

    @Test func formatIsCanonicalIdempotentAndKeepsWhatIsBetweenEntries() throws {
        let path = try file()
        let before = try Glossary(contentsOfFile: path)
        #expect(try GlossaryEditor.format(path) == 2)
        let once = try text(path)
        #expect(try GlossaryEditor.format(path) == 0)
        #expect(try text(path) == once)
        for kept in [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<!-- My newsroom's glossary. -->", "<title>Mine</title>",
            "<!-- keep this first -->", "<!-- end -->", ":review",
        ] {
            #expect(once.contains(kept), "\(kept)")
        }
        let after = try Glossary(contentsOfFile: path)
        #expect(after.entries.map(\.id) == before.entries.map(\.id))
        for (old, new) in zip(before.entries, after.entries) {
            #expect(
                old.wrongForms == new.wrongForms && old.suggestions == new.suggestions && old.sources == new.sources)
            #expect(old.extensionAttributes == new.extensionAttributes)
        }
        #expect(
            once.contains(
                "  <entry id=\"war-effort\" category=\"terminology\" severity=\"minor\">\n    <source>war effort</source>\n"
            ))
    }

    @Test func formatKeepsCommentsInsideEntries() throws {
        let path = try file()
        let commented = Self.original.replacingOccurrences(
            of: "<source>war effort</source><wrong>",
            with: "<!-- from the style guide --><source>war effort</source><wrong><!-- inside -->"
        ).replacingOccurrences(
            of: "<suggestion>inviables</suggestion>\n", with: "<suggestion>inviables</suggestion>\n    <!-- last -->\n")
        try Data(commented.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: Never.self) { try Glossary(contentsOfFile: path) }
        try GlossaryEditor.format(path)
        let once = try text(path)
        #expect(
            once.contains(
                """
                  <entry id="war-effort" category="terminology" severity="minor">
                    <!-- from the style guide -->
                    <source>war effort</source>
                    <!-- inside -->
                    <wrong>esfuerzo de guerra</wrong>
                """), "\(once)")
        #expect(
            once.contains(
                "<suggestion>inviables</suggestion>\n    <!-- last -->\n    <x:review"
            ), "\(once)")
        #expect(try GlossaryEditor.format(path) == 0)
        #expect(try text(path) == once)
    }
}
