import Foundation

/// Expands the paths a user gives on the command line into the articles to check.
public enum ArticlePaths {
    /// The files to read for `paths`: files as given, directories searched recursively
    /// for `.txt` files (sorted, hidden files skipped), and `-` for standard input.
    ///
    /// - Throws: ``InputError`` for a path that does not exist or a directory without
    ///   any `.txt` file.
    public static func expand(_ paths: [String]) throws(InputError) -> [String] {
        var result: [String] = []
        var problems: [Diagnostic] = []
        for path in paths {
            if path == "-" {
                result.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(
                    Diagnostic(
                        location: SourceLocation(path: path, line: 1, column: 1), message: "no such file or directory"))
                continue
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            let found = textFiles(under: path)
            if found.isEmpty {
                problems.append(
                    Diagnostic(
                        location: SourceLocation(path: path, line: 1, column: 1), message: "directory has no .txt files"
                    ))
            }
            result.append(contentsOf: found)
        }
        guard problems.isEmpty else { throw InputError(problems) }
        return result
    }

    private static func textFiles(under directory: String) -> [String] {
        let base = URL(fileURLWithPath: directory)
        guard
            let enumerator = FileManager.default.enumerator(
                at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        for case let url as URL in enumerator where url.pathExtension == "txt" {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let relative = url.path.dropFirst(base.path.count).drop { $0 == "/" }
                files.append(directory.hasSuffix("/") ? directory + relative : directory + "/" + relative)
            }
        }
        return files.sorted()
    }
}
