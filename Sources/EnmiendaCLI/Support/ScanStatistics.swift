import Enmienda
import Foundation

/// The figures `enmienda check --stats` prints: where the time went and how fast the
/// scan ran, so that speed is measured by users too, not only in benchmarks.
struct ScanStatistics {
    var load: Duration = .zero
    var compile: Duration = .zero
    var scan: Duration = .zero
    var reporting: Duration = .zero
    var entries = 0
    /// Where the compiled glossary came from: `from the cache`, `cached now`, or why no
    /// cache was used.
    var glossarySource = "not cached"
    var files = 0
    var bytes = 0
    var words = 0
    var findings = 0

    /// Runs `body`, adding its duration to the figure at `keyPath`.
    mutating func time<T, Failure: Error>(
        _ keyPath: WritableKeyPath<ScanStatistics, Duration>, _ body: () throws(Failure) -> T
    ) throws(Failure) -> T {
        let start = ContinuousClock.now
        defer { self[keyPath: keyPath] += ContinuousClock.now - start }
        return try body()
    }

    mutating func count(_ tallies: [Tally], entries: Int) {
        self.entries = entries
        files = tallies.count
        bytes = tallies.reduce(0) { $0 + $1.bytes }
        words = tallies.reduce(0) { $0 + $1.words }
        findings = tallies.reduce(0) { $0 + $1.findings }
    }

    /// Four lines for standard error.
    var summary: String {
        let seconds = Double(scan.components.seconds) + Double(scan.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(bytes) / seconds / 1e6 : 0
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return """
            stats: glossary of \(entries) entries loaded in \(Self.milliseconds(load)) (\(glossarySource)), compiled in \(Self.milliseconds(compile))
            stats: \(bytes) bytes (\(words) words) in \(files) \(files == 1 ? "file" : "files") scanned in \(Self.milliseconds(scan)) = \(String(format: "%.1f", rate)) MB/s, \(findings) findings
            stats: report written in \(Self.milliseconds(reporting))
            stats: peak memory \(usage.ru_maxrss / 1024) MB

            """
    }

    private static func milliseconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.1f ms", value)
    }
}
