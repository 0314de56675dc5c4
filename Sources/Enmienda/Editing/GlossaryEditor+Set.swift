import Foundation

/// `glossary set`: one field of one entry, changed where it is written.
extension GlossaryEditor {
    /// The fields ``set(_:field:to:in:)`` changes, with the values each takes.
    public static let settableFields = [
        "category", "severity", "note", "inflect", "case", "accents", "needs-source", "source", "wrong",
        "suggestion",
    ]

    /// Sets one field of the entry `id` (`source`, `wrong` and `suggestion` take one or
    /// more values and replace the list; the others take one). Only that attribute, or
    /// those elements, change, in place and with the indentation of the old ones: comments
    /// inside the entry and every other byte of the file stay as they were. (Should the
    /// markup be too unusual for that, the entry is written in canonical form.)
    public static func set(_ id: String, field: String, to values: [String], in path: String) throws(InputError) {
        try modify(path) { (bytes, glossary) throws(InputError) -> [UInt8] in
            guard var entry = glossary.entry(withID: id) else {
                throw InputError(SourceLocation(path: path, line: 1, column: 1), "no entry '\(id)'")
            }
            func problem(_ message: String) -> InputError { InputError(entry.location, message) }
            guard !values.isEmpty else { throw problem("give a value for \(field)") }
            for value in values {
                if let name = value.unicodeScalars.lazy.compactMap(GlossaryChecks.controlCharacterName).first {
                    throw problem(
                        "\(field) holds the control character \(name): glossary text may hold no control characters")
                }
            }
            let single = values.count == 1 ? values[0] : nil
            switch field {
            case "category":
                guard let value = single.flatMap(IssueCategory.init(rawValue:)) else {
                    throw problem("'\(values.joined(separator: " "))' is not an ITS 2.0 issue type")
                }
                entry.category = value
            case "severity":
                guard let value = single.flatMap(Severity.init(rawValue:)) else {
                    throw problem("severity is minor, major or critical")
                }
                entry.severity = value
            case "note": entry.note = values.joined(separator: " ")
            case "inflect":
                let words = values.flatMap { $0.split(separator: " ") }.map(String.init)
                guard words == ["none"] || (!words.isEmpty && words.allSatisfy({ Inflection(rawValue: $0) != nil }))
                else {
                    throw problem("inflect is number, gender, number gender or none")
                }
                entry.inflection = Set(words.compactMap(Inflection.init(rawValue:)))
            case "case", "accents":
                guard let value = single, ["sensitive", "insensitive"].contains(value) else {
                    throw problem("\(field) is sensitive or insensitive")
                }
                if field == "case" {
                    entry.isCaseSensitive = value == "sensitive"
                } else {
                    entry.isAccentSensitive = value == "sensitive"
                }
            case "needs-source":
                guard let value = single, ["true", "false"].contains(value) else {
                    throw problem("needs-source is true or false")
                }
                entry.needsSource = value == "true"
            case "source": entry.sources = values
            case "wrong": entry.wrongForms = values
            case "suggestion": entry.suggestions = values
            default:
                throw problem("unknown field '\(field)'; one of \(settableFields.joined(separator: ", "))")
            }
            let span = try GlossaryMarkup.entrySpan(id, in: bytes, glossary: glossary, path: path)
            let edited = inPlace(field, of: entry, values: values, in: bytes, span: span)
            // The edit in place must read back as the entry intended; if the markup was
            // unusual enough to defeat it, the entry is written in canonical form.
            if let reread = try? Glossary(xml: edited, path: path).entry(withID: id),
                GlossaryXMLWriter().xml(for: reread) == GlossaryXMLWriter().xml(for: entry)
            {
                return edited
            }
            var canonical = GlossaryXMLWriter().xml(for: entry)
            canonical = String(canonical.drop(while: { $0 == " " }))
            if canonical.hasSuffix("\n") { canonical.removeLast() }
            return Array(bytes[..<span.lowerBound]) + Array(canonical.utf8) + Array(bytes[span.upperBound...])
        } check: { glossary throws(InputError) in
            try checkExamples(of: [id], in: glossary)
        }
    }

    /// The file with `field` of the entry at `span` changed to what `entry` now holds: an
    /// attribute's value in the start tag, or the child elements of that name.
    private static func inPlace(
        _ field: String, of entry: GlossaryEntry, values: [String], in bytes: [UInt8], span: Range<Int>
    ) -> [UInt8] {
        let markup = EntryMarkup(bytes, span: span)
        let attributes: [String: (value: String, isDefault: Bool)] = [
            "category": (entry.category.rawValue, false), "severity": (entry.severity.rawValue, false),
            "inflect": (
                entry.inflection.isEmpty
                    ? "none"
                    : Inflection.allCases.filter(entry.inflection.contains).map(\.rawValue).joined(separator: " "),
                entry.inflection == [.number]
            ),
            "case": (entry.isCaseSensitive ? "sensitive" : "insensitive", !entry.isCaseSensitive),
            "accents": (entry.isAccentSensitive ? "sensitive" : "insensitive", !entry.isAccentSensitive),
            "needs-source": (entry.needsSource ? "true" : "false", !entry.needsSource),
        ]
        if let (value, isDefault) = attributes[field] {
            return markup.settingAttribute(field, to: value, unlessAbsentAnd: isDefault, in: bytes)
        }
        let elements = (field == "note" ? [entry.note ?? ""] : values).map {
            "<\(field)>\(XMLEscaping.content($0))</\(field)>"
        }
        return markup.replacingChildren(named: field, with: elements, in: bytes)
    }
}
