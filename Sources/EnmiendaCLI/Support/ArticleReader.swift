import Enmienda
import Foundation

/// Reads the articles named on the command line, `-` being standard input.
enum ArticleReader {
    /// Every article, or every problem if any article cannot be read. With `lossy`,
    /// invalid UTF-8 is read as U+FFFD and a warning is printed instead of an error.
    static func read(_ paths: [String], lossy: Bool = false) throws(InputError) -> [TextDocument] {
        var documents: [TextDocument] = []
        var problems: [Diagnostic] = []
        for path in try ArticlePaths.expand(paths) {
            do throws(InputError) {
                let bytes =
                    path == "-"
                    ? try FileInput.readStandardInput() : try FileInput.readBytes(atPath: path)
                if let format = UnsupportedFormat.name(of: bytes) {
                    throw UnsupportedFormat.error(path: path, format: format)
                }
                if lossy {
                    let (document, warning) = TextDocument.lossy(bytes: bytes, path: path)
                    if let warning {
                        Terminal.standardError.note("\(warning.location): warning: \(warning.message)\n")
                    }
                    documents.append(document)
                } else {
                    documents.append(try TextDocument(bytes: bytes, path: path))
                }
            } catch {
                problems.append(contentsOf: error.diagnostics)
            }
        }
        guard problems.isEmpty else { throw InputError(problems) }
        return documents
    }
}
