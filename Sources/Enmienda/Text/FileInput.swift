import Foundation

/// Reads whole input files with messages a user can act on.
public enum FileInput {
    /// The bytes of the file at `path`.
    ///
    /// - Throws: ``InputError`` located at `path:1:1` when the path does not exist, is a
    ///   directory, or cannot be read.
    public static func readBytes(atPath path: String) throws(InputError) -> [UInt8] {
        let start = SourceLocation(path: path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(start, "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(start, "is a directory, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(start, "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw InputError(start, "cannot be read: \(error.localizedDescription)")
        }
    }
}
