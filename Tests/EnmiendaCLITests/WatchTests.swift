import Foundation
import Synchronization
import Testing

/// `check --watch` reruns when an article or the glossary changes and prints the difference.
@Suite struct WatchTests {
    /// Everything a process writes to standard output, read as it comes.
    final class Output: Sendable {
        private let text = Mutex("")

        init(_ pipe: Pipe) {
            pipe.fileHandleForReading.readabilityHandler = { [self] handle in
                let data = handle.availableData
                text.withLock { $0 += String(decoding: data, as: UTF8.self) }
            }
        }

        /// Waits up to `seconds` for `expected` to appear after the first `after` characters.
        func wait(for expected: String, after: Int = 0, seconds: Double = 15) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if text.withLock({ String($0.dropFirst(after)).contains(expected) }) { return true }
                usleep(50_000)
            }
            return false
        }

        var count: Int { text.withLock { $0.count } }
        var all: String { text.withLock { $0 } }
    }

    @Test func reportsNewAndGoneFindingsAndReloadsTheGlossary() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let article = directory.appendingPathComponent("nota.txt")
        let glossary = directory.appendingPathComponent("mine.xml")
        try Data("Las demandas son no talleres.\n".utf8).write(to: article)
        let entry = { (id: String, wrong: String, suggestion: String) in
            """
              <entry id="\(id)" category="mistranslation" severity="major">
                <source>s</source><wrong>\(wrong)</wrong><suggestion>\(suggestion)</suggestion>
              </entry>

            """
        }
        let header = "<glossary xmlns=\"urn:enmienda:glossary\" version=\"1\">\n"
        try Data((header + entry("talleres", "no talleres", "inviables") + "</glossary>\n").utf8).write(to: glossary)

        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["check", "--watch", "--no-builtin", "--glossary", glossary.path, directory.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let output = Output(pipe)
        try process.run()
        defer {
            pipe.fileHandleForReading.readabilityHandler = nil
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        #expect(output.wait(for: "watching 1 article; Ctrl-C stops"))
        #expect(output.all.contains("[talleres]"))

        var mark = output.count
        try Data("Las demandas son no talleres.\nOtra frase con no talleres.\n".utf8).write(to: article)
        #expect(output.wait(for: ": 1 new, 0 gone, 1 unchanged", after: mark), "\(output.all)")

        mark = output.count
        try Data(
            (header + entry("talleres", "no talleres", "inviables")
                + entry("demandas", "las demandas", "las exigencias")
                + "</glossary>\n").utf8
        ).write(to: glossary)
        #expect(output.wait(for: "(glossary reloaded)", after: mark), "\(output.all)")
        #expect(output.wait(for: "[demandas]", after: mark))

        mark = output.count
        try Data("Las exigencias son inviables.\n".utf8).write(to: article)
        #expect(output.wait(for: "0 new, 3 gone, 0 unchanged", after: mark), "\(output.all)")
        #expect(output.all.contains("- \(article.path): “Las demandas” is gone [demandas]"))
    }
}
