/// A report of one document written from its findings a batch at a time, whose head
/// needs totals known only at the end: what the batches give is spooled to a temporary
/// file and copied after the head (``JSONReporter/DocumentStream``,
/// ``SARIFReporter/DocumentStream``, ``HTMLReporter/DocumentStream``).
package protocol SpooledReportStream {
    /// Takes the next batch of the document's findings (see
    /// ``Aligner/align(_:source:chunksPerBatch:_:)``).
    mutating func add(_ batch: Alignment)

    /// Writes the whole report to `output`, byte for byte the report of the whole
    /// alignment.
    ///
    /// - Throws: ``WriteError`` when a spooled part cannot be read back.
    mutating func finish(to output: inout OutputBuffer) throws(WriteError)
}

extension JSONReporter.DocumentStream: SpooledReportStream {}
extension SARIFReporter.DocumentStream: SpooledReportStream {}
extension HTMLReporter.DocumentStream: SpooledReportStream {}
