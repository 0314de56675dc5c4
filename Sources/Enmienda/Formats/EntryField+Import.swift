import EnmiendaCore

/// How the importers of entries (``GlossaryCSV`` rows and ``GlossaryTBX`` termbases) read a
/// setting.
extension EntryField {
    /// Sets the field of `entry` to the value that `text` spells, as the importers read
    /// it. A flag is on only when it says its on spelling (`sensitive`, `true`), and any
    /// other text leaves it off. A choice must be one of its spellings.
    ///
    /// - Throws: ``InputError`` at `location` for a choice that `text` does not spell:
    ///   `unknown severity 'huge'` for a required field, the field's ``refusal(of:)``
    ///   (`inflect is number, gender, number gender or none`) for others.
    func assign(importing text: String, to entry: inout GlossaryEntry, at location: SourceLocation)
        throws(InputError)
    {
        guard assign(text, to: &entry, reading: kind == .flag ? .lenient : .strict) else {
            throw InputError(location, isRequired ? "unknown \(name) '\(text)'" : refusal(of: text))
        }
    }
}
