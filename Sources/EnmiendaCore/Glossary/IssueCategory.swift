/// The kind of mistake an entry describes, named after the ITS 2.0 Localization
/// Quality Issue types (`its:locQualityIssueType`), so that reports can be read by
/// localization tools without a mapping table.
public enum IssueCategory: String, CaseIterable, Hashable, Sendable, Codable {
    case terminology
    case mistranslation
    case omission
    case untranslated
    case addition
    case duplication
    case inconsistency
    case grammar
    case legal
    case register
    case localeSpecificContent = "locale-specific-content"
    case localeViolation = "locale-violation"
    case style
    case characters
    case misspelling
    case typographical
    case formatting
    case inconsistentEntities = "inconsistent-entities"
    case numbers
    case markup
    case patternProblem = "pattern-problem"
    case whitespace
    case internationalization
    case length
    case nonConformance = "non-conformance"
    case uncategorized
    case other
}
