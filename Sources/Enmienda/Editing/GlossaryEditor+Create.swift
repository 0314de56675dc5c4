import Foundation

/// Starting a glossary file.
extension GlossaryEditor {
    /// Writes an empty glossary to `path`: the XML declaration and a `<glossary>` root in
    /// Enmienda's namespace, at the format's current version, with `title` if given. The
    /// file is written atomically, under the glossary's lock.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/output`` at `path:1:1` if a file
    ///   (or a link) already has that name, which is never overwritten, or if the file
    ///   cannot be locked or written.
    public static func create(at path: String, title: String? = nil) throws(InputError) {
        let location = SourceLocation(path: path, line: 1, column: 1)
        let target = try AtomicFile.resolvedPath(path)
        let lock = try FileLock(for: target, purpose: "the glossary")
        defer { lock.release() }
        var status = stat()
        guard lstat(target, &status) != 0, errno == ENOENT else {
            throw InputError(location, "a file already exists here: it is not overwritten", kind: .output)
        }
        let empty: Glossary
        do {
            empty = try Glossary(entries: [], title: title)
        } catch {
            throw InputError(location, error.diagnostics[0].message, kind: .glossary)
        }
        do {
            try AtomicFile.write(Array(GlossaryXMLWriter().xml(for: empty).utf8), to: target)
        } catch {
            throw InputError(location, error.diagnostics[0].message, kind: .output)
        }
    }
}
