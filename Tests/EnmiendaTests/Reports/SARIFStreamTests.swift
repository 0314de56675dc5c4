import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// The SARIF log of one document written from its findings a batch at a time is byte for
/// byte the log of the whole alignment, however the findings are cut into batches.
@Suite struct SARIFStreamTests {
    /// The log that ``SARIFReporter/DocumentStream`` writes of `alignment`, its findings
    /// given `size` at a time.
    private func streamed(_ alignment: Alignment, reporter: SARIFReporter, batchesOf size: Int) throws -> String {
        var stream = try SARIFReporter.DocumentStream(reporter: reporter, document: alignment.document)
        let findings = alignment.findings
        var start = 0
        repeat {
            let end = min(findings.count, start + size)
            stream.add(
                Alignment(
                    document: alignment.document, findings: Array(findings[start..<end]),
                    wordCount: start == 0 ? alignment.wordCount : 0))
            start = end
        } while start < findings.count
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sarif-\(UUID()).out").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        try #require(descriptor >= 0)
        var output = OutputBuffer(writer: DescriptorWriter(descriptor: descriptor, name: path), capacity: 7)
        try stream.finish(to: &output)
        try output.flush()
        close(descriptor)
        return String(decoding: try FileInput.readBytes(atPath: path), as: UTF8.self)
    }

    @Test(arguments: ["example", "tricky, first alone", "odd characters alone", "no findings", "dense"])
    func aStreamedLogIsTheWholeLog(_ name: String) throws {
        let alignment = try #require(try StreamingReportTests.alignments(name).first)
        let glossary = try name == "example" ? Glossary.builtIn : ReportCases.trickyGlossary()
        let reporter = SARIFReporter(glossary: glossary, baseDirectory: "/nowhere")
        let whole = reporter.report([alignment])
        for size in name == "dense" ? [1_000] : [1, 2, 3, 1_000] {
            #expect(try streamed(alignment, reporter: reporter, batchesOf: size) == whole, "\(name), \(size)")
        }
        if !alignment.findings.isEmpty { #expect(whole.contains("\"ruleIndex\" : ")) }
    }
}
