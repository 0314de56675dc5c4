import Foundation

extension LexiconImage {
    /// Maps the file at `path` into memory, read-only and private, for as long as the
    /// image lives (it is unmapped when the image goes). Opening costs no read of the
    /// file: pages are read when a lookup touches them.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/input``, located at `path`, when
    ///   the file cannot be opened or mapped, is empty, is a symbolic link or is no regular
    ///   file.
    public convenience init(mappingFileAtPath path: String) throws(InputError) {
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
        self.init(bytes: UnsafeRawBufferPointer(start: address, count: size)) { bytes in
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        }
    }
}
