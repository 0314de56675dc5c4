/// The table of a glossary entry's fields: the one vocabulary that glossary XML, CSV and
/// TSV rows, TBX termbases and `glossary set` read and write. To add a field, add a row
/// here and put it in ``all``. Then give each format its encoding of the field (a CSV
/// column's place, for example). The round-trip tests of the formats fail until every
/// format carries the new field.
///
/// | name           | kind       | values                                      | default       |
/// |----------------|------------|---------------------------------------------|---------------|
/// | `id`           | identifier | `[a-z0-9]+(-[a-z0-9]+)*`                     | (required)    |
/// | `category`     | choice     | an ITS 2.0 issue type                       | mistranslation (required) |
/// | `severity`     | choice     | minor, major, critical                      | minor (required) |
/// | `note`         | text       | free text                                   | none          |
/// | `inflect`      | choice     | number, gender, number gender, none         | number        |
/// | `case`         | flag       | sensitive, insensitive                      | insensitive   |
/// | `accents`      | flag       | sensitive, insensitive                      | insensitive   |
/// | `needs-source` | flag       | true, false                                 | false         |
/// | `varieties`    | choice     | Spanish variety tags, separated by spaces   | none (all)    |
/// | `source`       | list       | free texts                                  | none          |
/// | `wrong`        | list       | free texts                                  | none          |
/// | `suggestion`   | list       | free texts                                  | none          |
/// | `approved`     | list       | free texts                                  | none          |
extension EntryField {
    /// `id`: the entry's identifier (``GlossaryEntry/id``).
    package static let id = EntryField(identifier: "id", \.id)
    /// `category`: the ITS 2.0 issue type (``GlossaryEntry/category``). Rows and termbases
    /// that do not say are mistranslations.
    package static let category = EntryField(
        .choice, "category", \.category, .names(described: "an ITS 2.0 issue type"), default: .mistranslation,
        isRequired: true)
    /// `severity`: `minor`, `major` or `critical` (``GlossaryEntry/severity``). Rows and
    /// termbases that do not say are minor.
    package static let severity = EntryField(
        .choice, "severity", \.severity, .names(), default: .minor, isRequired: true)
    /// `note`: the explanation for the editor (``GlossaryEntry/note``).
    package static let note = EntryField(text: "note", \.note)
    /// `inflect`: how wrong forms are inflected (``GlossaryEntry/inflection``).
    package static let inflect = EntryField(
        .choice, "inflect", \.inflection, .words(none: "none"), default: [.number])
    /// `case`: whether a match must have the case of the wrong form
    /// (``GlossaryEntry/isCaseSensitive``).
    package static let caseSensitivity = EntryField(
        .flag, "case", \.isCaseSensitive, .flag(on: "sensitive", off: "insensitive"), default: false)
    /// `accents`: whether a match must have the accents of the wrong form
    /// (``GlossaryEntry/isAccentSensitive``).
    package static let accentSensitivity = EntryField(
        .flag, "accents", \.isAccentSensitive, .flag(on: "sensitive", off: "insensitive"), default: false)
    /// `needs-source`: whether the entry fires only where the English source says a source
    /// term (``GlossaryEntry/needsSource``).
    package static let needsSource = EntryField(
        .flag, "needs-source", \.needsSource, .flag(on: "true", off: "false"), default: false)
    /// `varieties`: the varieties of Spanish the entry holds for, as BCP 47 tags separated
    /// by spaces (`es-ES es-AR`); none, the default, means every variety
    /// (``GlossaryEntry/varieties``). Each tag is one of ``SpanishVariety/tags``.
    package static let varieties = EntryField(.choice, "varieties", \.varieties, .varietyTags(), default: [])
    /// `source`: the English terms (``GlossaryEntry/sources``).
    package static let source = EntryField(list: "source", \.sources)
    /// `wrong`: the wrong Spanish renderings (``GlossaryEntry/wrongForms``).
    package static let wrong = EntryField(list: "wrong", \.wrongForms)
    /// `suggestion`: the replacements, best first (``GlossaryEntry/suggestions``).
    package static let suggestion = EntryField(list: "suggestion", \.suggestions)
    /// `approved`: the approved renderings of a key term (``GlossaryEntry/approvedRenderings``,
    /// glossary format version 2).
    package static let approved = EntryField(list: "approved", \.approvedRenderings)

    /// Every field, in the order in which glossary XML writes its attributes and
    /// `glossary set` lists what it changes.
    package static let all: [EntryField] = [
        .id, .category, .severity, .note, .inflect, .caseSensitivity, .accentSensitivity, .needsSource, .varieties,
        .source, .wrong, .suggestion, .approved,
    ]

    /// The field called `name`, if there is one.
    package static func named(_ name: String) -> EntryField? {
        byName[name]
    }

    private static let byName = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
}

extension GlossaryEntry {
    /// An entry with the id `id`, no text, and every other field at its default in
    /// ``EntryField/all``. Readers of glossary files start from it.
    package init(id: String, location: SourceLocation) {
        self = Self.blank
        self.id = id
        self.location = location
    }

    /// An entry with every field at its default, made once: readers start thousands of
    /// entries from it.
    private static let blank: GlossaryEntry = {
        // The memberwise initializer needs a category and a severity; then every field
        // takes its default from the table.
        var entry = GlossaryEntry(
            id: "", sources: [], wrongForms: [], suggestions: [], category: .mistranslation, severity: .minor,
            location: SourceLocation(path: "", line: 1, column: 1))
        for field in EntryField.all { field.reset(&entry) }
        return entry
    }()
}
