/// Entries read from any file Enmienda can take them from: CSV or TSV rows
/// (``GlossaryCSV``), TBX of either version (``GlossaryTBX``), or another Enmienda
/// glossary. The format is told from the bytes, not from the file's name.
///
/// ```swift
/// let incoming = try GlossaryInterchange.entries(from: bytes, path: "client.tbx")
/// try GlossaryEditor.merge(incoming.entries, into: "glossaries/client.xml", combining: incoming.updating)
/// ```
public struct GlossaryInterchange: Sendable {
    /// The entries, in the file's order.
    public var entries: [GlossaryEntry]
    /// The file's title, if it has one (TBX and glossaries).
    public var title: String?
    /// What could not become an entry and was left out (TBX concepts, rows without a
    /// suggestion), located.
    public var skipped: [Diagnostic]
    private var tbx: GlossaryTBX.Import?
    /// The columns of CSV or TSV rows.
    private var columns: Set<String>?

    /// Reads `bytes`: XML whose root is `tbx` or `martif` as TBX, other XML as a glossary,
    /// anything else as CSV or TSV.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` at `path:line:column`
    ///   for what the format's reader refuses.
    public static func entries(from bytes: [UInt8], path: String) throws(InputError) -> GlossaryInterchange {
        try InputError.classifying(as: .glossary) { () throws(InputError) in try read(bytes, path: path) }
    }

    private static func read(_ bytes: [UInt8], path: String) throws(InputError) -> GlossaryInterchange {
        if GlossaryTBX.isTBX(bytes) {
            let imported = try GlossaryTBX.entries(from: bytes, path: path)
            return GlossaryInterchange(
                entries: imported.entries, title: imported.title, skipped: imported.skipped, tbx: imported,
                columns: nil)
        }
        if XMLRootName.looksLikeXML(bytes) {
            let glossary = try Glossary(xml: bytes, path: path)
            return GlossaryInterchange(
                entries: glossary.entries, title: glossary.title, skipped: [], tbx: nil, columns: nil)
        }
        let rows = try GlossaryCSV.read(GlossaryCSV.text(of: bytes, path: path), path: path)
        return GlossaryInterchange(
            entries: rows.entries, title: nil, skipped: rows.skipped, tbx: nil, columns: rows.columns)
    }

    /// A glossary to check with, and what was left out of it.
    public struct Loaded: Sendable {
        /// The entries that can be checked.
        public var glossary: Glossary
        /// Each concept, row or entry left out, located, with the reason: a caller that
        /// checks with the glossary shows them, so that no part of a termbase is dropped
        /// unseen.
        public var warnings: [Diagnostic]
    }

    /// A glossary to check with, and the warnings about what it leaves out: an Enmienda
    /// glossary as it is; a TBX termbase's concepts that have a deprecated Spanish term and
    /// a term to use instead, or admitted terms (see ``GlossaryTBX/entries(from:path:)``);
    /// or the rows of a CSV or TSV blacklist. From a termbase or rows, an entry the
    /// glossary checks refuse (a preferred term that contains the deprecated one, say) is
    /// left out with a warning, not the whole file.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` for what the format's
    ///   reader refuses, or a file of which no entry is left.
    public static func loading(from bytes: [UInt8], path: String) throws(InputError) -> Loaded {
        // Said as such, not as a table without a header row, whatever the name promises.
        let content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard content.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw InputError(
                SourceLocation(path: path, line: 1, column: 1),
                "the file is empty: a glossary is an Enmienda XML glossary, a TBX file or a CSV/TSV table with a header row",
                kind: .glossary)
        }
        if XMLRootName.looksLikeXML(bytes) && !GlossaryTBX.isTBX(bytes) {
            return Loaded(glossary: try Glossary(xml: bytes, path: path), warnings: [])
        }
        let read = try entries(from: bytes, path: path)
        var warnings = read.skipped
        var entries = read.entries
        do {
            if !entries.isEmpty {
                return Loaded(glossary: try Glossary(entries: entries, title: read.title), warnings: warnings)
            }
        } catch {
            // Only what an entry does alone is left out; the rest still refuses the file.
            var accepted: [GlossaryEntry] = []
            for entry in entries {
                do {
                    _ = try Glossary(entries: [entry])
                    accepted.append(entry)
                } catch {
                    warnings += error.diagnostics
                }
            }
            entries = accepted
        }
        guard !entries.isEmpty else {
            let what =
                GlossaryTBX.isTBX(bytes)
                ? "no concept of this TBX file has a deprecated Spanish term and a term to use instead"
                : "no rows with a wrong form and a suggestion"
            throw InputError(
                [Diagnostic(location: SourceLocation(path: path, line: 1, column: 1), message: what)] + warnings,
                kind: .glossary)
        }
        do {
            return Loaded(glossary: try Glossary(entries: entries, title: read.title), warnings: warnings)
        } catch {
            throw InputError(error.diagnostics, kind: .glossary)
        }
    }

    /// A glossary to check with, as ``loading(from:path:)`` reads it, without its warnings.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` for what the format's
    ///   reader refuses, or a file of which no entry is left.
    public static func glossary(from bytes: [UInt8], path: String) throws(InputError) -> Glossary {
        try loading(from: bytes, path: path).glossary
    }

    /// What an update writes where a glossary already has `existing`: see
    /// ``GlossaryTBX/Import/updating(_:with:)`` for TBX; for CSV or TSV rows, `existing`
    /// with the fields the rows' columns carry taken from `incoming` (context rules,
    /// exceptions, examples and extension markup stay); for another glossary, `incoming`.
    public func updating(_ existing: GlossaryEntry, with incoming: GlossaryEntry) -> GlossaryEntry {
        if let tbx { return tbx.updating(existing, with: incoming) }
        if let columns { return GlossaryCSV.updating(existing, with: incoming, columns: columns) }
        return incoming
    }
}
