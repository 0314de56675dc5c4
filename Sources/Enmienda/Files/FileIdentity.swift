import Foundation

/// Which file a path names: its device and inode, symbolic links followed, so that two
/// paths to one file (a link, a hard link, `./a.txt` and `a.txt`) compare equal.
package struct FileIdentity: Hashable, Sendable {
    /// The device the file is on.
    package let device: UInt64
    /// The file's inode on that device.
    package let inode: UInt64

    /// The identity of the file at `path`, links followed; `nil` when there is none.
    package init?(path: String) {
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
