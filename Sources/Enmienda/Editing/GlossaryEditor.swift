import Foundation

/// Edits a glossary file the way an editor would by hand: only the bytes of the entry
/// that changes are touched, so comments, entry order, unknown elements and attributes,
/// namespaces and the XML declaration all survive, and a version-control diff shows
/// just the new or changed lines. An edit that writes approved renderings
/// (``GlossaryEntry/approvedRenderings``) into a version 1 file also raises the root's
/// `version` attribute to 2, and changes nothing else there.
///
/// Every edit reads the file, changes it, checks that the result loads (schema and
/// entry checks), and writes it atomically, under an exclusive lock on a
/// `.NAME.lock` file beside it: a killed editor leaves the old file or the new one,
/// never a mix, and concurrent editors apply their changes one after the other.
///
/// Every refusal is an ``InputError`` whose ``InputError/kind`` says why:
/// ``InputError/Kind/duplicateID(_:)`` for an id the file already has,
/// ``InputError/Kind/output`` when the file cannot be locked or written, and
/// ``InputError/Kind/glossary`` for everything else (the file does not load, no entry
/// has the id, the edited entries do not pass their checks).
///
/// ```swift
/// try GlossaryEditor.add(entry, to: "glossaries/mine.xml")
/// try GlossaryEditor.rename("war-effort", to: "war-effort-calque", in: "glossaries/mine.xml")
/// ```
public enum GlossaryEditor {
    /// Appends `entry` after the last entry (before `</glossary>`).
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/duplicateID(_:)`` if an entry has
    ///   the same id; of kind ``InputError/Kind/glossary`` if one of its wrong forms is
    ///   already a wrong form of another entry and neither has context rules to tell them
    ///   apart (it would shadow it or be shadowed), if its incorrect examples are not
    ///   flagged or its correct ones are, or if the file does not load; of kind
    ///   ``InputError/Kind/output`` if the file cannot be locked or written.
    /// - Parameter morphology: The morphology the examples are run with: that of the
    ///   lexicon where one is installed (verb entries conjugate only with one).
    /// - Returns: The entry as written.
    @discardableResult
    public static func add(
        _ entry: GlossaryEntry, to path: String, morphology: any EnmiendaCore.Morphology = SpanishRules()
    ) throws(InputError) -> String {
        try add([entry], to: path, morphology: morphology)
    }

    /// Appends `entries`, in order, in one edit, with the checks of adding one entry:
    /// all are added or none.
    ///
    /// - Parameter missing: The glossary to start from (its title, say) when the file does
    ///   not exist; it is then created by this edit, under the lock. Without it, a missing
    ///   file is an error.
    /// - Parameter morphology: The morphology the examples are run with.
    @discardableResult
    public static func add(
        _ entries: [GlossaryEntry], to path: String, creating missing: Glossary? = nil,
        morphology: any EnmiendaCore.Morphology = SpanishRules()
    ) throws(InputError) -> String {
        try refuseControlCharacters(in: entries)
        var written = ""
        try modify(path, creating: missing) { (bytes, glossary) throws(InputError) -> [UInt8] in
            for entry in entries {
                if let existing = glossary.entry(withID: entry.id) {
                    throw InputError(
                        SourceLocation(path: path, line: 1, column: 1),
                        "an entry '\(entry.id)' already exists at \(existing.location)", kind: .duplicateID(entry.id))
                }
            }
            try checkShadows(of: entries, in: glossary)
            written = entries.map { GlossaryXMLWriter().xml(for: $0) }.joined()
            return try appending(written, to: versioned(bytes, holding: entries), path: path)
        } check: { glossary throws(InputError) in
            try checkExamples(of: Set(entries.map(\.id)), in: glossary, morphology: morphology)
        }
        return written
    }

    /// What ``merge(_:into:)`` did.
    public struct MergeSummary: Equatable, Sendable {
        /// Entries whose ids were new, appended in order.
        public var added = 0
        /// Entries whose ids existed and whose content differed, rewritten in canonical form.
        public var updated = 0
        /// Entries whose ids existed with the same content, left byte for byte.
        public var unchanged = 0
    }

    /// Adds the entries whose ids are new and replaces those whose ids exist (each in its
    /// place, in canonical form, only if it changed), in one edit with the checks of
    /// ``add(_:to:)``: all or nothing. Entries of the file that `entries` does not name stay.
    ///
    /// - Parameters:
    ///   - missing: The glossary to start from when the file does not exist, as in
    ///     ``add(_:to:creating:)``.
    ///   - combining: What to write where the file has an entry (first argument)
    ///     with the id of an incoming one (second); the incoming one by default.
    ///   - morphology: The morphology the examples are run with.
    @discardableResult
    public static func merge(
        _ incoming: [GlossaryEntry], into path: String, creating missing: Glossary? = nil,
        morphology: any EnmiendaCore.Morphology = SpanishRules(),
        combining: (GlossaryEntry, GlossaryEntry) -> GlossaryEntry = { _, incoming in incoming }
    ) throws(InputError) -> MergeSummary {
        try refuseControlCharacters(in: incoming)
        var summary = MergeSummary()
        var entries = incoming
        try modify(path, creating: missing) { (bytes, glossary) throws(InputError) -> [UInt8] in
            summary = MergeSummary()
            entries = incoming.map { entry in glossary.entry(withID: entry.id).map { combining($0, entry) } ?? entry }
            try checkShadows(of: entries, in: glossary)
            let writer = GlossaryXMLWriter()
            var replacements: [(span: Range<Int>, xml: String)] = []
            var added: [GlossaryEntry] = []
            for entry in entries {
                guard let existing = glossary.entry(withID: entry.id) else {
                    added.append(entry)
                    continue
                }
                let xml = writer.xml(for: entry)
                guard xml != writer.xml(for: existing) else {
                    summary.unchanged += 1
                    continue
                }
                var canonical = String(xml.drop(while: { $0 == " " }))
                if canonical.hasSuffix("\n") { canonical.removeLast() }
                replacements.append(
                    (try GlossaryMarkup.entrySpan(entry.id, in: bytes, glossary: glossary, path: path), canonical))
            }
            summary.added = added.count
            summary.updated = replacements.count
            // The new entries go last, then the replacements from the end, so that no
            // edit moves a span still to be edited.
            var result =
                added.isEmpty ? bytes : try appending(added.map(writer.xml(for:)).joined(), to: bytes, path: path)
            for replacement in replacements.sorted(by: { $0.span.lowerBound > $1.span.lowerBound }) {
                result.replaceSubrange(replacement.span, with: Array(replacement.xml.utf8))
            }
            return versioned(result, holding: entries)
        } check: { glossary throws(InputError) in
            try checkExamples(of: Set(entries.map(\.id)), in: glossary, morphology: morphology)
        }
        return summary
    }

    /// Refuses an id given twice, and a wrong form that an entry not being replaced already
    /// has, unless both entries have context rules (the rules tell them apart).
    private static func checkShadows(of entries: [GlossaryEntry], in glossary: Glossary) throws(InputError) {
        let replaced = Set(entries.map(\.id))
        var taken: [[String]: (id: String, ruled: Bool)] = [:]
        func take(_ entry: GlossaryEntry) {
            for wrong in entry.wrongForms + entry.forms.flatMap(\.wrongForms) {
                let key = PhrasePattern.folded(wrong)
                if taken[key] == nil || entry.context.isEmpty { taken[key] = (entry.id, !entry.context.isEmpty) }
            }
        }
        glossary.entries.filter { !replaced.contains($0.id) }.forEach(take)
        var seenIDs: Set<String> = []
        for entry in entries {
            guard seenIDs.insert(entry.id).inserted else {
                throw InputError(entry.location, "the entry '\(entry.id)' is given twice")
            }
            for wrong in entry.wrongForms + entry.forms.flatMap(\.wrongForms) {
                if let other = taken[PhrasePattern.folded(wrong)], other.id != entry.id,
                    !(other.ruled && !entry.context.isEmpty)
                {
                    let location = glossary.entry(withID: other.id)?.location ?? entry.location
                    throw InputError(
                        location, "the wrong form '\(wrong)' is already in entry '\(other.id)': edit that entry instead"
                    )
                }
            }
            take(entry)
        }
    }

    /// Runs the examples of the entries `ids` in the edited glossary.
    /// Refuses entries whose text holds a control character, at the entries' own
    /// locations (the row or term they were read from), before anything is written.
    private static func refuseControlCharacters(in entries: [GlossaryEntry]) throws(InputError) {
        let problems = entries.flatMap(GlossaryChecks.controlCharacterProblems(in:))
        guard problems.isEmpty else { throw InputError(problems, kind: .glossary) }
    }

    static func checkExamples(
        of ids: Set<String>, in glossary: Glossary, morphology: any EnmiendaCore.Morphology
    ) throws(InputError) {
        let failures = ExampleCheck.failures(
            in: try Glossary(entries: glossary.entries.filter { ids.contains($0.id) }),
            options: AlignmentOptions(morphology: morphology, concurrency: 1))
        if let failure = failures.first {
            throw InputError(failure.example.location, "example of '\(failure.entryID)' \(failure.message)")
        }
    }

    /// `bytes` with the root's format version raised to what `entries` need (version 2 for
    /// a key term, see ``GlossaryXMLWriter``), changing only that attribute: a version 1
    /// file that gets `<approved>` becomes a version 2 file.
    static func versioned(_ bytes: [UInt8], holding entries: [GlossaryEntry]) -> [UInt8] {
        let version = GlossaryXMLWriter.version(for: entries)
        return version > 1 ? GlossaryMarkup.raisingVersion(to: version, in: bytes) : bytes
    }

    /// `bytes` with `xml` (whole entries) before the closing `</glossary>`, on lines of its own.
    private static func appending(_ xml: String, to bytes: [UInt8], path: String) throws(InputError) -> [UInt8] {
        guard let close = GlossaryMarkup.closingTag(in: bytes) else {
            throw InputError(SourceLocation(path: path, line: 1, column: 1), "no closing </glossary> tag")
        }
        var lineStart = close
        while lineStart > 0, bytes[lineStart - 1] == 0x20 || bytes[lineStart - 1] == 0x09 { lineStart -= 1 }
        var insertion = Array(xml.utf8)
        if lineStart > 0, bytes[lineStart - 1] != 0x0A { insertion.insert(0x0A, at: 0) }
        return Array(bytes[..<lineStart]) + insertion + Array(bytes[lineStart...])
    }

    /// Removes the entry with `id`, with the line it stands on.
    public static func remove(_ id: String, from path: String) throws(InputError) {
        try modify(path) { (bytes, glossary) throws(InputError) -> [UInt8] in
            let span = try GlossaryMarkup.entrySpan(id, in: bytes, glossary: glossary, path: path)
            var start = span.lowerBound
            while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
            var end = span.upperBound
            if start == 0 || bytes[start - 1] == 0x0A {
                while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 || bytes[end] == 0x0D { end += 1 }
                if end < bytes.count, bytes[end] == 0x0A { end += 1 }
            } else {
                start = span.lowerBound
            }
            return Array(bytes[..<start]) + Array(bytes[end...])
        }
    }

    /// Gives the entry `id` the id `newID`, changing nothing else.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/duplicateID(_:)`` if an entry
    ///   already has `newID`.
    public static func rename(_ id: String, to newID: String, in path: String) throws(InputError) {
        try modify(path) { (bytes, glossary) throws(InputError) -> [UInt8] in
            if let existing = glossary.entry(withID: newID) {
                throw InputError(existing.location, "an entry '\(newID)' already exists", kind: .duplicateID(newID))
            }
            let span = try GlossaryMarkup.entrySpan(id, in: bytes, glossary: glossary, path: path)
            let tagEnd = bytes[span].firstIndex(of: UInt8(ascii: ">")) ?? span.upperBound
            let tag = String(decoding: bytes[span.lowerBound..<tagEnd], as: UTF8.self)
            for quote in ["\"", "'"] {
                guard let range = tag.range(of: "id=\(quote)\(id)\(quote)") else { continue }
                let before = tag[tag.startIndex..<range.lowerBound]
                guard before.last?.isWhitespace == true else { continue }
                let renamed = before + "id=\(quote)\(newID)\(quote)" + tag[range.upperBound...]
                return Array(bytes[..<span.lowerBound]) + Array(renamed.utf8) + Array(bytes[tagEnd...])
            }
            throw InputError(
                glossary.entry(withID: id)?.location ?? SourceLocation(path: path, line: 1, column: 1),
                "cannot find the id attribute of entry '\(id)'")
        }
    }

    /// A readable id for an entry with `source`, unique in `glossary`: its words in lower
    /// case without accents, joined by hyphens (`war effort` → `war-effort`, then
    /// `war-effort-2`).
    public static func suggestedID(for source: String, in glossary: Glossary) -> String {
        let base = GlossaryEntry.slug(source)
        var id = base
        var number = 2
        while glossary.entry(withID: id) != nil {
            id = "\(base)-\(number)"
            number += 1
        }
        return id
    }

    // MARK: - The edit cycle

    /// Reads, changes, checks and writes the glossary at `path` under its lock. A path that
    /// is a symbolic link edits the file it points to (and locks that file). When the file
    /// does not exist and `missing` is given, the edit starts from that glossary and
    /// creates the file, under the lock, so concurrent creators lose nothing and a failed
    /// edit leaves no file behind. Temporary files of editors that were killed are removed
    /// first (``AtomicFile/removeAbandonedTemporaryFiles(of:)``).
    static func modify(
        _ path: String, creating missing: Glossary? = nil, _ change: ([UInt8], Glossary) throws(InputError) -> [UInt8],
        check: (Glossary) throws(InputError) -> Void = { _ in }
    ) throws(InputError) {
        let target = try AtomicFile.resolvedPath(path)
        let lock = try FileLock(for: target, purpose: "the glossary")
        defer { lock.release() }
        AtomicFile.removeAbandonedTemporaryFiles(of: target)
        // Every refusal of the edit is a glossary error, unless it says more (a taken id).
        let changed = try InputError.classifying(as: .glossary) { () throws(InputError) -> [UInt8] in
            let bytes: [UInt8]
            var status = stat()
            if let missing, lstat(target, &status) != 0, errno == ENOENT {
                bytes = Array(GlossaryXMLWriter().xml(for: missing).utf8)
            } else {
                bytes = try FileInput.readBytes(atPath: path, maximumSize: InputLimits.defaultMaximumFileSize)
            }
            let glossary = try Glossary(xml: bytes, path: path)
            let changed = try change(bytes, glossary)
            let result = try Glossary(xml: changed, path: path)
            try check(result)
            return changed
        }
        do {
            try AtomicFile.write(changed, to: target)
        } catch {
            throw InputError(
                SourceLocation(path: path, line: 1, column: 1), error.diagnostics[0].message, kind: error.kind)
        }
    }
}
