/// The error thrown when an input (a glossary, an article, a file path) cannot be used,
/// or an output cannot be written.
///
/// It carries every problem found, each with its `path:line:column`, and a ``kind`` that
/// says what failed, for a caller that answers each failure differently without reading
/// the messages. A glossary that throws this error has not been loaded at all: Enmienda
/// never works with half a glossary.
///
/// ```swift
/// do {
///     try GlossaryEditor.add(entry, to: "glossaries/mine.xml")
/// } catch {
///     switch error.kind {
///     case .duplicateID(let id): print("'\(id)' is taken: merge(_:into:) replaces it")
///     case .output: print("could not save: \(error)")
///     case .glossary, .input: print(error)
///     }
/// }
/// ```
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What failed: what kind of input, or the output.
    public enum Kind: Hashable, Sendable {
        /// An input given to read or use cannot be: an article, a review, a baseline or
        /// suppressions file, an English source, a path that does not exist. The kind of
        /// an error made without one.
        case input
        /// A glossary cannot be loaded (its file cannot be read, is malformed, breaks the
        /// schema, or its entries break a rule, such as two entries with one id), or an edit
        /// of a glossary file is refused (no entry with the id, a wrong form another entry
        /// has, examples that no longer pass). Nothing was loaded, and the file was not
        /// changed.
        case glossary
        /// A file cannot be written or locked (a missing directory, no permission, a full
        /// disk), or the output would be one of the inputs. The destination is unchanged.
        case output
        /// An edit would give a glossary file a second entry with this id, which an entry
        /// of the file already has (adding the entry, or renaming another to it). The file
        /// was not changed; `GlossaryEditor.merge(_:into:creating:combining:)` replaces
        /// such an entry instead.
        case duplicateID(String)
    }

    /// The problems, in the order they occur in the input. Never empty.
    public var diagnostics: [Diagnostic]

    /// What failed. Errors that gather problems of several inputs have the kind of the
    /// step that gathered them.
    public var kind: Kind

    /// Creates an error from one or more diagnostics.
    ///
    /// - Parameter kind: What failed; an input unless said otherwise.
    public init(_ diagnostics: [Diagnostic], kind: Kind = .input) {
        precondition(!diagnostics.isEmpty, "an InputError needs at least one diagnostic")
        self.diagnostics = diagnostics
        self.kind = kind
    }

    /// Creates an error with a single diagnostic.
    ///
    /// - Parameter kind: What failed; an input unless said otherwise.
    public init(_ location: SourceLocation, _ message: String, kind: Kind = .input) {
        self.init([Diagnostic(location: location, message: message)], kind: kind)
    }

    /// One line per diagnostic.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension InputError {
    /// The result of `body`; an error it throws that has no more particular kind than
    /// ``Kind/input`` is given `kind`, so that an API reports the failures of the steps
    /// it is made of (reading a file, parsing XML) as its own.
    package static func classifying<Value>(
        as kind: Kind, _ body: () throws(InputError) -> Value
    ) throws(InputError) -> Value {
        do {
            return try body()
        } catch let error where error.kind == .input {
            var classified = error
            classified.kind = kind
            throw classified
        }
    }
}
