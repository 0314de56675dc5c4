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
    /// names. Without one, the review's own path, if ``pathIsConfined``.
    ///
    /// - Parameters:
    ///   - named: The articles the user named.
    ///   - isOnlyDocument: Whether this is the review's only document.
    /// - Throws: ``InputError`` at the document in the review file when its path is absolute
    ///   or has `..` and no named article is that file.
    package func articlePath(named: [String], isOnlyDocument: Bool) throws(InputError) -> String {
        if isOnlyDocument, named.count == 1 { return named[0] }
        let resolved = Self.resolved(path)
        if let chosen = named.first(where: { Self.resolved($0) == resolved }) { return chosen }
        guard pathIsConfined else {
            throw InputError(
                location ?? SourceLocation(path: path, line: 1, column: 1),
                "the review names the article ‘\(path)’, outside the current directory: a review file does not choose which file is read or written; name the article with --article PATH"
            )
        }
        return path
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
