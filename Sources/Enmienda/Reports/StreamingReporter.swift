/// A reporter that writes its report as it goes, into an ``OutputBuffer`` flushed to a
/// file or standard output, instead of returning it whole: a report of millions of
/// findings then takes constant memory beyond the findings.
package protocol StreamingReporter: Reporter {
    /// Appends what ``Reporter/report(_:)`` returns to `output`, byte for byte. A writer
    /// may stop early once ``OutputBuffer/failed``: nothing more is written then.
    func write(_ alignments: [Alignment], to output: inout OutputBuffer)
}
