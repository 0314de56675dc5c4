import Foundation

/// A file's modification time and size, to notice that it changed.
struct FileStamp: Hashable {
    var path: String
    var seconds: Int
    var nanoseconds: Int
    var size: Int

    /// The stamps of `paths` (standard input, `-`, has none); a file that cannot be
    /// looked at has a stamp of its own, so that its coming back is a change.
    static func of(_ paths: [String]) -> [FileStamp] {
        paths.filter { $0 != "-" }.map { path in
            var status = stat()
            guard stat(path, &status) == 0 else { return FileStamp(path: path, seconds: -1, nanoseconds: 0, size: -1) }
            return FileStamp(
                path: path, seconds: Int(status.st_mtim.tv_sec), nanoseconds: Int(status.st_mtim.tv_nsec),
                size: Int(status.st_size))
        }
    }
}
