import Foundation

/// What tells that a watched file changed: its modification time, size, device and
/// inode (an editor that saves by renaming gives a new inode), or that it is missing.
struct FileStamp: Equatable, Sendable {
    private var modified: timespec?
    private var size: Int64 = 0
    private var device: UInt64 = 0
    private var inode: UInt64 = 0
    /// Whether the file is there and is a regular file (not a fifo, a device or a
    /// directory, whose reading could block or never end).
    private(set) var isRegularFile = false

    /// The stamp of the file at `path` now.
    init(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        modified = status.st_mtim
        size = Int64(status.st_size)
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        isRegularFile = status.st_mode & S_IFMT == S_IFREG
    }

    static func == (left: FileStamp, right: FileStamp) -> Bool {
        left.modified?.tv_sec == right.modified?.tv_sec && left.modified?.tv_nsec == right.modified?.tv_nsec
            && (left.modified == nil) == (right.modified == nil) && left.size == right.size
            && left.device == right.device && left.inode == right.inode
    }
}
