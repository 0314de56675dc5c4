import Foundation

/// Glossaries as comma- or tab-separated rows, in the layout of Okapi CheckMate's
/// blacklists (the wrong term first, then its suggestion), with the columns a round trip
/// needs after them.
///
/// One row per wrong form: `wrong, suggestion, source, category, note, id, severity,
/// inflect, case, accents, needs-source`. Several suggestions (best first) or English
/// sources are joined with `|`. Rows with the same `id` make one entry; a wrong form whose
/// suggestions differ from the entry's first row becomes a `<form>`. Context rules,
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
    public static let columns = [
        "wrong", "suggestion", "source", "category", "note", "id", "severity", "inflect", "case", "accents",
        "needs-source",
    ]

    /// The rows of `glossary`, with a header, separated by `separator` (`,` or a tab).
    public static func text(of glossary: Glossary, separator: Character = ",") -> String {
        var rows = [columns]
        for entry in glossary.entries {
            let inflect = Inflection.allCases.filter(entry.inflection.contains).map(\.rawValue)
            let shared = [
                entry.sources.joined(separator: "|"), entry.category.rawValue, entry.note ?? "", entry.id,
                entry.severity.rawValue, inflect.isEmpty ? "none" : inflect.joined(separator: " "),
                entry.isCaseSensitive ? "sensitive" : "insensitive",
                entry.isAccentSensitive ? "sensitive" : "insensitive",
                entry.needsSource ? "true" : "false",
            ]
            for wrong in entry.wrongForms {
                rows.append([wrong, entry.suggestions.joined(separator: "|")] + shared)
            }
            for form in entry.forms {
                for wrong in form.wrongForms { rows.append([wrong, form.suggestions.joined(separator: "|")] + shared) }
            }
        }
        return rows.map { $0.map { field(escaping: $0, separator: separator) }.joined(separator: String(separator)) }
            .joined(separator: "\n") + "\n"
    }

    /// The entries the rows describe, in the order their ids first appear.
    ///
    /// - Throws: ``InputError`` at `path:line:column` for a row with too few columns, an
    ///   unknown category or severity, or an unterminated quote.
    public static func entries(from text: String, path: String) throws(InputError) -> [GlossaryEntry] {
        try read(text, path: path).entries
    }

    /// The entries the rows describe, and the columns the header names (lower case).
    static func read(_ text: String, path: String) throws(InputError) -> (
        entries: [GlossaryEntry], columns: Set<String>
    ) {
        let separator: Character = text.prefix { $0 != "\n" }.contains("\t") ? "\t" : ","
        let rows = try parse(text, separator: separator, path: path)
        guard let header = rows.first else { return ([], []) }
        let index = Dictionary(
            header.fields.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        guard let wrongColumn = index["wrong"], let suggestionColumn = index["suggestion"] else {
            throw InputError(
                SourceLocation(path: path, line: 1, column: 1),
                "the first row must name the columns wrong and suggestion")
        }
        var entries: [GlossaryEntry] = []
        var position: [String: Int] = [:]
        for row in rows.dropFirst() where !row.fields.allSatisfy(\.isEmpty) {
            func value(_ name: String) -> String? {
                index[name].flatMap { $0 < row.fields.count ? row.fields[$0] : nil }.flatMap { $0.isEmpty ? nil : $0 }
            }
            let here = SourceLocation(path: path, line: row.line, column: 1)
            guard let wrong = value("wrong"), let suggestion = value("suggestion") else {
                throw InputError(
                    here,
                    "a row needs a wrong form (column \(wrongColumn + 1)) and a suggestion (column \(suggestionColumn + 1))"
                )
            }
            let suggestions = suggestion.split(separator: "|").map(String.init)
            let category = value("category") ?? "mistranslation"
            let severity = value("severity") ?? "minor"
            guard let issue = IssueCategory(rawValue: category) else {
                throw InputError(here, "unknown category '\(category)'")
            }
            guard let level = Severity(rawValue: severity) else {
                throw InputError(here, "unknown severity '\(severity)'")
            }
            let sources = (value("source") ?? wrong).split(separator: "|").map(String.init)
            let id = value("id") ?? GlossaryEntry.slug(sources.first ?? wrong)
            if let existing = position[id] {
                // Rows keep their order: once a form has begun, later rows are forms too.
                if entries[existing].suggestions == suggestions && entries[existing].forms.isEmpty {
                    entries[existing].wrongForms.append(wrong)
                } else {
                    entries[existing].forms.append(GlossaryForm(wrongForms: [wrong], suggestions: suggestions))
                }
                continue
            }
            position[id] = entries.count
            var entry = GlossaryEntry(
                id: id, sources: sources, wrongForms: [wrong], suggestions: suggestions, category: issue,
                severity: level, note: value("note"), location: here)
            if let inflect = value("inflect") {
                let words = inflect.split(separator: " ").map(String.init)
                guard words == ["none"] || words.allSatisfy({ Inflection(rawValue: $0) != nil }) else {
                    throw InputError(here, "inflect is number, gender, number gender or none")
                }
                entry.inflection = Set(words.compactMap(Inflection.init(rawValue:)))
            }
            entry.isCaseSensitive = value("case") == "sensitive"
            entry.isAccentSensitive = value("accents") == "sensitive"
            entry.needsSource = value("needs-source") == "true"
            entries.append(entry)
        }
        return (entries, Set(index.keys))
    }

    /// What an update from rows with `columns` writes where a glossary already has
    /// `existing`: `existing` with the fields the rows carry taken from `incoming` (the
    /// wrong forms and suggestions, and each of source, category, note, severity,
    /// inflect, case, accents and needs-source whose column the header names). Context
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
        if columns.contains("source") { entry.sources = incoming.sources }
        if columns.contains("category") { entry.category = incoming.category }
        if columns.contains("note") { entry.note = incoming.note }
        if columns.contains("severity") { entry.severity = incoming.severity }
        if columns.contains("inflect") { entry.inflection = incoming.inflection }
        if columns.contains("case") { entry.isCaseSensitive = incoming.isCaseSensitive }
        if columns.contains("accents") { entry.isAccentSensitive = incoming.isAccentSensitive }
        if columns.contains("needs-source") { entry.needsSource = incoming.needsSource }
        return entry
    }

    /// Each wrong form of `entry` with its suggestions, in the order rows list them.
    private static func pairs(of entry: GlossaryEntry) -> [[String]] {
        entry.wrongForms.map { [$0] + entry.suggestions }
            + entry.forms.flatMap { form in form.wrongForms.map { [$0] + form.suggestions } }
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
        var line: Int
    }

    /// RFC 4180 fields (quotes only with commas; tab-separated fields are taken as they are).
    private static func parse(_ text: String, separator: Character, path: String) throws(InputError) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var characters = Array(text)
        if characters.last != "\n" { characters.append("\n") }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" { line += 1 }
                    field.append(character)
                }
            } else if character == "\"" && field.isEmpty && separator == "," {
                quoted = true
            } else if character == separator {
                fields.append(unprotected(field))
                field = ""
            } else if character == "\n" || character == "\r\n" {
                fields.append(unprotected(field.hasSuffix("\r") ? String(field.dropLast()) : field))
                rows.append(Row(fields: fields, line: rowLine))
                fields = []
                field = ""
                line += 1
                rowLine = line
            } else if character != "\r" {
                field.append(character)
            }
            index += 1
        }
        if quoted {
            throw InputError(SourceLocation(path: path, line: rowLine, column: 1), "a quoted field is not closed")
        }
        return rows
    }
}
