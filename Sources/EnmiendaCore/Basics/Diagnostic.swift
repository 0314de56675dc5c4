/// One problem found in an input file (a glossary or an article), with its location.
///
/// Printed like a compiler message: `glossary.xml:12:5: error: entry 'x' has no suggestion`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is. `line` and `column` are 1-based.
    public var location: SourceLocation
    /// A one-line explanation, worded for the person who has to fix the file.
    public var message: String

    /// Creates a diagnostic.
    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    /// `path:line:column: error: message`.
    public var description: String { "\(location): error: \(TerminalText.escapedName(message))" }
}
