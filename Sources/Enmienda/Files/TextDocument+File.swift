import EnmiendaCore

extension TextDocument {
    /// Reads a file.
    ///
    /// - Throws: ``InputError`` if the file cannot be read, has more than
    ///   ``InputLimits/defaultMaximumArticleSize`` bytes, or is not valid UTF-8.
    public init(contentsOfFile path: String) throws(InputError) {
        let bytes = try FileInput.readArticleFile(atPath: path, maximumSize: InputLimits.defaultMaximumArticleSize)
        try self.init(bytes: bytes, path: path)
    }
}
