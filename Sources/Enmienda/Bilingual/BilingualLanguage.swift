/// Language codes as bilingual files write them (BCP 47 in XLIFF 2, `es-ES`, `es_MX`,
/// `ES`, `spa` in older tools).
enum BilingualLanguage {
    /// Whether `code` names Spanish, in any region or case.
    static func isSpanish(_ code: String) -> Bool {
        let primary = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return primary == "es" || primary == "spa"
    }
}
