import EnmiendaTestSupport
import Foundation
import Testing

/// Compares a report with its golden file in `Tests/EnmiendaTests/Reports/Golden`, byte
/// for byte. After an intended change, re-record with
/// `ENMIENDA_RECORD=1 swift test --filter Golden` and review the diff.
enum GoldenFile {
    static let directory = Fixtures.packageRoot.appendingPathComponent("Tests/EnmiendaTests/Reports/Golden")

    /// Whether goldens are being re-recorded (`ENMIENDA_RECORD` is set).
    static var isRecording: Bool { ProcessInfo.processInfo.environment["ENMIENDA_RECORD"] != nil }

    /// Records an issue unless `report` is, byte for byte, the golden file `name`.
    ///
    /// Bytes, not strings, are compared: `String` equality would take a decomposed
    /// accent for a precomposed one.
    static func check(
        _ report: String, against name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let url = directory.appendingPathComponent(name)
        let actual = Array(report.utf8)
        if isRecording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual).write(to: url)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(name): record it with ENMIENDA_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        let expected = Array(data)
        guard actual != expected else { return }
        Issue.record(
            "\(name) changed (\(difference(expected, actual))); re-record with ENMIENDA_RECORD=1 if intended",
            sourceLocation: sourceLocation)
    }

    /// The first line where `actual` differs from `expected`, both shown.
    static func difference(_ expected: [UInt8], _ actual: [UInt8]) -> String {
        let old = expected.split(separator: 0x0A, omittingEmptySubsequences: false)
        let new = actual.split(separator: 0x0A, omittingEmptySubsequences: false)
        func shown(_ line: [UInt8]?) -> String {
            line.map { String(decoding: $0, as: UTF8.self).debugDescription } ?? "the end of the file"
        }
        for index in 0..<max(old.count, new.count) {
            let was = index < old.count ? Array(old[index]) : nil
            let now = index < new.count ? Array(new[index]) : nil
            guard was != now else { continue }
            let equivalent =
                was.map { String(decoding: $0, as: UTF8.self) } == now.map { String(decoding: $0, as: UTF8.self) }
            return "line \(index + 1): expected \(shown(was)), got \(shown(now))"
                + (equivalent ? " (the same text in other code points, such as a decomposed accent)" : "")
        }
        return "same lines, different bytes"
    }
}
