import Enmienda
import Foundation

/// Where the CLI keeps the suppressions file when no path is given.
extension Suppressions {
    /// The place used when neither `--suppressions` nor `$ENMIENDA_SUPPRESSIONS` names one.
    static let builtInPath = ".enmienda/suppressions.txt"

    /// Refuses `path` when it is the built-in place and `.enmienda` or the file is a
    /// symbolic link, or the file is not a regular file (a FIFO would block the read) or
    /// is owned by another user (not the current user, not root): a file the user did not
    /// name (a cloned repository's, or one planted in a shared folder such as `/tmp`) must
    /// not send reads or writes elsewhere, hang the run or hide findings. A place the user
    /// named is followed like any path.
    ///
    /// - Throws: ``InputError`` located at the link or the file.
    static func refuseUntrustedBuiltInPath(_ path: String) throws(InputError) {
        guard path == builtInPath else { return }
        let named = "unless named: give --suppressions PATH"
        for component in [".enmienda", builtInPath] {
            var status = stat()
            guard lstat(component, &status) == 0 else { continue }
            let location = SourceLocation(path: component, line: 1, column: 1)
            let kind = status.st_mode & S_IFMT
            if kind == S_IFLNK {
                throw InputError(
                    location, "is a symbolic link, and the suppressions file is not followed through one \(named)")
            }
            guard component == builtInPath else { continue }
            if kind != S_IFREG {
                throw InputError(
                    location, "is not a regular file, and the suppressions file is not read from one \(named)")
            }
            if status.st_uid != geteuid() && status.st_uid != 0 {
                throw InputError(
                    location, "is owned by another user, and the suppressions file is not taken from one \(named)")
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
