/// A file to check, read in its format: plain text as a whole, bilingual and markup files
/// as the segments of their target text (see ``SegmentedDocument``).
///
/// ```swift
/// let article = try Article(contentsOfFile: "news.xlf")
/// let alignment = aligner.align(article)
/// try AtomicFile.write(alignment.correctedBytes, to: "news.corrected.xlf")
/// ```
public struct Article: Hashable, Sendable {
    /// The whole file, as read.
    public var document: TextDocument
    /// Its format.
    public var format: DocumentFormat
    /// Its segments, for any format but plain text.
    public var segmented: SegmentedDocument?
    /// What reading left unchecked, located (an HTML block whose text libxml2 reads
    /// differently from its bytes is skipped rather than risk a wrong correction).
    public var warnings: [Diagnostic] = []

    /// Reads `document` in `format`, or in the format its path and content tell (see
    /// ``DocumentFormat/of(path:bytes:)``).
    ///
    /// - Throws: ``InputError`` at `path:line:column` for an extension Enmienda does not
    ///   read, or a file that is not valid in its format.
    public init(document: TextDocument, format: DocumentFormat? = nil) throws(InputError) {
        let format = try Self.format(format, of: document)
        self.document = document
        self.format = format
        switch format {
        case .text: segmented = nil
        case .xliff: segmented = try XLIFFReader.read(document)
        case .tmx: segmented = try TMXReader.read(document)
        case .po: segmented = try POReader.read(document)
        case .srt, .webvtt: segmented = try SubtitleReader.read(document)
        case .html: segmented = try HTMLReader.read(document, skipped: &warnings)
        }
    }

    private static func format(_ given: DocumentFormat?, of document: TextDocument) throws(InputError)
        -> DocumentFormat
    {
        if let given { return given }
        return try DocumentFormat.of(path: document.path, bytes: document.bytes)
    }

    /// Reads the file at `path` (see ``init(document:format:)``).
    ///
    /// - Parameter maximumSize: The largest file read, in bytes; `nil`:
    ///   ``InputLimits/defaultMaximumArticleSize``.
    /// - Throws: ``InputError`` if the file cannot be read, is larger, is not valid UTF-8,
    ///   or is not valid in its format.
    public init(contentsOfFile path: String, format: DocumentFormat? = nil, maximumSize: Int? = nil)
        throws(InputError)
    {
        let bytes = try FileInput.readArticleFile(
            atPath: path, maximumSize: maximumSize ?? InputLimits.defaultMaximumArticleSize)
        try self.init(document: TextDocument(bytes: bytes, path: path), format: format)
    }
}
