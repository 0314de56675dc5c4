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
        self.init(mapping: try MappedFile(path: path))
    }

    /// The image of a mapped file, which stays mapped as long as the image lives.
    convenience init(mapping file: MappedFile) {
        self.init(bytes: file.bytes) { _ in withExtendedLifetime(file) {} }
    }
}
