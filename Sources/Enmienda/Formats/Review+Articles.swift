import Foundation

extension Review.Document {
    /// Whether the article path the review gives may be followed as it is: a relative path
    /// without a `..` component, so it names a file under the current directory. A review
    /// file is untrusted: it never chooses by itself a file elsewhere to read or write.
    package var pathIsConfined: Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.hasPrefix("~")
            && !path.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// The article to read and correct for this document.
    ///
    /// An article the user named (`named`, from the command line) wins: when the review
    /// has one document and one article is named, that article, whatever the review says;
    /// otherwise the named article that is, links resolved, the file the review's path
    /// names. Without one, the review's own path, if ``pathIsConfined`` and, with symbolic
    /// links followed, it still names a file under `directory` (a link in the tree must not
    /// lead a review's write elsewhere).
    ///
    /// - Parameters:
    ///   - named: The articles the user named.
    ///   - isOnlyDocument: Whether this is the review's only document.
    ///   - directory: The directory relative paths start from; the current one by default.
    /// - Throws: ``InputError`` at the document in the review file when its path is
    ///   absolute, has `..` or leads through a link out of `directory`, and no named
    ///   article is that file.
    package func articlePath(
        named: [String], isOnlyDocument: Bool, in directory: String = FileManager.default.currentDirectoryPath
    ) throws(InputError) -> String {
        if isOnlyDocument, named.count == 1 { return named[0] }
        let resolved = Self.resolved(path, in: directory)
        if let chosen = named.first(where: { Self.resolved($0, in: directory) == resolved }) { return chosen }
        let base = Self.resolved(".", in: directory)
        guard pathIsConfined, resolved.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
            throw InputError(
                location ?? SourceLocation(path: path, line: 1, column: 1),
                "the review names the article ‘\(path)’, outside the current directory: a review file does not choose which file is read or written; name the article with --article PATH"
            )
        }
        return path
    }

    /// `path` from `directory`, made absolute, with `.`, `..` and symbolic links resolved.
    private static func resolved(_ path: String, in directory: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: directory, isDirectory: true))
            .standardizedFileURL.resolvingSymlinksInPath().path
    }
}
