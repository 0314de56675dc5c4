import Enmienda

/// One long plain text's line, checked and written a batch of chunks at a time.
extension JSONLinesMode.Filter {
    /// Whether `article` is written a batch at a time: a plain text longer than one chunk,
    /// checked with no baseline (whose counts span the whole file).
    func streams(_ article: Article) -> Bool {
        article.segmented == nil && baseline == nil && article.document.bytes.count > aligner.options.chunkSize
    }

    /// Writes the line of `article` (nothing when quiet), its findings filtered batch by
    /// batch as ``apply(_:)`` filters them, the warnings of its ignore markers on standard
    /// error; returns the number of its findings left. `path` and `record` are those the
    /// line names (a record's path and number; the document's path by default).
    ///
    /// - Throws: ``WriteError`` when the temporary file of the matches fails.
    func stream(
        _ article: Article, path: String? = nil, record: Int? = nil, reporter: JSONLinesReporter,
        to output: inout OutputBuffer
    ) throws(WriteError) -> Int {
        let document = article.document
        let markers = aligner.ignoreMarkers(of: document)
        if !quiet {
            for warning in markers.warnings {
                Terminal.standardError.note(
                    TerminalText.escaped("\(warning.location): warning: \(warning.message)") + "\n")
            }
        }
        var line =
            quiet
            ? nil
            : try JSONLinesReporter.DocumentStream(
                reporter: reporter, document: document, path: path ?? document.path, record: record)
        var findings = 0
        aligner.align(document) { batch in
            var kept = markers.apply(to: batch)
            if let suppressions { kept = suppressions.filter([kept]).alignments[0] }
            findings += kept.findings.count
            line?.add(kept)
        }
        try line?.finish(to: &output)
        return findings
    }
}
