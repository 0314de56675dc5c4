import Foundation
import Testing

/// Concurrent and killed editors never leave a broken or half-updated glossary.
@Suite struct GlossaryEditingTests {
    private func glossary(entries: Int, in directory: URL) throws -> URL {
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<glossary xmlns=\"urn:enmienda:glossary\" version=\"1\">\n"
        for index in 0..<entries {
            xml +=
                "  <entry id=\"e\(index)\" category=\"style\" severity=\"minor\"><source>s</source>"
                + "<wrong>forma\(index) mala</wrong><suggestion>forma\(index) buena</suggestion></entry>\n"
        }
        xml += "</glossary>\n"
        let url = directory.appendingPathComponent("g.xml")
        try Data(xml.utf8).write(to: url)
        return url
    }

    private func add(_ index: Int, to file: URL) throws -> Process {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = [
            "glossary", "add", "--glossary", file.path, "--source", "term \(index)", "--wrong", "nueva\(index) mala",
            "--suggest", "nueva\(index) buena",
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func entryCount(_ file: URL) throws -> Int {
        let text = try String(contentsOf: file, encoding: .utf8)
        return text.components(separatedBy: "<entry ").count - 1
    }

    @Test func concurrentAddsAllLand() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = try glossary(entries: 3, in: directory)
        let processes = try (0..<16).map { try add($0, to: file) }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        #expect(try entryCount(file) == 3 + 16)
        let check = try CLIRunner.run(["glossary", "validate", "--no-builtin", "--glossary", file.path])
        #expect(check.status == 0, "the glossary still loads: \(check.standardOutput)")
        let ids = Set(
            try CLIRunner.run(["glossary", "list", "--no-builtin", "--glossary", file.path]).standardOutput.split(
                separator: "\n"))
        #expect(ids.count == 19)
    }

    @Test func aKilledEditorLeavesTheOldGlossaryOrTheNew() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = try glossary(entries: 10_000, in: directory)
        for round in 0..<6 {
            let before = try entryCount(file)
            let process = try add(round, to: file)
            usleep(useconds_t(round * 40_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try entryCount(file)
            #expect(after == before || after == before + 1, "round \(round): \(before) → \(after)")
            let check = try CLIRunner.run(["glossary", "list", "--no-builtin", "--glossary", file.path])
            #expect(check.status == 0, "round \(round): the glossary loads")
        }
    }

    @Test func concurrentImportersCreatingAGlossaryLoseNothing() throws {
        let directory = try CLIRunner.temporaryDirectory()
        for round in 0..<3 {
            let file = directory.appendingPathComponent("new\(round).xml")
            let processes = try (0..<10).map { importer in
                let rows = directory.appendingPathComponent("rows-\(round)-\(importer).csv")
                try Data(
                    ("wrong,suggestion,id\n"
                        + (0..<3).map { "mal\(round)x\(importer)x\($0) cosa,bien,n-\(round)-\(importer)-\($0)\n" }
                        .joined()).utf8
                ).write(to: rows)
                let process = Process()
                process.executableURL = CLIRunner.binary
                process.arguments = ["glossary", "import", rows.path, "--glossary", file.path]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                return process
            }
            for process in processes { process.waitUntilExit() }
            #expect(processes.allSatisfy { $0.terminationStatus == 0 })
            #expect(try entryCount(file) == 30, "round \(round)")
        }
    }

    @Test func aLockedEditRemovesTheTemporaryFilesOfDeadEditorsOnly() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = try glossary(entries: 3, in: directory)
        let boot = try String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8).filter(\.isHexDigit)
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = finished.processIdentifier
        let live = getpid()
        let names = [
            "dead": ".g.xml.enmienda-\(dead)-\(boot)-1a2b", "live": ".g.xml.enmienda-\(live)-\(boot)-3c4d",
            "otherMachine": ".g.xml.enmienda-\(dead)-0123456789abcdef-5e6f",
            "otherFile": ".h.xml.enmienda-\(dead)-\(boot)-7a8b",
        ]
        for name in names.values {
            try Data("<glossary".utf8).write(to: directory.appendingPathComponent(name))
        }
        let add = try add(1, to: file)
        add.waitUntilExit()
        #expect(add.terminationStatus == 0)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
        #expect(!left.contains(try #require(names["dead"])), "a dead editor's file is removed")
        for kept in ["live", "otherMachine", "otherFile"] {
            #expect(left.contains(try #require(names[kept])), "\(kept) is kept")
        }
        #expect(left.count == 5, "g.xml, its lock and the three kept: \(left)")
    }
}
