import Foundation

extension Review.Document {
    /// Whether the article path the review gives may be followed as it is: a relative path
    /// without a `..` component, so it names a file under the directory it starts from. A
    /// review file is untrusted: it never chooses by itself a file elsewhere to read or write.
    package var pathIsConfined: Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.hasPrefix("~")
            && !path.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// The article to read and correct for this document.
    ///
    /// An article the user named (`named`, from the command line) wins: when the review
    /// has one document and one article is named, that article, whatever the review says;
    /// otherwise the named article that is, links resolved, the file the review's path
    /// names. Without one, the first of these that is a file:
    ///
    /// 1. the review's path from `directory` (the current one), if ``pathIsConfined`` and,
    ///    with symbolic links followed, it stays under `directory`;
    /// 2. the review's path from `reviewDirectory` (the review file's folder), on the same
    ///    terms, so a review kept beside its articles is applied from anywhere;
    /// 3. the ``absolutePath`` the review recorded when it was exported, only if
    ///    `followsRecordedPath` (the caller writes to an output of the user's choosing, not
    ///    over the article: a review never chooses by itself a file to write).
    ///
    /// - Parameters:
    ///   - named: The articles the user named.
    ///   - isOnlyDocument: Whether this is the review's only document.
    ///   - reviewDirectory: The folder of the review file, if it is a file.
    ///   - followsRecordedPath: Whether the absolute path recorded in the review may be read.
    ///   - directory: The directory relative paths start from; the current one by default.
    /// - Throws: ``InputError`` at the document in the review file when no named article
    ///   is its file and none of the places above is: naming each path tried, and saying
    ///   when a path was refused (absolute, with `..`, through a link out of its directory,
    ///   or recorded but not followed for an in-place write).
    package func articlePath(
        named: [String], isOnlyDocument: Bool, reviewDirectory: String? = nil, followsRecordedPath: Bool = false,
        in directory: String = FileManager.default.currentDirectoryPath
    ) throws(InputError) -> String {
        if isOnlyDocument, named.count == 1 { return named[0] }
        let resolved = Self.resolved(path, in: directory)
        if let chosen = named.first(where: { Self.resolved($0, in: directory) == resolved }) { return chosen }
        var tried: [String] = []
        if pathIsConfined {
            for base in [directory] + (reviewDirectory.map { [$0] } ?? []) {
                let candidate = Self.resolved(path, in: base)
                guard !tried.contains(candidate), Self.isInside(candidate, Self.resolved(".", in: base)) else {
                    continue
                }
                if Self.isFile(candidate) { return base == directory ? path : candidate }
                tried.append(candidate)
            }
        }
        let location = location ?? SourceLocation(path: path, line: 1, column: 1)
        if let absolutePath, absolutePath.hasPrefix("/"), !tried.contains(absolutePath) {
            if Self.isFile(absolutePath) {
                if followsRecordedPath { return absolutePath }
                throw InputError(
                    location,
                    "the review names the article ‘\(path)’, found only at the path it recorded, ‘\(absolutePath)’: a review file does not choose which file is written in place; name the article with --article PATH, or write to -o"
                )
            }
            tried.append(absolutePath)
        }
        guard !tried.isEmpty else {
            throw InputError(
                location,
                "the review names the article ‘\(path)’, outside the current directory: a review file does not choose which file is read or written; name the article with --article PATH"
            )
        }
        throw InputError(
            location,
            "the review's article ‘\(path)’ is not found; tried \(tried.map { "‘\($0)’" }.joined(separator: ", ")): name the article with --article PATH"
        )
    }

    /// `path` from `directory`, made absolute, with `.`, `..` and symbolic links resolved.
    private static func resolved(_ path: String, in directory: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: directory, isDirectory: true))
            .standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether the resolved `path` is under the resolved `directory`.
    private static func isInside(_ path: String, _ directory: String) -> Bool {
        path.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/")
    }

    /// Whether `path` names a file (not a folder).
    private static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
