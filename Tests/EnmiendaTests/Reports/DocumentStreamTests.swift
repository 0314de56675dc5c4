import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// The SARIF log and the HTML page of one document written from its findings a batch at
/// a time are byte for byte those of the whole alignment, however the findings are cut
/// into batches and whatever the output buffer's size.
@Suite struct DocumentStreamTests {
    static let cases = ["example", "tricky, first alone", "odd characters alone", "no findings", "dense"]

    /// `alignment` cut into batches of `size` findings, its words in the first.
    private func batches(_ alignment: Alignment, of size: Int) -> [Alignment] {
        stride(from: 0, to: max(1, alignment.findings.count), by: size).map { start in
            Alignment(
                document: alignment.document,
                findings: Array(alignment.findings[start..<min(alignment.findings.count, start + size)]),
                wordCount: start == 0 ? alignment.wordCount : 0)
        }
    }

    /// What `finish` writes to a file through a 7-byte buffer.
    private func written(_ finish: (inout OutputBuffer) throws(WriteError) -> Void) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID()).out").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        try #require(descriptor >= 0)
        var output = OutputBuffer(writer: DescriptorWriter(descriptor: descriptor, name: path), capacity: 7)
        try finish(&output)
        try output.flush()
        close(descriptor)
        return String(decoding: try FileInput.readBytes(atPath: path), as: UTF8.self)
    }

    private func sizes(_ name: String) -> [Int] { name == "dense" ? [1_000] : [1, 2, 3, 1_000] }

    @Test(arguments: cases)
    func aStreamedSARIFLogIsTheWholeLog(_ name: String) throws {
        let alignment = try #require(try StreamingReportTests.alignments(name).first)
        let glossary = try name == "example" ? Glossary.builtIn : ReportCases.trickyGlossary()
        let reporter = SARIFReporter(glossary: glossary, baseDirectory: "/nowhere")
        let whole = reporter.report([alignment])
        for size in sizes(name) {
            var stream = try SARIFReporter.DocumentStream(reporter: reporter, document: alignment.document)
            for batch in batches(alignment, of: size) { stream.add(batch) }
            #expect(try written { output throws(WriteError) in try stream.finish(to: &output) } == whole, "\(size)")
        }
        if !alignment.findings.isEmpty { #expect(whole.contains("\"ruleIndex\" : ")) }
    }

    @Test(arguments: cases)
    func aStreamedHTMLPageIsTheWholePage(_ name: String) throws {
        let alignment = try #require(try StreamingReportTests.alignments(name).first)
        let reporter = HTMLReporter(workingDirectory: "/nowhere")
        let whole = reporter.report([alignment])
        for size in sizes(name) {
            var stream = try HTMLReporter.DocumentStream(reporter: reporter, document: alignment.document)
            for batch in batches(alignment, of: size) { stream.add(batch) }
            #expect(try written { output throws(WriteError) in try stream.finish(to: &output) } == whole, "\(size)")
        }
        if !alignment.findings.isEmpty { #expect(whole.contains("<mark class=\"finding")) }
    }
}
