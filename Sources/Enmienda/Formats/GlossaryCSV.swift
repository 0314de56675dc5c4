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
    ///   quote, a quoted cell followed by anything but a separator or the end of its line,
    ///   or a control character.
    public static func entries(from text: String, path: String) throws(InputError) -> [GlossaryEntry] {
        try InputError.classifying(as: .glossary) { () throws(InputError) in try read(text, path: path).entries }
    }

    /// The entries the rows in `bytes` describe: UTF-8, with or without a byte-order mark
    /// (Excel's “CSV UTF-8”).
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` at `path:line:column`
    ///   for invalid UTF-8, and for what reading the text refuses.
    public static func entries(from bytes: [UInt8], path: String) throws(InputError) -> [GlossaryEntry] {
        try InputError.classifying(as: .glossary) { () throws(InputError) in
            try read(text(of: bytes, path: path), path: path).entries
        }
    }

    /// `bytes` as UTF-8 text without its byte-order mark.
    ///
    /// - Throws: ``InputError`` at the line and column (in Unicode scalars) of the first
    ///   byte that is not UTF-8.
    static func text(of bytes: [UInt8], path: String) throws(InputError) -> String {
        let body = Array(bytes.starts(with: UTF8.byteOrderMark) ? bytes[3...] : bytes[...])
        if let offset = UTF8Validation.firstInvalidOffset(in: body) {
            let position = LineIndex(body).position(of: offset, in: body)
            throw InputError(
                SourceLocation(path: path, line: position.line, column: position.column),
                "invalid UTF-8 (byte 0x\(String(body[offset], radix: 16, uppercase: true)))"
                    + ": CSV and TSV rows are read as UTF-8")
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// The entries the rows describe, and the columns the header names (lower case).
    static func read(_ text: String, path: String) throws(InputError) -> (
        entries: [GlossaryEntry], columns: Set<String>
    ) {
        let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        let separator: Character = text.prefix { $0 != "\n" }.contains("\t") ? "\t" : ","
        let rows = try parse(text, separator: separator, path: path)
        guard let header = rows.first else { return ([], []) }
        var named: Set<String> = []
        for (name, column) in zip(header.fields, header.columns) where !name.isEmpty {
            guard named.insert(name.lowercased()).inserted else {
                throw InputError(
                    SourceLocation(path: path, line: header.line, column: column),
                    "the column '\(name)' is named twice in the first row")
            }
        }
        for row in rows.dropFirst() where row.fields.count > header.fields.count {
            // Empty cells past the header (a spreadsheet's padding) lose nothing.
            if let extra = row.fields.indices.dropFirst(header.fields.count).first(where: { !row.fields[$0].isEmpty }) {
                throw InputError(
                    SourceLocation(path: path, line: row.line, column: row.columns[extra]),
                    "a row has more cells than the first row names columns (\(header.fields.count)): cell \(extra + 1) has no column"
                )
            }
        }
        let index = Dictionary(
            header.fields.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        guard let wrongColumn = index[EntryField.wrong.name], let suggestionColumn = index[EntryField.suggestion.name]
        else {
            throw InputError(
                SourceLocation(path: path, line: 1, column: 1),
                "the first row must name the columns \(EntryField.wrong) and \(EntryField.suggestion)")
        }
        var entries: [GlossaryEntry] = []
        var position: [String: Int] = [:]
        for row in rows.dropFirst() where !row.fields.allSatisfy(\.isEmpty) {
            func value(_ field: EntryField) -> String? {
                index[field.name].flatMap { $0 < row.fields.count ? row.fields[$0] : nil }.flatMap {
                    $0.isEmpty ? nil : $0
                }
            }
            let here = SourceLocation(path: path, line: row.line, column: 1)
            let approved = value(.approved).map(split) ?? []
            // A row without a wrong form is a key term's, with its approved renderings.
            let wrong = value(.wrong)
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
        return (entries, Set(index.keys))
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
            return value.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        // By code point: a CRLF is one Character, equal to neither "\n" nor "\r".
        let separatorScalar = separator.unicodeScalars.first
        guard value.unicodeScalars.contains(where: { $0 == separatorScalar || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private struct Row {
        var fields: [String]
        /// The column (in Unicode scalars) where each field starts.
        var columns: [Int]
        var line: Int
    }

    /// RFC 4180 fields (quotes only with commas; tab-separated fields are taken as they are).
    /// A quoted field must be followed by a separator or the end of its line, and no field
    /// may hold a control character other than tab, line feed and carriage return.
    private static func parse(_ text: String, separator: Character, path: String) throws(InputError) -> [Row] {
        let separator = separator.unicodeScalars.first ?? ","
        var rows: [Row] = []
        var row = Row(fields: [], columns: [], line: 1)
        var field = String.UnicodeScalarView()
        var fieldColumn = 1
        var quoted = false
        var closedQuote = false
        var line = 1
        var column = 1
        var scalars = Array(text.unicodeScalars)
        if scalars.last != "\n" { scalars.append("\n") }
        func located(_ message: String) -> InputError {
            InputError(SourceLocation(path: path, line: line, column: column), message)
        }
        func endField() {
            row.fields.append(unprotected(String(field)))
            row.columns.append(fieldColumn)
            field = String.UnicodeScalarView()
            closedQuote = false
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let name = GlossaryChecks.controlCharacterName(scalar) {
                throw located(
                    "a cell holds the control character \(name): glossary text may hold no control characters")
            }
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                        column += 1
                    } else {
                        quoted = false
                        closedQuote = true
                    }
                    column += 1
                } else if scalar == "\n" {
                    field.append(scalar)
                    line += 1
                    column = 1
                } else {
                    field.append(scalar)
                    column += 1
                }
                index += 1
                continue
            }
            let isLineEnd =
                scalar == "\n" || (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n")
            if closedQuote && scalar != separator && !isLineEnd {
                throw located("a quoted cell must end at a separator or the end of its line")
            }
            if scalar == "\"" && field.isEmpty && separator == "," && !closedQuote {
                quoted = true
                column += 1
            } else if scalar == separator {
                endField()
                column += 1
                fieldColumn = column
            } else if isLineEnd {
                if scalar == "\r" { index += 1 }
                endField()
                rows.append(row)
                line += 1
                column = 1
                fieldColumn = 1
                row = Row(fields: [], columns: [], line: line)
            } else {
                if scalar != "\r" { field.append(scalar) }  // a lone carriage return is dropped
                column += 1
            }
            index += 1
        }
        if quoted {
            throw InputError(SourceLocation(path: path, line: row.line, column: 1), "a quoted field is not closed")
        }
        return rows
    }
}
