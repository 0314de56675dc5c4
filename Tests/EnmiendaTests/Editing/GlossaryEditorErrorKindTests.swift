import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Every refusal of an edit says what failed: a taken id, the glossary, or the output.
@Suite struct GlossaryEditorErrorKindTests {
    private let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kinds-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// A glossary file with the entries `war-effort` (line 2) and `non-starters` (line 7).
    private func file() throws -> String {
        let path = directory + "/g.xml"
        try """
        <glossary xmlns="urn:enmienda:glossary" version="1">
          <entry id="war-effort" category="terminology" severity="minor">
            <source>war effort</source>
            <wrong>esfuerzo de guerra</wrong>
            <suggestion>esfuerzo bélico</suggestion>
          </entry>
          <entry id="non-starters" category="mistranslation" severity="major">
            <source>non-starters</source>
            <wrong>no talleres</wrong>
            <suggestion>inviables</suggestion>
          </entry>
        </glossary>

        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func entry(_ id: String, wrong: String) -> GlossaryEntry {
        GlossaryEntry(
            id: id, sources: ["source"], wrongForms: [wrong], suggestions: ["sugerencia"], category: .style,
            severity: .minor)
    }

    @Test func addingATakenIDIsADuplicateIDError() throws {
        let path = try file()
        let error = #expect(throws: InputError.self) {
            try GlossaryEditor.add(entry("war-effort", wrong: "otra cosa"), to: path)
        }
        #expect(error?.kind == .duplicateID("war-effort"))
        #expect(error?.description == "\(path):1:1: error: an entry 'war-effort' already exists at \(path):2:3")
        let imported = #expect(throws: InputError.self) {
            try GlossaryEditor.add([entry("nuevo", wrong: "algo nuevo"), entry("non-starters", wrong: "x")], to: path)
        }
        #expect(imported?.kind == .duplicateID("non-starters"))
    }

    @Test func renamingToATakenIDIsADuplicateIDError() throws {
        let path = try file()
        let error = #expect(throws: InputError.self) {
            try GlossaryEditor.rename("war-effort", to: "non-starters", in: path)
        }
        #expect(error?.kind == .duplicateID("non-starters"))
        #expect(error?.description == "\(path):7:3: error: an entry 'non-starters' already exists")
    }

    @Test func everyOtherRefusalOfTheEditIsAGlossaryError() throws {
        let path = try file()
        let refusals: [() throws -> Void] = [
            { try GlossaryEditor.add(self.entry("otro", wrong: "No Talleres"), to: path) },
            { try GlossaryEditor.add(self.entry("mal\u{7}", wrong: "x\u{7}"), to: path) },
            { try GlossaryEditor.remove("nope", from: path) },
            { try GlossaryEditor.rename("nope", to: "other", in: path) },
            { try GlossaryEditor.set("war-effort", field: "bogus", to: ["x"], in: path) },
            { try GlossaryEditor.set("war-effort", field: "severity", to: ["x"], in: path) },
            { _ = try GlossaryEditor.format(self.directory + "/missing.xml") },
        ]
        for refusal in refusals {
            let error = #expect(throws: InputError.self) { try refusal() }
            #expect(error?.kind == .glossary, "\(error?.description ?? "")")
        }
        try "<glossary".write(toFile: path, atomically: true, encoding: .utf8)
        let malformed = #expect(throws: InputError.self) { try GlossaryEditor.remove("war-effort", from: path) }
        #expect(malformed?.kind == .glossary)
    }

    @Test func aGlossaryThatCannotBeLockedOrWrittenIsAnOutputError() throws {
        let unlockable = #expect(throws: InputError.self) {
            try GlossaryEditor.remove("war-effort", from: directory + "/missing/g.xml")
        }
        #expect(unlockable?.kind == .output)
        #expect(unlockable?.diagnostics.first?.message.hasPrefix("cannot lock the glossary: ") == true)
        try FileManager.default.createSymbolicLink(atPath: directory + "/a.xml", withDestinationPath: "b.xml")
        try FileManager.default.createSymbolicLink(atPath: directory + "/b.xml", withDestinationPath: "a.xml")
        let looping = #expect(throws: InputError.self) {
            try GlossaryEditor.remove("war-effort", from: directory + "/a.xml")
        }
        #expect(looping?.kind == .output)
    }
}
