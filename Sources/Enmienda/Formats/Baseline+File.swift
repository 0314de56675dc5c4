import EnmiendaCore

extension Baseline {
    /// Reads a corrections export; its findings must carry fingerprints.
    ///
    /// - Throws: ``InputError`` if the file cannot be read, is not a corrections export,
    ///   or has a finding without a fingerprint (an export older than fingerprints).
    ///
    /// - Parameter maximumSize: The largest file read, in bytes (see ``InputLimits``).
    public init(contentsOfFile path: String, maximumSize: Int = InputLimits.defaultMaximumFileSize)
        throws(InputError)
    {
        let review = try Review(contentsOfFile: path, maximumSize: maximumSize)
        var counts: [String: Int] = [:]
        for item in review.documents.flatMap(\.items) {
            guard let fingerprint = item.fingerprint else {
                throw InputError(
                    item.location, "this finding has no fingerprint: export the baseline again with this version")
            }
            counts[fingerprint, default: 0] += 1
        }
        self.init(counts: counts)
    }
}
