import EnmiendaTestSupport
import Foundation
import Testing

/// `enmienda serve` run as a user runs it: a subprocess on a free port, a real
/// LanguageTool client (language_tool_python, from PyPI, installed by `.ci/setup tests`)
/// pointed at it with its remote-server option, and SIGTERM to stop it.
@Suite(.serialized) struct ServeCommandTests {
    /// A running `enmienda serve --port 0`, its port read from its first line on
    /// standard error.
    final class Server {
        let process = Process()
        let port: Int
        private let errors = Pipe()
        private(set) var standardError = ""

        init(_ arguments: [String] = [], in directory: URL = CLIRunner.packageRoot) throws {
            process.executableURL = CLIRunner.binary
            process.arguments = ["serve", "--port", "0"] + arguments
            process.currentDirectoryURL = directory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            try process.run()
            var port: Int?
            while port == nil {
                let data = errors.fileHandleForReading.availableData
                if data.isEmpty { break }
                standardError += String(decoding: data, as: UTF8.self)
                if let line = standardError.split(separator: "\n").first(where: {
                    $0.hasPrefix("enmienda serve: listening on")
                }),
                    let colon = line.range(of: "127.0.0.1:")
                {
                    port = Int(line[colon.upperBound...].prefix { $0.isNumber })
                }
            }
            guard let port else {
                process.terminate()
                throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: standardError])
            }
            self.port = port
        }

        /// Sends SIGTERM and waits for the exit status; the rest of standard error is read.
        func stop() -> Int32 {
            kill(process.processIdentifier, SIGTERM)
            standardError += String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return process.terminationStatus
        }

        deinit { if process.isRunning { process.terminate() } }
    }

    /// Runs `python3` (the first on this process's PATH, where `.ci/setup tests`
    /// installed the client) with `arguments` in `directory`: its status, standard output
    /// and standard error.
    static func python(_ arguments: [String], in directory: URL = CLIRunner.packageRoot) throws -> (
        status: Int32, output: String, errors: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let errorsFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "enmienda-python-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: errorsFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorsFile) }
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorsFile)
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorText = (try? String(contentsOf: errorsFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), errorText)
    }

    static let hasClient = (try? python(["-c", "import language_tool_python"]).status) == 0

    @Test func startsOnAFreePortSaysWhereAndStopsCleanlyOnSIGTERM() throws {
        let server = try Server()
        #expect(server.standardError.contains("enmienda serve: listening on http://127.0.0.1:\(server.port) ("))
        #expect(server.standardError.contains("glossary entries)"))
        let health = try Self.python([
            "-c",
            "import urllib.request; print(urllib.request.urlopen('http://127.0.0.1:\(server.port)/health').read().decode())",
        ])
        #expect(health.output.hasPrefix("{\"status\":\"ok\""), "\(health.output)")
        #expect(server.stop() == 0, "\(server.standardError)")
        #expect(server.process.terminationReason == .exit)
    }

    @Test func refusesAnOriginThatIsNotOne() throws {
        for origin in ["", "https://a.org b", "https://a.org\r\nX: y"] {
            let result = try CLIRunner.run(["serve", "--port", "0", "--allow-origin", origin])
            #expect(result.status == 2, "\(origin): \(result.standardError)")
            #expect(result.standardError.contains("--allow-origin takes '*' or an origin"))
        }
    }

    @Test func aHostThatIsNotOneIsOneLineAndStatus2() throws {
        let result = try CLIRunner.run(["serve", "--host", "999.1.1.1", "--port", "0"])
        #expect(result.status == 2, "\(result.standardError)")
        #expect(result.standardError.contains("cannot listen on 999.1.1.1 port 0: not an address of this machine"))
    }

    @Test func refusesAPortInUseWithStatus2() throws {
        let server = try Server()
        let second = try CLIRunner.run(["serve", "--port", String(server.port)])
        #expect(second.status == 2, "\(second.standardError)")
        #expect(
            second.standardError.contains("cannot listen on 127.0.0.1 port \(server.port): the port is in use"),
            "\(second.standardError)")
        #expect(server.stop() == 0)
    }

    /// language_tool_python checks an article of `examples/` through the server: its
    /// matches are those `check --format json` reports (rule ids, offsets, replacements),
    /// and its `correct()` gives what `/enmienda/fix` and `enmienda fix` give.
    @Test(.enabled(if: ThirdPartyTool.runs(whenAvailable: hasClient)))
    func languageToolPythonGetsWhatCheckAndFixGive() throws {
        try #require(Self.hasClient, "language_tool_python is missing: bash .ci/setup tests installs it")
        let directory = try CLIRunner.temporaryDirectory()
        let example = try String(
            contentsOf: CLIRunner.packageRoot.appendingPathComponent("examples/kim-lavrov.es.txt"), encoding: .utf8)
        // A character outside the BMP first: LanguageTool offsets count UTF-16 units.
        let text = "Ñandú 🙂 «dijo»: son no talleres.\n" + example
        try Data(text.utf8).write(to: directory.appendingPathComponent("a.txt"))
        let check = try CLIRunner.run(["check", "--format", "json", "-o", "a.json", "a.txt"], in: directory)
        #expect(check.status == 1, "\(check.standardError)")
        let fix = try CLIRunner.run(["fix", "a.txt", "-o", "-"], in: directory)
        let server = try Server()
        let script = """
            import json, sys, urllib.parse, urllib.request
            import language_tool_python
            url = "http://127.0.0.1:\(server.port)"
            text = open("a.txt", encoding="utf-8").read()
            tool = language_tool_python.LanguageTool("es", remote_server=url)
            matches = tool.check(text)
            expected = json.load(open("a.json", encoding="utf-8"))["matches"]
            got = [(m.rule_id, m.offset, m.error_length, m.replacements) for m in matches]
            want = [(m["rule"]["id"], m["codePointOffset"], m["length"], [r["value"] for r in m["replacements"]])
                    for m in expected]
            assert len(got) > 3, got
            assert got == want, (got, want)
            for m, e in zip(matches, expected):
                assert text[m.offset:m.offset + m.error_length] == e["matchedText"], (m.offset, e["matchedText"])
            corrected = tool.correct(text)
            body = urllib.parse.urlencode({"text": text}).encode()
            fixed = urllib.request.urlopen(url + "/enmienda/fix", data=body).read().decode("utf-8")
            assert corrected == fixed, "correct() and /enmienda/fix differ"
            sys.stdout.write(corrected)
            """
        try Data(script.utf8).write(to: directory.appendingPathComponent("client.py"))
        let client = try Self.python(["client.py"], in: directory)
        #expect(server.stop() == 0, "\(server.standardError)")
        #expect(client.status == 0, "\(client.errors.suffix(3000))")
        #expect(client.output == fix.standardOutput)
        #expect(fix.standardOutput.contains("son inviables"))
    }
}
