import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// The table of an entry's fields: names, spellings, defaults and how each reads and
/// writes an entry. The formats' round trips are tested with the formats (EnmiendaTests).
@Suite struct EntryFieldsTests {
    private static let settings = EntryField.all.filter(\.isSetting)
    private let here = SourceLocation(path: "t", line: 1, column: 1)

    @Test func eachFieldHasItsOwnNameAndIsFoundByIt() {
        #expect(Set(EntryField.all.map(\.name)).count == EntryField.all.count)
        for field in EntryField.all { #expect(EntryField.named(field.name) == field) }
        #expect(EntryField.named("color") == nil)
        #expect(
            EntryField.all.map(\.name) == [
                "id", "category", "severity", "note", "inflect", "case", "accents", "needs-source", "varieties",
                "source", "wrong", "suggestion", "approved",
            ])
    }

    @Test func onlyTheLinesOfTextAreMultiValued() {
        #expect(EntryField.all.filter(\.isMultiValued) == [.source, .wrong, .suggestion, .approved])
        #expect(EntryField.all.filter(\.isRequired) == [.id, .category, .severity])
    }

    @Test(arguments: settings)
    func everySpellingReadsBackAsItself(_ field: EntryField) {
        #expect(!field.spellings.isEmpty)
        for spelling in field.spellings {
            var entry = GlossaryEntry(id: "e", location: here)
            #expect(field.assign(spelling, to: &entry), "\(spelling)")
            #expect(field.value(in: entry) == spelling)
            #expect(field.values(in: entry) == [spelling])
        }
    }

    @Test func theSpellingsAreTheModelsNames() {
        #expect(EntryField.category.spellings == IssueCategory.allCases.map(\.rawValue))
        #expect(EntryField.severity.spellings == ["minor", "major", "critical"])
        #expect(EntryField.inflect.spellings == ["number", "gender", "number gender", "none"])
        #expect(EntryField.caseSensitivity.spellings == ["sensitive", "insensitive"])
        #expect(EntryField.accentSensitivity.spellings == ["sensitive", "insensitive"])
        #expect(EntryField.needsSource.spellings == ["true", "false"])
    }

    /// The defaults of the table are those of a new `GlossaryEntry`, and a reader's blank
    /// entry has every one of them.
    @Test func aNewEntryHasEveryDefault() {
        let made = GlossaryEntry(
            id: "e", sources: [], wrongForms: [], suggestions: [], category: .mistranslation, severity: .minor)
        let blank = GlossaryEntry(id: "e", location: here)
        for field in EntryField.all where field.kind != .identifier {
            #expect(field.hasDefaultValue(in: made), "\(field)")
            #expect(field.hasDefaultValue(in: blank), "\(field)")
            #expect(field.canBeOmitted(from: blank) == !field.isRequired, "\(field)")
        }
        #expect(!EntryField.id.canBeOmitted(from: blank))
        #expect(blank.inflection == [.number] && blank.category == .mistranslation && blank.severity == .minor)
    }

    @Test func refusalsNameShortListsAndDescribeLongOnes() {
        #expect(EntryField.severity.refusal(of: "huge") == "severity is minor, major or critical")
        #expect(EntryField.inflect.refusal(of: "plural") == "inflect is number, gender, number gender or none")
        #expect(EntryField.caseSensitivity.refusal(of: "yes") == "case is sensitive or insensitive")
        #expect(EntryField.accentSensitivity.refusal(of: "") == "accents is sensitive or insensitive")
        #expect(EntryField.needsSource.refusal(of: "1") == "needs-source is true or false")
        #expect(EntryField.category.refusal(of: "huge") == "'huge' is not an ITS 2.0 issue type")
    }

    @Test func aStrictReadingRefusesWhatIsNoSpelling() {
        var entry = GlossaryEntry(id: "e", location: here)
        for (field, text) in [
            (EntryField.category, "Terminology"), (.severity, "huge"), (.inflect, "number junk"), (.inflect, "plural"),
            (.caseSensitivity, "Sensitive"), (.needsSource, "1"),
        ] {
            #expect(!field.assign(text, to: &entry), "\(field) \(text)")
        }
        #expect(entry == GlossaryEntry(id: "e", location: here), "a refused value changes nothing")
    }

    @Test func inflectTakesItsWordsInAnyOrderAndNoWordsAsNone() {
        var entry = GlossaryEntry(id: "e", location: here)
        #expect(EntryField.inflect.assign("gender  number", to: &entry))
        #expect(entry.inflection == [.number, .gender])
        #expect(EntryField.inflect.value(in: entry) == "number gender")
        #expect(EntryField.inflect.assign(" ", to: &entry))
        #expect(entry.inflection.isEmpty && EntryField.inflect.value(in: entry) == "none")
    }

    /// Glossary XML is read leniently, as it always was: a flag is on only when spelled on,
    /// and inflect keeps the words that name an inflection.
    @Test func aLenientReadingTakesWhatItCan() {
        var entry = GlossaryEntry(id: "e", location: here)
        #expect(EntryField.caseSensitivity.assign("sensitive", to: &entry, reading: .lenient))
        #expect(EntryField.caseSensitivity.assign(" sensitive", to: &entry, reading: .lenient))
        #expect(!entry.isCaseSensitive)
        #expect(EntryField.inflect.assign("gender junk", to: &entry, reading: .lenient))
        #expect(entry.inflection == [.gender])
        #expect(EntryField.inflect.assign("number\tgender", to: &entry, reading: .lenient))
        #expect(entry.inflection.isEmpty)
        #expect(!EntryField.severity.assign("huge", to: &entry, reading: .lenient), "a choice is still a name")
    }

    @Test func textsAreSetAppendedCopiedAndReset() {
        var entry = GlossaryEntry(id: "e", location: here)
        #expect(EntryField.source.assign(["war effort", "war efforts"], to: &entry))
        #expect(EntryField.source.append("the war effort", to: &entry))
        #expect(entry.sources == ["war effort", "war efforts", "the war effort"])
        #expect(EntryField.note.append("One.", to: &entry) && EntryField.note.append("Two.", to: &entry))
        #expect(entry.note == "Two." && EntryField.note.values(in: entry) == ["Two."])
        #expect(!EntryField.note.assign(["One.", "Two."], to: &entry), "a note is one text")
        #expect(!EntryField.severity.assign(["minor", "major"], to: &entry), "a setting is one value")
        var other = GlossaryEntry(id: "f", location: here)
        EntryField.source.copy(from: entry, to: &other)
        EntryField.id.copy(from: entry, to: &other)
        #expect(other.sources == entry.sources && other.id == "e" && other.note == nil)
        EntryField.source.reset(&entry)
        EntryField.note.reset(&entry)
        #expect(entry.sources.isEmpty && entry.note == nil)
    }
}
