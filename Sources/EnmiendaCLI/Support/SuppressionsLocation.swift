import Enmienda
import Foundation

/// Where the CLI keeps the suppressions file when no path is given.
extension Suppressions {
    /// The place used when neither `--suppressions` nor `$ENMIENDA_SUPPRESSIONS` names one.
    static let builtInPath = ".enmienda/suppressions.txt"

    /// Refuses `path` when it is the built-in place and `.enmienda` or the file is a
    /// symbolic link: a file the user did not name (a cloned repository's, say) must not
    /// send reads or writes elsewhere. A place the user named is followed like any path.
    ///
    /// - Throws: ``InputError`` located at the link.
    static func refuseLinksInBuiltInPath(_ path: String) throws(InputError) {
        guard path == builtInPath else { return }
        for component in [".enmienda", builtInPath] {
            var status = stat()
            if lstat(component, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
                throw InputError(
                    SourceLocation(path: component, line: 1, column: 1),
                    "is a symbolic link, and the suppressions file is not followed through one unless named: give --suppressions PATH"
                )
            }
        }
    }

    /// The default place: `$ENMIENDA_SUPPRESSIONS` if set, else
    /// `.enmienda/suppressions.txt` in the current directory.
    static var defaultPath: String {
        ProcessInfo.processInfo.environment["ENMIENDA_SUPPRESSIONS"].flatMap { $0.isEmpty ? nil : $0 }
            ?? builtInPath
    }
}
