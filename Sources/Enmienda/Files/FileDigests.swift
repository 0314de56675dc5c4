import Crypto
import Foundation

/// The SHA-256 digests of files, remembered by what `stat` says of each file, so that a
/// glossary that has not changed is not hashed again at each run (hashing a 100,000-entry
/// glossary of 18 MB took a third of a warm start's instructions on a machine without
/// SHA instructions).
///
/// A digest is remembered with the file's device, inode, size, modification time and
/// status-change time (to the nanosecond), and used only while all five are the same.
/// Any write to a file changes its status-change time, which no user can set back (a
/// modification time put back with `touch -d` does not hide an edit), and a file replaced
/// by another has another inode. A file changed less than a second before it was read is
/// never remembered: a second edit within the file system's clock tick would leave its
/// times as they were (what Git calls a "racily clean" file). What is remembered sits in
/// one small text file, written through a temporary file renamed into place; a missing,
/// damaged or foreign one only means hashing again.
///
/// ```swift
/// var digests = FileDigests(path: cache.fileDigestsPath)   // DIRECTORY/file-digests
/// let (bytes, status) = try FileInput.readBytesAndStatus(atPath: path)
/// let digest = digests.digest(of: status, bytes: bytes, readAt: start)
/// digests.save()
/// ```
package struct FileDigests {
    /// What `stat` says of a file, as far as its content goes.
    package struct Status: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: timespec
        var changed: timespec

        /// The status of the file at `path`, links followed; `nil` when it has none or is
        /// not a regular file.
        package init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            self.init(status)
        }

        /// The status of the open file `descriptor`; `nil` when it has none or is not a
        /// regular file.
        package init?(descriptor: Int32) {
            var status = stat()
            guard fstat(descriptor, &status) == 0 else { return nil }
            self.init(status)
        }

        private init?(_ status: stat) {
            guard status.st_mode & S_IFMT == S_IFREG else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
            size = Int64(status.st_size)
            modified = status.st_mtim
            changed = status.st_ctim
        }

        init(device: UInt64, inode: UInt64, size: Int64, modified: timespec, changed: timespec) {
            self.device = device
            self.inode = inode
            self.size = size
            self.modified = modified
            self.changed = changed
        }

        /// The five values, as one line: `DEVICE INODE SIZE MTIME CTIME` (times in
        /// seconds and nanoseconds), to name which file this is in a key.
        package var identity: String {
            "\(device) \(inode) \(size) \(modified.tv_sec).\(modified.tv_nsec) \(changed.tv_sec).\(changed.tv_nsec)"
        }

        /// Whether neither time is later than a second before `instant` (seconds since
        /// 1970): a file that has not changed since.
        func isSettled(before instant: Double) -> Bool {
            [modified, changed].allSatisfy { Double($0.tv_sec) + Double($0.tv_nsec) / 1e9 <= instant - 1 }
        }

        package static func == (left: Status, right: Status) -> Bool {
            left.device == right.device && left.inode == right.inode && left.size == right.size
                && left.modified.tv_sec == right.modified.tv_sec && left.modified.tv_nsec == right.modified.tv_nsec
                && left.changed.tv_sec == right.changed.tv_sec && left.changed.tv_nsec == right.changed.tv_nsec
        }
    }

    /// The file the digests are kept in; `nil` keeps none.
    package let path: String?
    /// The digests remembered, by the status of the file they are of, oldest first.
    private(set) var remembered: [(status: Status, digest: [UInt8])] = []
    private var isChanged = false

    /// The most digests kept: a new one pushes out the oldest beyond it.
    static let maximumCount = 64

    /// The largest digests file read, in bytes: ``maximumCount`` lines of at most 190.
    static let maximumFileSize = 16_384

    /// The first line of the file: its format.
    static let header = "enmienda file digests 1"

    /// The digests kept in the file at `path` (none when it is missing or unsound).
    package init(path: String?) {
        self.path = path
        // Read as a cache file is: never through a link, never blocking on a FIFO, never
        // more than the 64 lines kept could take.
        guard let path, let bytes = CacheDirectory.readFile(path, maximumSize: Self.maximumFileSize),
            let text = String(validating: bytes, as: UTF8.self)
        else { return }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(Self.header), lines.last == "" else { return }
        lines.removeFirst()
        lines.removeLast()
        var remembered: [(status: Status, digest: [UInt8])] = []
        for line in lines.suffix(Self.maximumCount) {
            guard let record = Self.record(line) else { return }
            remembered.append(record)
        }
        self.remembered = remembered
    }

    /// The digest remembered for the file at `path` as `stat` finds it now, without
    /// reading it; `nil` when none is, or when the file is not a regular file, cannot be
    /// read by this process or has more than `maximumSize` bytes (reading it would fail:
    /// the caller reads it and says why).
    package func rememberedDigest(of path: String, maximumSize: Int?) -> [UInt8]? {
        guard let status = Status(path: path), access(path, R_OK) == 0 else { return nil }
        if let maximumSize, status.size > maximumSize { return nil }
        return remembered.last(where: { $0.status == status })?.digest
    }

    /// The SHA-256 of `bytes`, which were read starting at `start` (seconds since 1970)
    /// from a file whose status, taken through the descriptor they were read from, is
    /// `status` (never a second `stat` of the path, which may name another file by
    /// then): the digest remembered for that status when there is one, else computed, and
    /// remembered when the file had not changed for a second before `start`.
    package mutating func digest(of status: Status?, bytes: [UInt8], readAt start: Double) -> [UInt8] {
        guard let status else { return Self.sha256(bytes) }
        if let known = remembered.last(where: { $0.status == status }) { return known.digest }
        let digest = Self.sha256(bytes)
        if status.isSettled(before: start) && self.path != nil {
            remembered.removeAll { $0.status.device == status.device && $0.status.inode == status.inode }
            remembered.append((status, digest))
            remembered = Array(remembered.suffix(Self.maximumCount))
            isChanged = true
        }
        return digest
    }

    /// The SHA-256 (FIPS 180-4) of `bytes`: 32 bytes.
    static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        Array(SHA256.hash(data: bytes))
    }

    /// Writes the digests remembered to ``path`` when a new one was added, through a
    /// temporary file renamed into place; a file that cannot be written, or anything but
    /// a regular file at ``path``, is left as it was (the next run hashes again).
    package func save() {
        guard isChanged, let path else { return }
        // Only a regular file is replaced: a link, a FIFO or a device put in its place is
        // left alone (writing would follow the link or block on the FIFO).
        var existing = stat()
        if lstat(path, &existing) == 0, existing.st_mode & S_IFMT != S_IFREG { return }
        var text = Self.header + "\n"
        for (status, digest) in remembered {
            let numbers = [
                String(status.device), String(status.inode), String(status.size), String(status.modified.tv_sec),
                String(status.modified.tv_nsec), String(status.changed.tv_sec), String(status.changed.tv_nsec),
            ]
            text += numbers.joined(separator: " ") + " " + digest.map { Self.hex($0) }.joined() + "\n"
        }
        try? AtomicFile.write(Array(text.utf8), to: path)
    }

    /// A line of the file: seven numbers and 64 hex digits, separated by spaces.
    private static func record(_ line: Substring) -> (status: Status, digest: [UInt8])? {
        let fields = line.split(separator: " ", omittingEmptySubsequences: false)
        guard fields.count == 8, fields[7].utf8.count == 64,
            let device = UInt64(fields[0]), let inode = UInt64(fields[1]), let size = Int64(fields[2]),
            let modified = Int(fields[3]), let modifiedNanoseconds = Int(fields[4]),
            let changed = Int(fields[5]), let changedNanoseconds = Int(fields[6])
        else { return nil }
        var digest: [UInt8] = []
        let hex = Array(fields[7].utf8)
        for index in stride(from: 0, to: 64, by: 2) {
            guard let high = nibble(hex[index]), let low = nibble(hex[index + 1]) else { return nil }
            digest.append(high << 4 | low)
        }
        let status = Status(
            device: device, inode: inode, size: size,
            modified: timespec(tv_sec: modified, tv_nsec: modifiedNanoseconds),
            changed: timespec(tv_sec: changed, tv_nsec: changedNanoseconds))
        return (status, digest)
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
    }
}
