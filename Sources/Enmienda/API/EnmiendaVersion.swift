/// The version of the Enmienda library, as reported by `enmienda --version` and
/// written into exported files.
public enum EnmiendaVersion {
    /// The current version.
    public static let current = "0.1.0"
}
