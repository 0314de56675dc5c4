import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// CSV and TSV rows (Okapi blacklist layout) round-trip every column they have.
@Suite struct GlossaryCSVTests {
    private func glossary(_ name: String) throws -> Glossary {
        try Glossary(contentsOfFile: Fixtures.path("glossaries/\(name).xml"))
    }

    @Test(arguments: [",", "\t"])
    func exportThenImportGivesTheSameRows(_ separator: String) throws {
        for name in ["calques", "false-friends", "untranslated", "style-conventions", "numbers-units"] {
            let text = GlossaryCSV.text(of: try glossary(name), separator: Character(separator))
            let entries = try GlossaryCSV.entries(from: text, path: "\(name).csv")
            let again = GlossaryCSV.text(of: try Glossary(entries: entries), separator: Character(separator))
            #expect(again == text, "\(name)")
        }
    }

    @Test func importedEntriesKeepTheirColumns() throws {
        let text = """
            wrong,suggestion,source,category,note,id,severity,inflect,case,accents,needs-source
            "no talleres","inviables|inaceptables",non-starters,mistranslation,"A note, with ""quotes""
            and a line break.",non-starters,major,number,insensitive,insensitive,false
            no iniciadores,inviables|inaceptables,non-starters,mistranslation,,non-starters,major,,,,
            no arrancadores,inviable,non-starters,mistranslation,,non-starters,major,,,,
            5 PM,5 p. m.,,numbers,,,,none,sensitive,,

            """
        let entries = try GlossaryCSV.entries(from: text, path: "terms.csv")
        #expect(entries.map(\.id) == ["non-starters", "5-pm"])
        let first = entries[0]
        #expect(first.wrongForms == ["no talleres", "no iniciadores"])
        #expect(first.suggestions == ["inviables", "inaceptables"])
        #expect(first.forms == [GlossaryForm(wrongForms: ["no arrancadores"], suggestions: ["inviable"])])
        #expect(first.note == "A note, with \"quotes\"\nand a line break.")
        #expect(first.severity == .major)
        #expect(entries[1].isCaseSensitive && entries[1].inflection.isEmpty)
        #expect(entries[1].sources == ["5 PM"], "the wrong form stands for a missing source")
    }

    @Test func badRowsAreLocated() {
        for (text, line, message) in [
            ("wrong,suggestion,category\nno talleres,inviables,nonsense\n", 2, "unknown category 'nonsense'"),
            ("wrong,suggestion\n\"no talleres,inviables\n", 2, "a quoted field is not closed"),
            (
                "term,replacement\nno talleres,inviables\n", 1,
                "the first row names no column Enmienda knows (it has 'term', 'replacement', separated by ','): "
                    + "name the columns wrong and suggestion (and any of source, category, note, id, severity, inflect, "
                    + "case, accents, needs-source, varieties, approved), or write the rows tab-separated without a header, the "
                    + "wrong term first (Okapi CheckMate's blacklist)"
            ),
            (
                "wrong,suggestion\nno talleres,\n", 2,
                "the wrong form 'no talleres' has no suggestion (column 2): Enmienda flags only what it can correct"
            ),
            ("wrong,suggestion\n,inviables\n", 2, "a row needs a wrong form (column 1) and a suggestion (column 2)"),
        ] {
            do {
                _ = try GlossaryCSV.entries(from: text, path: "t.csv")
                Issue.record("\(message) must be an error")
            } catch {
                #expect(error.diagnostics.first?.location.line == line)
                #expect(error.diagnostics.first?.message == message)
            }
        }
    }

    /// A `|` or `\` inside a suggestion or a source survives export → import (a
    /// suggestion *tres|cuatro* came back as two).
    @Test func barsAndBackslashesInsideAValueRoundTrip() throws {
        let entry = GlossaryEntry(
            id: "e", sources: ["x|y", "C:\\"], wrongForms: ["mala cosa"], suggestions: ["tres|cuatro", "a\\|b", "uno"],
            category: .style, severity: .minor)
        let glossary = try Glossary(entries: [entry])
        let read = try GlossaryCSV.entries(from: GlossaryCSV.text(of: glossary), path: "e.csv")
        #expect(read.first?.suggestions == ["tres|cuatro", "a\\|b", "uno"])
        #expect(read.first?.sources == ["x|y", "C:\\"])
        // Cells written by hand keep a backslash that escapes nothing.
        #expect(GlossaryCSV.split("C:\\dir|b") == ["C:\\dir", "b"])
    }
}
