import Foundation

extension ProjectConfiguration {
    /// The configuration file nearest to `directory`: `.enmienda.toml` or `enmienda.toml`
    /// in it, else in its parent, and so on up to the root of the file system.
    ///
    /// A file that another user owns (not the current user, not root) is passed over, as
    /// git passes over a repository that another user owns: a configuration planted in a
    /// shared folder such as `/tmp` never applies to the articles below it.
    ///
    /// - Parameter directory: A folder, absolute or relative to the current directory.
    /// - Returns: The file's path, or `nil` if no folder on the way has one.
    public static func find(from directory: String) -> String? {
        var folder = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        while true {
            for name in fileNames {
                let candidate = folder.appendingPathComponent(name).path
                var status = stat()
                guard stat(candidate, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { continue }
                if status.st_uid == geteuid() || status.st_uid == 0 { return candidate }
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
    ///
    /// - Parameter confined: Whether the glossaries must lie inside the file's folder (for
    ///   a file found by ``find(from:)``, which came with the project: a cloned repository
    ///   must not make Enmienda read `/etc/shadow` or a file a symbolic link points to
    ///   outside it). A file named with `--config` may name glossaries anywhere.
    public init(contentsOfFile path: String, maximumSize: Int? = nil, confined: Bool = false) throws(InputError) {
        let bytes = try FileInput.readBytes(atPath: path, maximumSize: maximumSize)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(SourceLocation(path: path, line: 1, column: 1), "the configuration file is not UTF-8")
        }
        try self.init(toml: text, path: path)
        if confined { try confineGlossaries() }
    }

    /// Refuses a glossary outside the configuration file's folder, its symbolic links
    /// resolved.
    private func confineGlossaries() throws(InputError) {
        let folderURL = URL(fileURLWithPath: (path as NSString).deletingLastPathComponent, isDirectory: true)
        let folder = folderURL.standardizedFileURL.resolvingSymlinksInPath().path
        for glossary in glossaries {
            let resolved = URL(fileURLWithPath: glossary).standardizedFileURL.resolvingSymlinksInPath().path
            if !(resolved == folder || resolved.hasPrefix(folder == "/" ? "/" : folder + "/")) {
                throw InputError(
                    location(of: "glossaries"),
                    "glossary '\(glossary)' is outside the configuration file's folder: a project's configuration names only the project's glossaries (give another with --glossary or --config)"
                )
            }
        }
    }
}
