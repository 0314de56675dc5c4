import EnmiendaCore

extension TextDocument {
    /// Reads a file.
    ///
    /// - Throws: ``InputError`` if the file cannot be read or is not valid UTF-8.
    public init(contentsOfFile path: String) throws(InputError) {
        let bytes = try FileInput.readBytes(atPath: path)
        try self.init(bytes: bytes, path: path)
    }
}
