/// A position in an input file, printed the way compilers print it: `path:line:column`.
///
/// Lines and columns are 1-based; columns count Unicode scalars (code points), so a
/// column agrees with what an editor shows for Spanish text with accents.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file the location points into, as the user named it (or `-` for standard input).
    public var path: String
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in Unicode scalars from the start of the line.
    public var column: Int

    /// Creates a location.
    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`.
    public var description: String { "\(TerminalText.escapedName(path)):\(line):\(column)" }
}
