/// A field of a glossary entry under the one name that every glossary format gives it. The
/// name is the attribute or element in glossary XML, the CSV and TSV column, the TBX data
/// category (after `x-enmienda-`) and the FIELD of `glossary set`. Each field knows how its
/// values are spelled and how it reads and writes a ``GlossaryEntry``. ``all`` is the table
/// (`EntryFields.swift`). A format adds only its own encoding, such as an order, a prefix or
/// a header, and derives the spellings from the table.
///
/// Every value is text. An *identifier* or a *setting* holds exactly one text: a setting's
/// text is one of a closed list of ``spellings``. A *text* field holds at most one, and a
/// *list* holds any number, in order.
///
/// ```swift
/// var entry = GlossaryEntry(id: "pm", location: here)
/// EntryField.inflect.assign("none", to: &entry)        // true: entry.inflection == []
/// EntryField.inflect.value(in: entry)                  // "none"
/// EntryField.caseSensitivity.assign("yes", to: &entry) // false: not a spelling of case
/// EntryField.caseSensitivity.refusal(of: "yes")        // "case is sensitive or insensitive"
/// ```
package struct EntryField: Sendable {
    /// What a field holds, which decides how each format writes it.
    package enum Kind: Sendable, Hashable {
        /// The entry's id: one text.
        case identifier
        /// One of a closed list of spellings (category, severity, inflect).
        case choice
        /// One of two spellings, on or off (case, accents, needs-source).
        case flag
        /// Free text, at most one (note).
        case text
        /// Free texts, in order: the field is multi-valued (source, wrong, suggestion).
        case list
    }

    /// How a setting's text is taken.
    package enum Reading: Sendable, Hashable {
        /// The text must spell a value: one of the ``EntryField/spellings``, except that
        /// `inflect` takes its words in any order, and takes no words at all as none.
        case strict
        /// The way glossary XML is read after its schema has checked it. A flag is on only
        /// when it says its on spelling, and `inflect` takes the words that name an
        /// inflection. A choice must still be one of its names.
        case lenient
    }

    /// The field's name in every format: `inflect`, `needs-source`, `suggestion`.
    package let name: String
    /// What the field holds.
    package let kind: Kind
    /// Whether every glossary states the field. The glossary schema requires it, writers
    /// always write it, and only readers of rows and termbases fall back on its default.
    package let isRequired: Bool
    /// The spellings of a setting's values, in the order that messages list them
    /// (`number`, `gender`, `number gender`, `none`). Empty for other kinds.
    package let spellings: [String]
    /// What the values are called when they are too many to list, such as "an ITS 2.0
    /// issue type".
    let valueDescription: String?
    let access: Access

    /// How the field reads and writes an entry; made from a key path in `EntryFields.swift`.
    struct Access: Sendable {
        var values: @Sendable (GlossaryEntry) -> [String]
        var assign: @Sendable (inout GlossaryEntry, [String], Reading) -> Bool
        var hasDefaultValue: @Sendable (GlossaryEntry) -> Bool
        var reset: @Sendable (inout GlossaryEntry) -> Void
        var copy: @Sendable (GlossaryEntry, inout GlossaryEntry) -> Void
        /// Adds one value to a list in place (nil for other kinds, which ``append(_:to:)``
        /// assigns), so that a reader adds each `<wrong>` without copying the others.
        var appendToList: (@Sendable (inout GlossaryEntry, String) -> Void)? = nil
    }
}

extension EntryField {
    /// Whether the field takes one of a closed list of spellings: a choice or a flag.
    package var isSetting: Bool { kind == .choice || kind == .flag }

    /// Whether the field holds free text: a text or a list.
    package var isText: Bool { kind == .text || kind == .list }

    /// Whether the field holds any number of values.
    package var isMultiValued: Bool { kind == .list }

    /// The field's values in `entry`, as text. A setting or an identifier has one value,
    /// a text has none or one, and a list has any number.
    package func values(in entry: GlossaryEntry) -> [String] {
        access.values(entry)
    }

    /// The one value of a single-valued field in `entry` (a setting's spelling, the id, the
    /// note), or nil for a text field that has none.
    package func value(in entry: GlossaryEntry) -> String? {
        access.values(entry).first
    }

    /// Sets the field of `entry` to the value that `text` spells. A list is set to that one
    /// value.
    ///
    /// - Returns: Whether `text` spells a value of the field. If it does not, `entry` is
    ///   unchanged.
    @discardableResult
    package func assign(_ text: String, to entry: inout GlossaryEntry, reading: Reading = .strict) -> Bool {
        access.assign(&entry, [text], reading)
    }

    /// Sets the field of `entry` to `values`: any number for a list, at most one for a text,
    /// exactly one otherwise.
    ///
    /// - Returns: Whether `values` are values of the field. If they are not, `entry` is
    ///   unchanged.
    @discardableResult
    package func assign(_ values: [String], to entry: inout GlossaryEntry) -> Bool {
        access.assign(&entry, values, .strict)
    }

    /// Adds `text` to the field of `entry`, as a reader does with each element it finds.
    /// A list gets `text` at its end. Any other field takes `text` as its value, so a later
    /// one replaces an earlier one.
    ///
    /// - Returns: Whether `text` spells a value of the field.
    @discardableResult
    package func append(_ text: String, to entry: inout GlossaryEntry) -> Bool {
        if let appendToList = access.appendToList {
            appendToList(&entry, text)
            return true
        }
        return assign(text, to: &entry)
    }

    /// Whether the field of `entry` has its default value: for a setting, the value that a
    /// glossary means when it does not say (`inflect="number"`, `case="insensitive"`); no
    /// note; an empty list. An identifier has no default.
    package func hasDefaultValue(in entry: GlossaryEntry) -> Bool {
        access.hasDefaultValue(entry)
    }

    /// Whether a file may leave the field of `entry` unsaid, because the field is optional
    /// and has its default value. Writers leave such fields out.
    package func canBeOmitted(from entry: GlossaryEntry) -> Bool {
        !isRequired && hasDefaultValue(in: entry)
    }

    /// Gives the field of `entry` its default value. An identifier is left as it is.
    package func reset(_ entry: inout GlossaryEntry) {
        access.reset(&entry)
    }

    /// Copies the field from `source` to `entry`.
    package func copy(from source: GlossaryEntry, to entry: inout GlossaryEntry) {
        access.copy(source, &entry)
    }

    /// Why `value` is not a value of the field, worded as a compiler message. A short list
    /// of spellings is named (`severity is minor, major or critical`), and a long one is
    /// described (`'huge' is not an ITS 2.0 issue type`).
    package func refusal(of value: String) -> String {
        if let valueDescription { return "'\(value)' is not \(valueDescription)" }
        guard let last = spellings.last else { return "'\(value)' is not a value of \(name)" }
        let listed = spellings.count == 1 ? last : spellings.dropLast().joined(separator: ", ") + " or " + last
        return "\(name) is \(listed)"
    }
}

extension EntryField: Hashable {
    /// Fields are told apart by name: no two fields of the table share one.
    package static func == (lhs: EntryField, rhs: EntryField) -> Bool {
        lhs.name == rhs.name
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(name)
    }
}

extension EntryField: CustomStringConvertible {
    /// The field's name.
    package var description: String { name }
}
