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
    /// What could not become an entry and was left out (TBX concepts), located.
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
        return GlossaryInterchange(entries: rows.entries, title: nil, skipped: [], tbx: nil, columns: rows.columns)
    }

    /// A glossary to check with: an Enmienda glossary, a TBX termbase's concepts that
    /// have a deprecated Spanish term (see ``GlossaryTBX/glossary(from:path:)``), or the
    /// rows of a CSV or TSV blacklist.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/glossary`` for what the format's
    ///   reader refuses, or rows that make no entry.
    public static func glossary(from bytes: [UInt8], path: String) throws(InputError) -> Glossary {
        if GlossaryTBX.isTBX(bytes) { return try GlossaryTBX.glossary(from: bytes, path: path) }
        if XMLRootName.looksLikeXML(bytes) { return try Glossary(xml: bytes, path: path) }
        let rows = try GlossaryCSV.entries(from: bytes, path: path)
        guard !rows.isEmpty else {
            throw InputError(
                SourceLocation(path: path, line: 1, column: 1), "no rows with a wrong form and a suggestion",
                kind: .glossary)
        }
        return try Glossary(entries: rows)
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
