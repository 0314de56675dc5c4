/// The exit statuses of every `enmienda` command, in one place.
enum ExitStatus {
    /// Nothing was found (or the command had nothing to report).
    static let clean: Int32 = 0
    /// Findings were reported.
    static let findings: Int32 = 1
    /// The command line or an input was wrong; nothing was checked or written.
    static let inputError: Int32 = 2
}
