import Enmienda
import Foundation

/// Reads the articles named on the command line, `-` being standard input.
enum ArticleReader {
    /// Every article, in its format (`format`, or as its name and content tell), or every
    /// problem if any article cannot be read. With `lossy`, invalid UTF-8 is read as
    /// U+FFFD and a warning is printed instead of an error.
    static func read(
        _ paths: [String], format: DocumentFormat? = nil, lossy: Bool = false,
        maximumSize: Int = InputLimits.defaultMaximumArticleSize
    ) throws(InputError) -> [Article] {
        var documents: [Article] = []
        var problems: [Diagnostic] = []
        for path in try ArticlePaths.expand(paths) {
            do throws(InputError) {
                documents.append(try read(path, format: format, lossy: lossy, maximumSize: maximumSize))
            } catch {
                problems.append(contentsOf: error.diagnostics)
            }
        }
        guard problems.isEmpty else { throw InputError(problems) }
        return documents
    }

    /// The article at `path` (`-`: standard input), in its format, as
    /// ``read(_:format:lossy:maximumSize:)`` reads each; its warnings are printed.
    ///
    /// - Throws: ``InputError`` if it cannot be read, has more than `maximumSize` bytes,
    ///   or is not valid in its format.
    static func read(
        _ path: String, format: DocumentFormat?, lossy: Bool,
        maximumSize: Int = InputLimits.defaultMaximumArticleSize
    ) throws(InputError) -> Article {
        let bytes = try FileInput.readArticle(atPath: path, maximumSize: maximumSize)
        let format = try detected(format, path: path, bytes: bytes)
        let article: Article
        if lossy && format == .text {
            let (document, warning) = TextDocument.lossy(bytes: bytes, path: path)
            if let warning {
                Terminal.standardError.note("\(warning.location): warning: \(warning.message)\n")
            }
            article = try Article(document: document, format: format)
        } else {
            article = try Article(document: TextDocument(bytes: bytes, path: path), format: format)
        }
        for warning in article.warnings {
            Terminal.standardError.note(TerminalText.escaped("\(warning.location): warning: \(warning.message)") + "\n")
        }
        return article
    }

    private static func detected(_ given: DocumentFormat?, path: String, bytes: [UInt8]) throws(InputError)
        -> DocumentFormat
    {
        if let given { return given }
        return try DocumentFormat.of(path: path, bytes: bytes)
    }
}
