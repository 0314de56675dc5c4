import Foundation

extension ProjectConfiguration {
    /// The configuration file nearest to `directory`: `.enmienda.toml` or `enmienda.toml`
    /// in it, else in its parent, and so on up to the root of the file system.
    ///
    /// - Parameter directory: A folder, absolute or relative to the current directory.
    /// - Returns: The file's path, or `nil` if no folder on the way has one.
    public static func find(from directory: String) -> String? {
        var folder = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        while true {
            for name in fileNames {
                let candidate = folder.appendingPathComponent(name).path
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue
                {
                    return candidate
                }
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// Reads the configuration file at `path`, at most `maximumSize` bytes.
    ///
    /// - Throws: ``InputError`` located `path:line:column` when the file cannot be read,
    ///   is not UTF-8 or not TOML, has a key that is not a setting (the message names the
    ///   known ones), or a value of the wrong type or out of its list.
    public init(contentsOfFile path: String, maximumSize: Int? = nil) throws(InputError) {
        let bytes = try FileInput.readBytes(atPath: path, maximumSize: maximumSize)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(SourceLocation(path: path, line: 1, column: 1), "the configuration file is not UTF-8")
        }
        try self.init(toml: text, path: path)
    }
}
