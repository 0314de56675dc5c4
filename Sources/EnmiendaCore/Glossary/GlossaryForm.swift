/// Forms of an entry written out by hand, with their own suggestions: irregular or
/// ambiguous inflections (*causas raíz* → *causas de fondo*), verb forms (*se
/// expandirá en* → *ampliará*), or any rendering whose correction is not the entry's
/// suggestion inflected by the rules. A listed form always wins over a generated one.
public struct GlossaryForm: Hashable, Sendable {
    /// The wrong renderings this form covers.
    public var wrongForms: [String]
    /// Their replacements, best first.
    public var suggestions: [String]

    /// Creates a form.
    public init(wrongForms: [String], suggestions: [String]) {
        self.wrongForms = wrongForms
        self.suggestions = suggestions
    }
}
