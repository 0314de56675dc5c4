/// The limits Enmienda puts on the files it reads as untrusted data: glossaries, TBX
/// termbases, CSV or TSV rows and review files, and articles read whole.
public enum InputLimits {
    /// The largest article read whole by default, in bytes (2 GB): reports other than a
    /// count, and corrections, hold the article in memory; a longer one, or a stream or
    /// device that does not end, is refused. A count (``Aligner/tally(fileAtPath:format:)``)
    /// reads an article of any size in chunks.
    public static let defaultMaximumArticleSize = 2_000_000_000

    /// The largest glossary, termbase, CSV/TSV or review file read by default, in bytes
    /// (256 MB): well above a real glossary of 100,000 entries (about 70 MB as TBX).
    /// A larger file is refused before it is read or parsed; pass a larger `maximumSize`
    /// to raise it.
    public static let defaultMaximumFileSize = 256_000_000

    /// The most attributes one XML element may have (1,000): more are refused before
    /// parsing, since libxml2's duplicate check takes time quadratic in their number.
    public static var maximumAttributesPerElement: Int { MarkupLimits.maximumAttributes }

    /// The most bytes of text between two tags, and of one attribute value, comment or
    /// processing instruction, as written in the file (10,000,000, libxml2's documented
    /// limit); more are refused before parsing.
    public static var maximumTextLength: Int { MarkupLimits.maximumTextLength }

    /// The deepest nesting of XML elements (256, libxml2's default).
    public static var maximumDepth: Int { MarkupLimits.maximumDepth }
}
