/// What the aligner reads of every entry when it is made, without the entry itself: its
/// severity and which of its fields need work. A compiled glossary's image stores one
/// per entry, so that a glossary read back from the cache decodes an entry only when a
/// finding or a rule needs it (see ``DeferredEntries``).
package struct EntrySummary: Hashable, Sendable {
    /// Which of an entry's fields are set.
    package struct Flags: OptionSet, Hashable, Sendable {
        package let rawValue: UInt32

        package init(rawValue: UInt32) {
            self.rawValue = rawValue
        }

        /// ``GlossaryEntry/isCaseSensitive``.
        package static let caseSensitive = Flags(rawValue: 1 << 0)
        /// ``GlossaryEntry/isAccentSensitive``.
        package static let accentSensitive = Flags(rawValue: 1 << 1)
        /// ``GlossaryEntry/needsSource``.
        package static let needsSource = Flags(rawValue: 1 << 2)
        /// The entry has context rules (``GlossaryEntry/context``).
        package static let hasContext = Flags(rawValue: 1 << 3)
        /// One of its context rules is a `require` rule.
        package static let requiresContext = Flags(rawValue: 1 << 4)
        /// The entry has ``GlossaryEntry/exceptions``.
        package static let hasExceptions = Flags(rawValue: 1 << 5)
        /// The entry is a key term (``GlossaryEntry/isKeyTerm``).
        package static let keyTerm = Flags(rawValue: 1 << 6)
        /// The entry names varieties (``GlossaryEntry/varieties``).
        package static let namesVarieties = Flags(rawValue: 1 << 7)

        /// Every flag this version knows (an image with others is not of this version).
        package static let known = Flags(rawValue: (1 << 8) - 1)
    }

    /// The entry's fields that need work.
    package var flags: Flags
    /// The entry's ``GlossaryEntry/severity``.
    package var severity: Severity

    /// The summary of `entry`.
    package init(_ entry: borrowing GlossaryEntry) {
        var flags: Flags = []
        if entry.isCaseSensitive { flags.insert(.caseSensitive) }
        if entry.isAccentSensitive { flags.insert(.accentSensitive) }
        if entry.needsSource { flags.insert(.needsSource) }
        if !entry.context.isEmpty { flags.insert(.hasContext) }
        if entry.context.contains(where: { $0.kind == .require }) { flags.insert(.requiresContext) }
        if !entry.exceptions.isEmpty { flags.insert(.hasExceptions) }
        if entry.isKeyTerm { flags.insert(.keyTerm) }
        if !entry.varieties.isEmpty { flags.insert(.namesVarieties) }
        self.init(flags: flags, severity: entry.severity)
    }

    /// A summary read back from an image.
    package init(flags: Flags, severity: Severity) {
        self.flags = flags
        self.severity = severity
    }
}
