import Foundation

/// Glossaries as comma- or tab-separated rows, in the layout of Okapi CheckMate's
/// blacklists (the wrong term first, then its suggestion), with the columns a round trip
/// needs after them.
///
/// One row per wrong form: `wrong, suggestion, source, category, note, id, severity,
/// inflect, case, accents, needs-source, approved`. Several suggestions (best first),
/// English sources or approved renderings are joined with `|` (a `|` or `\` inside one is
/// written `\|` or `\\`). Rows with the same `id` make one entry; a wrong form whose
/// suggestions differ from the entry's first row becomes a `<form>`. A key term without
/// wrong forms (``GlossaryEntry/approvedRenderings``) is one row with an empty `wrong`
/// cell and its approved renderings (the `suggestion` cell may be empty too); the
/// `approved` column may be left out of a file that has no key term. Context rules,
/// exceptions and examples have no column: export → import keeps everything else, and
/// `import --update` from rows keeps them in the entries it updates.
///
/// A cell a spreadsheet would evaluate as a formula (one that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return, as OWASP's advice on CSV injection lists them) is
/// written with a leading `'`, and so is a cell that starts with `'`; reading undoes exactly
/// that (a `'` followed by one of those characters or by `'` is dropped), so a round trip
/// gives every cell back as it was.
///
/// ```swift
/// let csv = GlossaryCSV.text(of: glossary, separator: ",")
/// let entries = try GlossaryCSV.entries(from: csv, path: "terms.csv")
/// ```
public enum GlossaryCSV {
    /// The header row's columns.
    public static let columns = ([EntryField.wrong, .suggestion] + entryColumns).map(\.name)

    /// The columns after the wrong form and its suggestions: the fields of the entry, the
    /// same in each of its rows. Every field of ``EntryField/all`` has a column.
    static let entryColumns: [EntryField] = [
        .source, .category, .note, .id, .severity, .inflect, .caseSensitivity, .accentSensitivity, .needsSource,
        .varieties, .approved,
    ]

    /// What rows leave out of `glossary`: for each kind of data they have no column for
    /// (context rules, exceptions, examples, extension markup), how many entries have it,
    /// as `"examples (300 entries)"`; empty if nothing is lost.
    public static func leftOut(of glossary: Glossary) -> [String] {
        DroppedData.counts(in: glossary).filter { $0.1 > 0 }.map {
            "\($0.0) (\($0.1) \($0.1 == 1 ? "entry" : "entries"))"
        }
    }

    /// The rows of `glossary`, with a header, separated by `separator` (`,` or a tab).
    public static func text(of glossary: Glossary, separator: Character = ",") -> String {
        var rows = [columns]
        for entry in glossary.entries {
            let shared = entryColumns.map { field in
                field.isMultiValued ? joined(field.values(in: entry)) : field.value(in: entry) ?? ""
            }
            for wrong in entry.wrongForms {
                rows.append([wrong, joined(entry.suggestions)] + shared)
            }
            for form in entry.forms {
                for wrong in form.wrongForms { rows.append([wrong, joined(form.suggestions)] + shared) }
            }
            // A key term with nothing to flag still takes a row.
            if entry.wrongForms.isEmpty && entry.forms.isEmpty {
                rows.append(["", joined(entry.suggestions)] + shared)
            }
        }
        return rows.map { $0.map { field(escaping: $0, separator: separator) }.joined(separator: String(separator)) }
            .joined(separator: "\n") + "\n"
    }

    /// The entries the rows describe, in the order their ids first appear.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` at `path:line:column`
    ///   for a row with too few columns, a non-empty cell past the header's columns, a
    ///   column the header names twice, an unknown category or severity, an unterminated
    ///   quote, a control character, or a wrong form without a suggestion (which
    ///   ``GlossaryInterchange`` leaves out with a warning instead).
    public static func entries(from text: String, path: String) throws(InputError) -> [GlossaryEntry] {
        try InputError.classifying(as: .glossary) { () throws(InputError) in try strict(read(text, path: path)) }
    }

    /// The entries the rows in `bytes` describe: UTF-8, with or without a byte-order mark
    /// (Excel's “CSV UTF-8”), or UTF-16 after a byte-order mark (Excel's “Unicode text”).
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` at `path:line:column`
    ///   for text that is neither, and for what reading the text refuses.
    public static func entries(from bytes: [UInt8], path: String) throws(InputError) -> [GlossaryEntry] {
        try InputError.classifying(as: .glossary) { () throws(InputError) in
            try strict(read(text(of: bytes, path: path), path: path))
        }
    }

    /// The entries of `rows`, or the first row left out as an error.
    private static func strict(_ rows: Rows) throws(InputError) -> [GlossaryEntry] {
        if let skipped = rows.skipped.first { throw InputError([skipped]) }
        return rows.entries
    }

    /// What rows give: the entries, the columns the header names (lower case), and the
    /// rows left out (a wrong form without a suggestion), located.
    struct Rows {
        var entries: [GlossaryEntry]
        var columns: Set<String>
        var skipped: [Diagnostic]
    }

    /// The entries the rows describe. A first row that names the columns is a header; a
    /// tab-separated file whose first row names none is an Okapi CheckMate blacklist
    /// (the wrong term, then an optional suggestion).
    static func read(_ text: String, path: String) throws(InputError) -> Rows {
        let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        let separator = separator(ofFirstLine: text.prefix { $0 != "\n" && $0 != "\r\n" })
        var rows = try self.rows(text, separator: separator, path: path)
        guard let first = rows.first else { return Rows(entries: [], columns: [], skipped: []) }
        let known = Set(EntryField.all.map(\.name))
        let names = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let header: Row
        if names.contains(where: known.contains) {
            header = Row(fields: names, columns: first.columns, line: first.line)
            rows.removeFirst()
        } else if separator == "\t" {
            // Okapi's blacklist layout: no header, two columns.
            header = Row(fields: [EntryField.wrong.name, EntryField.suggestion.name], columns: [1, 1], line: 0)
        } else {
            let found = first.fields.prefix(6).map { "'\($0)'" }.joined(separator: ", ")
            throw InputError(
                SourceLocation(path: path, line: first.line, column: 1),
                "the first row names no column Enmienda knows (it has \(found), separated by '\(separator)'): "
                    + "name the columns \(EntryField.wrong) and \(EntryField.suggestion) (and any of "
                    + "\(entryColumns.map(\.name).joined(separator: ", "))), or write the rows tab-separated "
                    + "without a header, the wrong term first (Okapi CheckMate's blacklist)")
        }
        return try entries(of: rows, header: header, path: path)
    }

    private static func entries(of rows: [Row], header: Row, path: String) throws(InputError) -> Rows {
        var named: Set<String> = []
        for (name, column) in zip(header.fields, header.columns) where !name.isEmpty {
            guard named.insert(name).inserted else {
                throw InputError(
                    SourceLocation(path: path, line: header.line, column: column),
                    "the column '\(name)' is named twice in the first row")
            }
        }
        for row in rows where row.fields.count > header.fields.count {
            // Empty cells past the header (a spreadsheet's padding) lose nothing.
            if let extra = row.fields.indices.dropFirst(header.fields.count).first(where: { !row.fields[$0].isEmpty }) {
                let names =
                    header.line == 0
                    ? "a blacklist without a header has two columns, the wrong term and its suggestion"
                    : "a row has more cells than the first row names columns (\(header.fields.count))"
                throw InputError(
                    SourceLocation(path: path, line: row.line, column: row.columns[extra]),
                    "\(names): cell \(extra + 1) has no column")
            }
        }
        let index = Dictionary(header.fields.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        guard let wrongColumn = index[EntryField.wrong.name], let suggestionColumn = index[EntryField.suggestion.name]
        else {
            let missing = [EntryField.wrong, .suggestion].filter { index[$0.name] == nil }.map { "'\($0)'" }
            throw InputError(
                SourceLocation(path: path, line: header.line, column: 1),
                "the first row must name the columns \(EntryField.wrong) and \(EntryField.suggestion): "
                    + "it has no \(missing.joined(separator: " and ")) (its columns: "
                    + "\(header.fields.map { "'\($0)'" }.joined(separator: ", ")))")
        }
        var entries: [GlossaryEntry] = []
        var skipped: [Diagnostic] = []
        var position: [String: Int] = [:]
        for row in rows where !row.fields.allSatisfy(\.isEmpty) {
            func value(_ field: EntryField) -> String? {
                index[field.name].flatMap { $0 < row.fields.count ? row.fields[$0] : nil }.flatMap {
                    $0.isEmpty ? nil : $0
                }
            }
            let here = SourceLocation(path: path, line: row.line, column: 1)
            let approved = value(.approved).map(split) ?? []
            // A row without a wrong form is a key term's, with its approved renderings.
            let wrong = value(.wrong)
            if let wrong, value(.suggestion) == nil {
                // The core flags only what it can correct: such a row is left out, with a warning.
                skipped.append(
                    Diagnostic(
                        location: here,
                        message:
                            "the wrong form '\(wrong)' has no suggestion (column \(suggestionColumn + 1)): Enmienda flags only what it can correct"
                    ))
                continue
            }
            guard let suggestion = value(.suggestion) ?? (wrong == nil && !approved.isEmpty ? "" : nil),
                wrong != nil || !approved.isEmpty
            else {
                let keyTerm =
                    index[EntryField.approved.name].map { ", or approved renderings (column \($0 + 1))" } ?? ""
                throw InputError(
                    here,
                    "a row needs a wrong form (column \(wrongColumn + 1)) and a suggestion (column \(suggestionColumn + 1))\(keyTerm)"
                )
            }
            let suggestions = split(suggestion)
            var entry = GlossaryEntry(id: "", location: here)
            // Every row's category and severity are checked, also in rows that add to an entry.
            for field in requiredSettings {
                if let text = value(field) { try field.assign(importing: text, to: &entry, at: here) }
            }
            let sources = value(.source).map(split) ?? wrong.map { [$0] } ?? []
            let id = value(.id) ?? GlossaryEntry.slug(sources.first ?? wrong ?? approved[0])
            if let existing = position[id] {
                // A later row adds its wrong form; the entry's columns are those of its first row.
                guard let wrong else { continue }
                // Rows keep their order: once a form has begun, later rows are forms too.
                if entries[existing].suggestions == suggestions && entries[existing].forms.isEmpty {
                    entries[existing].wrongForms.append(wrong)
                } else {
                    entries[existing].forms.append(GlossaryForm(wrongForms: [wrong], suggestions: suggestions))
                }
                continue
            }
            position[id] = entries.count
            entry.id = id
            entry.sources = sources
            entry.wrongForms = wrong.map { [$0] } ?? []
            entry.suggestions = suggestions
            entry.approvedRenderings = approved
            entry.note = value(.note)
            // The other settings come from the entry's first row.
            for field in optionalSettings {
                if let text = value(field) { try field.assign(importing: text, to: &entry, at: here) }
            }
            entries.append(entry)
        }
        return Rows(entries: entries, columns: Set(index.keys), skipped: skipped)
    }

    /// The settings that every row's cells must spell right when it names them.
    private static let requiredSettings = entryColumns.filter { $0.isSetting && $0.isRequired }
    /// The settings read from an entry's first row.
    private static let optionalSettings = entryColumns.filter { $0.isSetting && !$0.isRequired }

    /// What an update from rows with `columns` writes where a glossary already has
    /// `existing`: `existing` with the fields the rows carry taken from `incoming` (the
    /// wrong forms and suggestions, and each of source, category, note, severity,
    /// inflect, case, accents, needs-source and approved whose column the header names). Context
    /// rules, exceptions, examples and extension markup, which rows cannot carry, stay.
    static func updating(_ existing: GlossaryEntry, with incoming: GlossaryEntry, columns: Set<String>)
        -> GlossaryEntry
    {
        var entry = existing
        // Rows make the first wrong form the entry's own; an entry written with forms only
        // (or grouped otherwise) that says the same keeps its layout.
        if pairs(of: incoming) != pairs(of: existing) {
            entry.wrongForms = incoming.wrongForms
            entry.suggestions = incoming.suggestions
            entry.forms = incoming.forms
        }
        // The id is what matched the entries.
        for field in entryColumns where field != .id && columns.contains(field.name) {
            field.copy(from: incoming, to: &entry)
        }
        return entry
    }

    /// Each wrong form of `entry` with its suggestions, in the order rows list them.
    private static func pairs(of entry: GlossaryEntry) -> [[String]] {
        entry.wrongForms.map { [$0] + entry.suggestions }
            + entry.forms.flatMap { form in form.wrongForms.map { [$0] + form.suggestions } }
    }

    /// `values` in one cell, separated by `|`; a `|` or `\` inside a value is written
    /// `\|` or `\\`, so that ``split(_:)`` gives every value back.
    static func joined(_ values: [String]) -> String {
        values.map { value in
            value.contains(where: { $0 == "|" || $0 == "\\" })
                ? value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                : value
        }.joined(separator: "|")
    }

    /// The values of a cell: split at each `|` that no `\` escapes; `\|` and `\\` stand
    /// for `|` and `\`, any other `\` for itself.
    static func split(_ cell: String) -> [String] {
        guard cell.contains("\\") else { return cell.split(separator: "|").map(String.init) }
        var values: [String] = []
        var current = ""
        var escaped = false
        for character in cell {
            if escaped {
                if character != "|" && character != "\\" { current.append("\\") }
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                if !current.isEmpty { values.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        if !current.isEmpty { values.append(current) }
        return values
    }

    /// The characters that make a spreadsheet read a cell as a formula, when first.
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `value` with a `'` before it when its first code point is a formula character or `'`.
    static func protected(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, first == "'" || formulaStarts.contains(first) else {
            return value
        }
        return "'" + value
    }

    /// `cell` without the `'` that ``protected(_:)`` adds.
    static func unprotected(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first,
            second == "'" || formulaStarts.contains(second)
        else { return cell }
        return String(scalars.dropFirst())
    }

    private static func field(escaping cell: String, separator: Character) -> String {
        let value = protected(cell)
        if separator == "\t" {
            let cell = value.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
            // A cell that starts with a quote is quoted, as a reader of quoted cells expects.
            return cell.hasPrefix("\"") ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }
        // By code point: a CRLF is one Character, equal to neither "\n" nor "\r".
        let separatorScalar = separator.unicodeScalars.first
        guard value.unicodeScalars.contains(where: { $0 == separatorScalar || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
