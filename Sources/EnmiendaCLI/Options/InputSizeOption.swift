import ArgumentParser
import Enmienda

/// `--max-input-size`: the largest glossary, termbase, CSV/TSV, review, source or
/// suppressions file a command reads.
struct InputSizeOption: ParsableArguments {
    @Option(
        name: .customLong("max-input-size"),
        help: ArgumentHelp(
            "The largest glossary, termbase, CSV/TSV, review, source or suppressions file to read, in megabytes; a larger one is refused unread.",
            valueName: "mb"))
    var megabytes: Int = InputLimits.defaultMaximumFileSize / 1_000_000

    func validate() throws {
        guard megabytes > 0 else { throw ValidationError("--max-input-size must be a positive number of megabytes") }
    }

    /// The limit in bytes.
    var bytes: Int { megabytes.multipliedReportingOverflow(by: 1_000_000).overflow ? Int.max : megabytes * 1_000_000 }
}
