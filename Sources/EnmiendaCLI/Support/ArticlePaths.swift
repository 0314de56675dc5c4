import Enmienda
import Foundation

/// Expands the paths a user gives on the command line into the articles to check.
enum ArticlePaths {
    /// The files to read for `paths`: files as given, directories searched recursively
    /// for files of every supported extension (``DocumentFormat/extensions``; sorted,
    /// hidden files skipped; a link to a directory is searched like a directory, a link
    /// back to a directory being searched is not followed), and `-` for standard input. A
    /// file reached twice (named twice, by several links, or both named and inside a named
    /// directory) is read once, where it first comes.
    ///
    /// - Throws: ``InputError`` for a path that does not exist or a directory without any
    ///   file Enmienda reads.
    static func expand(_ paths: [String]) throws(InputError) -> [String] {
        var result: [String] = []
        var problems: [Diagnostic] = []
        for path in paths {
            if path == "-" {
                result.append(path)
                continue
            }
            var status = stat()
            guard stat(path, &status) == 0 else {
                problems.append(
                    Diagnostic(
                        location: SourceLocation(path: path, line: 1, column: 1),
                        message: FileInput.missing(path, "no such file or directory")))
                continue
            }
            guard status.st_mode & S_IFMT == S_IFDIR else {
                result.append(path)
                continue
            }
            var search = Search()
            search.files(under: path, status: status)
            // A file whose name is not UTF-8 cannot be opened by the name Foundation gives;
            // it is named, not left out in silence.
            for unreadable in search.unreadable {
                problems.append(
                    Diagnostic(
                        location: SourceLocation(path: unreadable, line: 1, column: 1),
                        message:
                            "its name is not valid UTF-8 (shown with \u{FFFD}), so it cannot be read: rename it"))
            }
            if search.found.isEmpty {
                problems.append(
                    Diagnostic(
                        location: SourceLocation(path: path, line: 1, column: 1),
                        message:
                            "directory has no file Enmienda reads (.txt, .md, .xlf, .xliff, .tmx, .po, .srt, .vtt, .html)"
                    ))
            }
            result.append(contentsOf: search.found.sorted())
        }
        guard problems.isEmpty else { throw InputError(problems) }
        // A file named twice, or named and inside a directory named too, is read once.
        var seen: Set<FileIdentity> = []
        return result.filter { path in
            guard path != "-", let identity = FileIdentity(path: path) else { return true }
            return seen.insert(identity).inserted
        }
    }

    /// One directory argument's recursive search.
    private struct Search {
        var found: [String] = []
        /// Entries whose names are not UTF-8: listed, but not found by those names.
        var unreadable: [String] = []
        /// The directories being searched, from the top one down: a link to one of them
        /// would loop.
        private var ancestors: Set<FileIdentity> = []
        private var seenFiles: Set<FileIdentity> = []

        mutating func files(under directory: String, status: stat) {
            let identity = FileIdentity(status)
            guard ancestors.insert(identity).inserted else { return }
            defer { ancestors.remove(identity) }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
            var subdirectories: [(String, stat)] = []
            var texts: [String] = []
            for name in names where !name.hasPrefix(".") {
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                var entry = stat()
                guard stat(path, &entry) == 0 else {
                    if name.unicodeScalars.contains("\u{FFFD}") { unreadable.append(path) }
                    continue
                }
                switch entry.st_mode & S_IFMT {
                case S_IFDIR:
                    subdirectories.append((path, entry))
                case S_IFREG:
                    if DocumentFormat.isSupported(fileName: name), seenFiles.insert(FileIdentity(entry)).inserted {
                        texts.append(path)
                    }
                default:
                    break
                }
            }
            found += texts
            for (path, entry) in subdirectories { files(under: path, status: entry) }
        }
    }
}
