/// The error thrown when an input (a glossary, an article, a file path) cannot be used.
///
/// It carries every problem found, each with its `path:line:column`. A glossary that
/// throws this error has not been loaded at all: Enmienda never works with half a glossary.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in the order they occur in the input. Never empty.
    public var diagnostics: [Diagnostic]

    /// Creates an error from one or more diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        precondition(!diagnostics.isEmpty, "an InputError needs at least one diagnostic")
        self.diagnostics = diagnostics
    }

    /// Creates an error with a single diagnostic.
    public init(_ location: SourceLocation, _ message: String) {
        self.init([Diagnostic(location: location, message: message)])
    }

    /// One line per diagnostic.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
