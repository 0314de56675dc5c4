import Foundation

/// A regular file mapped into memory, read-only and private, for as long as the value
/// lives (it is unmapped when the last reference goes): how cache files are opened.
/// Mapping costs no read of the file: pages are read when they are touched.
///
/// ```swift
/// let file = try MappedFile(path: cachePath)
/// let image = try CompiledGlossary(image: file.bytes)
/// ```
final class MappedFile: @unchecked Sendable {
    /// The file's bytes, valid as long as this value lives.
    let bytes: UnsafeRawBufferPointer
    /// What `fstat` said of the file mapped: which file these bytes are, even when its
    /// path names another file by now.
    let status: FileDigests.Status?

    /// Maps the file at `path`.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/input``, located at `path`, when
    ///   the file cannot be opened or mapped, is empty, is a symbolic link or is no regular
    ///   file.
    init(path: String) throws(InputError) {
        let location = SourceLocation(path: path, line: 1, column: 1)
        // Never through a symbolic link, and never blocking on a FIFO someone put there.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw InputError(location, "cannot open: \(String(cString: strerror(errno)))", kind: .input)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw InputError(location, "cannot read: \(String(cString: strerror(errno)))", kind: .input)
        }
        guard status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else {
            throw InputError(location, "cannot map: not a regular file with content", kind: .input)
        }
        let size = Int(status.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw InputError(location, "cannot map: \(String(cString: strerror(errno)))", kind: .input)
        }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
        self.status = FileDigests.Status(descriptor: descriptor)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}
