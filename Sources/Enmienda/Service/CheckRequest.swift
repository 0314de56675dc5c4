/// A LanguageTool v2 check request (`POST /v2/check`), read from its parameters.
///
/// The text comes as `text` (plain) or `data` (``AnnotatedText``). `language` must be
/// Spanish: `es`, a variety (`es-ES`, `es-MX`…) or `auto`, which is answered as Spanish
/// detected. `level` (`default` or `picky`), `motherTongue` and `preferredVariants` are
/// accepted and change nothing: Enmienda's glossary has no picky rules. A variety in
/// `language` is the one checked (``variety``); `es` and `auto` check the server's. The
/// rules kept are the request's ``RuleSelection``.
public struct CheckRequest: Sendable, Equatable {
    /// The text to check.
    public var text: AnnotatedText
    /// The language answered (`auto` answered as Spanish).
    public var language: LanguageList.Language
    /// Whether the request asked for `auto`.
    public var detectsLanguage: Bool
    /// The variety `language` names (`es-MX`: Mexico's), whose entries and thousands
    /// separator apply; `nil` for `es` and `auto`, which check the server's variety.
    public var variety: SpanishVariety? {
        language.longCode == "es" ? nil : SpanishVariety(tag: language.longCode)
    }
    /// The rules and categories kept.
    public var rules: RuleSelection

    /// Creates a request for a plain text in Spanish.
    public init(text: String, rules: RuleSelection = RuleSelection()) {
        self.text = AnnotatedText(plain: text)
        language = LanguageList.languages[0]
        detectsLanguage = false
        self.rules = rules
    }

    /// Reads a request's parameters.
    ///
    /// - Throws: ``ServiceError`` (400) with LanguageTool's message for a missing `text`
    ///   and `data`, a missing or non-Spanish `language`, a `data` that is not an
    ///   annotation, an unknown `level`, or `enabledOnly` with nothing enabled.
    public init(parameters: FormParameters) throws(ServiceError) {
        if let data = parameters["data"] {
            text = try AnnotatedText(json: data)
        } else if let plain = parameters["text"] {
            text = AnnotatedText(plain: plain)
        } else {
            throw .missingText
        }
        guard let code = parameters["language"], !code.isEmpty else { throw .missingLanguage }
        guard let language = LanguageList.language(forCode: code) else { throw .unknownLanguage(code) }
        self.language = language
        detectsLanguage = code.lowercased() == "auto"
        if let level = parameters["level"], !["default", "picky"].contains(level) {
            throw ServiceError(status: 400, "Unknown level '\(level)': use 'default' or 'picky'")
        }
        rules = try RuleSelection(parameters: parameters)
    }
}
