import Foundation

/// `glossary set`: one field of one entry, changed where it is written.
extension GlossaryEditor {
    /// The fields ``set(_:field:to:in:)`` changes: every field but the id, which
    /// ``rename(_:to:in:)`` changes.
    public static let settableFields = settable.map(\.name)

    private static let settable = EntryField.all.filter { $0.kind != .identifier }

    /// Sets one field of the entry `id` (`source`, `wrong`, `suggestion` and `approved`
    /// take one or more values and replace the list; the others take one; approved
    /// renderings raise a version 1 file to version 2). Only that attribute, or
    /// those elements, change, in place and with the indentation of the old ones: comments
    /// inside the entry and every other byte of the file stay as they were. (Should the
    /// markup be too unusual for that, the entry is written in canonical form.)
    ///
    /// - Parameter morphology: The morphology the entry's examples are run with.
    public static func set(
        _ id: String, field: String, to values: [String], in path: String,
        morphology: any EnmiendaCore.Morphology = SpanishRules()
    ) throws(InputError) {
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
            guard let entryField = settable.first(where: { $0.name == field }) else {
                throw problem("unknown field '\(field)'; one of \(settableFields.joined(separator: ", "))")
            }
            if entryField.isMultiValued {
                entryField.assign(values, to: &entry)
            } else {
                // One value, which may come in words: `inflect number gender`.
                let text = values.joined(separator: " ")
                // A setting of nothing but spaces is refused (rows and termbases read a blank
                // inflect as none).
                let isBlankSetting = entryField.isSetting && text.allSatisfy { $0 == " " }
                guard !isBlankSetting, entryField.assign(text, to: &entry) else {
                    throw problem(entryField.refusal(of: text))
                }
            }
            let span = try GlossaryMarkup.entrySpan(id, in: bytes, glossary: glossary, path: path)
            let edited = versioned(inPlace(entryField, of: entry, in: bytes, span: span), holding: [entry])
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
            return versioned(
                Array(bytes[..<span.lowerBound]) + Array(canonical.utf8) + Array(bytes[span.upperBound...]),
                holding: [entry])
        } check: { glossary throws(InputError) in
            try checkExamples(of: [id], in: glossary, morphology: morphology)
        }
    }

    /// The file with `field` of the entry at `span` changed to what `entry` now holds: an
    /// attribute's value in the start tag, or the child elements of that name.
    private static func inPlace(_ field: EntryField, of entry: GlossaryEntry, in bytes: [UInt8], span: Range<Int>)
        -> [UInt8]
    {
        let markup = EntryMarkup(bytes, span: span)
        if field.isSetting {
            return markup.settingAttribute(
                field.name, to: field.value(in: entry) ?? "", unlessAbsentAnd: field.canBeOmitted(from: entry),
                in: bytes)
        }
        let elements = field.values(in: entry).map { "<\(field.name)>\(XMLEscaping.content($0))</\(field.name)>" }
        return markup.replacingChildren(named: field.name, with: elements, in: bytes)
    }
}
