/// How a setting's values are written as text, and how each row of the table is built from a
/// key path of ``GlossaryEntry``.
extension EntryField {
    /// The spellings of the values of `Value`: the way each value is written, and how text is
    /// read back in each ``Reading``.
    struct Spelling<Value: Equatable & Sendable>: Sendable {
        /// Every value's spelling, in the order that messages list them.
        var spellings: [String]
        /// What the values are called when they are too many to list.
        var description: String?
        var spell: @Sendable (Value) -> String
        var strict: @Sendable (String) -> Value?
        var lenient: @Sendable (String) -> Value?
    }

    /// A setting: one value of `Value`, spelled as `spelling` says, `defaultValue` where a
    /// glossary does not say.
    init<Value>(
        _ kind: Kind, _ name: String, _ keyPath: WritableKeyPath<GlossaryEntry, Value> & Sendable,
        _ spelling: Spelling<Value>, default defaultValue: Value, isRequired: Bool = false
    ) {
        self.init(
            name: name, kind: kind, isRequired: isRequired, spellings: spelling.spellings,
            valueDescription: spelling.description,
            access: Access(
                values: { [spelling.spell($0[keyPath: keyPath])] },
                assign: { entry, texts, reading in
                    let parse = reading == .strict ? spelling.strict : spelling.lenient
                    guard texts.count == 1, let value = parse(texts[0]) else { return false }
                    entry[keyPath: keyPath] = value
                    return true
                },
                hasDefaultValue: { $0[keyPath: keyPath] == defaultValue },
                reset: { $0[keyPath: keyPath] = defaultValue },
                copy: { $1[keyPath: keyPath] = $0[keyPath: keyPath] }))
    }

    /// The entry's id.
    init(identifier name: String, _ keyPath: WritableKeyPath<GlossaryEntry, String> & Sendable) {
        self.init(
            name: name, kind: .identifier, isRequired: true, spellings: [], valueDescription: nil,
            access: Access(
                values: { [$0[keyPath: keyPath]] },
                assign: { entry, texts, _ in
                    guard texts.count == 1 else { return false }
                    entry[keyPath: keyPath] = texts[0]
                    return true
                },
                hasDefaultValue: { _ in false },
                reset: { _ in },
                copy: { $1[keyPath: keyPath] = $0[keyPath: keyPath] }))
    }

    /// Free text, at most one value; none by default.
    init(text name: String, _ keyPath: WritableKeyPath<GlossaryEntry, String?> & Sendable) {
        self.init(
            name: name, kind: .text, isRequired: false, spellings: [], valueDescription: nil,
            access: Access(
                values: { $0[keyPath: keyPath].map { [$0] } ?? [] },
                assign: { entry, texts, _ in
                    guard texts.count <= 1 else { return false }
                    entry[keyPath: keyPath] = texts.first
                    return true
                },
                hasDefaultValue: { $0[keyPath: keyPath] == nil },
                reset: { $0[keyPath: keyPath] = nil },
                copy: { $1[keyPath: keyPath] = $0[keyPath: keyPath] }))
    }

    /// Free texts in order; empty by default.
    init(list name: String, _ keyPath: WritableKeyPath<GlossaryEntry, [String]> & Sendable) {
        self.init(
            name: name, kind: .list, isRequired: false, spellings: [], valueDescription: nil,
            access: Access(
                values: { $0[keyPath: keyPath] },
                assign: { entry, texts, _ in
                    entry[keyPath: keyPath] = texts
                    return true
                },
                hasDefaultValue: { $0[keyPath: keyPath].isEmpty },
                reset: { $0[keyPath: keyPath] = [] },
                copy: { $1[keyPath: keyPath] = $0[keyPath: keyPath] },
                appendToList: { $0[keyPath: keyPath].append($1) }))
    }
}

extension EntryField.Spelling where Value: CaseIterable & RawRepresentable<String> {
    /// The names of an enumeration (its raw values, in its order), read the same way in
    /// either reading. Give `description` when there are too many names to list.
    static func names(described description: String? = nil) -> Self {
        Self(
            spellings: Value.allCases.map(\.rawValue), description: description, spell: \.rawValue,
            strict: Value.init(rawValue:), lenient: Value.init(rawValue:))
    }
}

extension EntryField.Spelling where Value == [SpanishVariety] {
    /// Variety tags separated by spaces (`es-ES es-AR`), each spelled as in
    /// ``SpanishVariety/tags``; the empty text is the empty list (every variety). The
    /// spellings are the single tags. Read leniently, unknown tags are dropped.
    static func varietyTags() -> Self {
        Self(
            spellings: SpanishVariety.tags,
            description: "a list of Spanish variety tags separated by spaces (es-ES, es-419, es-MX…)",
            spell: { $0.map(\.tag).joined(separator: " ") },
            strict: { text in
                var varieties: [SpanishVariety] = []
                for word in text.split(whereSeparator: \.isWhitespace) {
                    guard let variety = SpanishVariety(rawValue: String(word)) else { return nil }
                    if !varieties.contains(variety) { varieties.append(variety) }
                }
                return varieties
            },
            lenient: { text in
                var varieties: [SpanishVariety] = []
                for word in text.split(whereSeparator: \.isWhitespace) {
                    if let variety = SpanishVariety(rawValue: String(word)), !varieties.contains(variety) {
                        varieties.append(variety)
                    }
                }
                return varieties
            })
    }
}

extension EntryField.Spelling where Value == Bool {
    /// `on` for true and `off` for false. Read leniently, anything other than `on` is false.
    static func flag(on: String, off: String) -> Self {
        Self(
            spellings: [on, off], spell: { $0 ? on : off },
            strict: { $0 == on ? true : $0 == off ? false : nil }, lenient: { $0 == on })
    }
}

extension EntryField.Spelling {
    /// A set of names, written as words in their enumeration's order and separated by
    /// spaces, or as `none` for the empty set: `number gender`, `gender`, `none`. The
    /// spellings are every combination, smallest first, then `none`.
    static func words<Element>(none: String) -> Self
    where Value == Set<Element>, Element: CaseIterable & RawRepresentable<String> & Hashable & Sendable {
        let names = Element.allCases.map(\.rawValue)
        func combinations(_ names: ArraySlice<String>, size: Int) -> [[String]] {
            guard size > 0 else { return [[]] }
            guard let first = names.first, names.count >= size else { return [] }
            let rest = names.dropFirst()
            return combinations(rest, size: size - 1).map { [first] + $0 } + combinations(rest, size: size)
        }
        let spellings = (1...max(1, names.count)).flatMap { size in
            combinations(names[...], size: size).map { $0.joined(separator: " ") }
        }
        return Self(
            spellings: spellings + [none],
            spell: { set in
                let words = Element.allCases.filter(set.contains).map(\.rawValue)
                return words.isEmpty ? none : words.joined(separator: " ")
            },
            strict: { text in
                let words = text.split(separator: " ").map(String.init)
                guard words != [none] else { return [] }
                var set = Set<Element>()
                for word in words {
                    guard let element = Element(rawValue: word) else { return nil }
                    set.insert(element)
                }
                return set
            },
            lenient: { text in Set(text.split(separator: " ").compactMap { Element(rawValue: String($0)) }) })
    }
}
