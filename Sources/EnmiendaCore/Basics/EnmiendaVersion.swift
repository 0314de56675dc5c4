/// The version of the Enmienda library, as reported by `enmienda --version` and
/// written into exported files.
public enum EnmiendaVersion {
    /// The current version.
    public static let current = "0.1.0"
    /// The date of this version, as LanguageTool-compatible reports give it (`buildDate`).
    public static let date = "2026-11-29"
}
