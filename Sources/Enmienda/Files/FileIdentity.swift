import Foundation

/// Which file a path names: its device and inode, symbolic links followed, so that two
/// paths to one file (a link, a hard link, `./a.txt` and `a.txt`) compare equal.
public struct FileIdentity: Hashable, Sendable {
    /// The device the file is on.
    public let device: UInt64
    /// The file's inode on that device.
    public let inode: UInt64

    /// The identity of the file at `path`, links followed; `nil` when there is none.
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The identity `status` (from `stat` or `lstat`) describes.
    package init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
