import ArgumentParser

/// The exit statuses of every `enmienda` command, in one place: ``ExitCode/success`` (0)
/// when nothing was found or the command had nothing to report, and these.
extension ExitCode {
    /// Findings were reported (or examples failed, or a search found nothing): 1.
    static let findings = ExitCode(1)
    /// The command line or an input was wrong; nothing was checked or written: 2.
    static let inputError = ExitCode(2)
}
