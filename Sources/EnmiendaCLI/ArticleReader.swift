import Enmienda
import Foundation

/// Reads the articles named on the command line, `-` being standard input.
enum ArticleReader {
    /// Every article, or every problem if any article cannot be read.
    static func read(_ paths: [String]) throws(InputError) -> [TextDocument] {
        var documents: [TextDocument] = []
        var problems: [Diagnostic] = []
        for path in try ArticlePaths.expand(paths) {
            do {
                if path == "-" {
                    let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
                    documents.append(try TextDocument(bytes: bytes, path: "-"))
                } else {
                    documents.append(try TextDocument(contentsOfFile: path))
                }
            } catch {
                problems.append(contentsOf: error.diagnostics)
            }
        }
        guard problems.isEmpty else { throw InputError(problems) }
        return documents
    }
}
