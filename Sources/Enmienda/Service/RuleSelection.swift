/// Which findings a LanguageTool request keeps: its `enabledRules`, `disabledRules`,
/// `enabledCategories`, `disabledCategories` and `enabledOnly` parameters, read as
/// LanguageTool reads them.
///
/// A rule is a glossary entry, named by its id (the `rule.id` of a match); a category is
/// an ``IssueCategory``, named as `rule.category.id` names it (`MISTRANSLATION`,
/// `LOCALE-SPECIFIC-CONTENT`; compared without regard to case). Every entry is on by
/// default, so `enabledRules` and `enabledCategories` change something only with
/// `enabledOnly=true`, when they are the only rules checked.
public struct RuleSelection: Sendable, Equatable {
    /// Entry ids to check even when off (with ``enabledOnly``, the only ones).
    public var enabledRules: Set<String> = []
    /// Entry ids never reported.
    public var disabledRules: Set<String> = []
    /// Category ids, upper-cased, to check (with ``enabledOnly``, the only ones).
    public var enabledCategories: Set<String> = []
    /// Category ids, upper-cased, never reported.
    public var disabledCategories: Set<String> = []
    /// Whether only the enabled rules and categories are checked.
    public var enabledOnly = false

    /// Every rule.
    public init() {}

    /// Reads the parameters.
    ///
    /// - Throws: ``ServiceError`` (400) for `enabledOnly=true` with no enabled rule or
    ///   category, as LanguageTool refuses it.
    public init(parameters: FormParameters) throws(ServiceError) {
        enabledRules = Self.list(parameters["enabledRules"])
        disabledRules = Self.list(parameters["disabledRules"])
        enabledCategories = Set(Self.list(parameters["enabledCategories"]).map { $0.uppercased() })
        disabledCategories = Set(Self.list(parameters["disabledCategories"]).map { $0.uppercased() })
        enabledOnly = parameters["enabledOnly"]?.lowercased() == "true"
        if enabledOnly && enabledRules.isEmpty && enabledCategories.isEmpty {
            throw ServiceError(
                status: 400, "You have set 'enabledOnly=true' but no rules or categories are enabled")
        }
    }

    /// Whether `finding` is reported.
    public func keeps(_ finding: Finding) -> Bool {
        let category = finding.category.rawValue.uppercased()
        if disabledRules.contains(finding.entryID) || disabledCategories.contains(category) { return false }
        if enabledOnly { return enabledRules.contains(finding.entryID) || enabledCategories.contains(category) }
        return true
    }

    /// `alignment` with the findings this selection leaves out removed.
    public func applied(to alignment: Alignment) -> Alignment {
        if self == RuleSelection() { return alignment }
        var kept = alignment
        kept.findings = alignment.findings.filter(keeps)
        return kept
    }

    /// A comma-separated list, its items trimmed, the empty ones left out.
    private static func list(_ value: String?) -> Set<String> {
        Set(
            (value ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            })
    }
}
