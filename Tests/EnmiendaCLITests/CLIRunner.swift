import Enmienda
import Foundation

/// Runs the built `enmienda` binary as a user would, capturing its output.
struct CLIRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The package root, to run commands from.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `enmienda` binary that `swift test` built next to the test bundle. The first
    /// use prepares the Spanish lexicon's cache (``lexiconCache``) for every run.
    static var binary: URL {
        _ = lexiconCache
        if let path = ProcessInfo.processInfo.environment["ENMIENDA_BINARY"] { return URL(fileURLWithPath: path) }
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return testBundle.appendingPathComponent("enmienda")
    }

    /// The `XDG_CACHE_HOME` of every run: the lexicon compiled once per machine from the
    /// installed apertium-spa-cat (the library's tests share it), so that no run prints
    /// the compiling notice or pays for it. Set in this process's environment, which the
    /// runs inherit.
    static let lexiconCache: String = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("enmienda-test-lexicon-home").path
        let spanish = LexiconCache(directory: root + "/enmienda").load { _ in }.lexicon
        _ = EnglishLexiconCache(directory: root + "/enmienda").load(spanish: spanish) { _ in }
        setenv("XDG_CACHE_HOME", root, 1)
        return root
    }()

    /// Runs `enmienda arguments…` in `directory` with `input` on standard input.
    static func run(
        _ arguments: [String], in directory: URL = packageRoot, input: [UInt8] = [],
        environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        // Rejected findings a command remembers must not land in the package directory,
        // nor reach another command: each run gets its own place (tests that test
        // suppressions pass --suppressions).
        env["ENMIENDA_SUPPRESSIONS"] =
            scratch.appendingPathComponent("suppressions-\(UUID().uuidString).txt").path
        env.merge(environment) { _, new in new }
        process.environment = env
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: errors, as: UTF8.self))
    }

    /// A new empty directory for files a test writes.
    /// Runs `script` with bash in `directory`, `$E` naming the binary; returns its exit
    /// status and its standard output and error, together. With `defaultSIGPIPE`, bash
    /// starts with SIGPIPE at its default action even if this process ignores it (an
    /// ignored signal is inherited, and a shell cannot undo that itself).
    static func shell(_ script: String, in directory: URL, defaultSIGPIPE: Bool = false) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: defaultSIGPIPE ? "/usr/bin/env" : "/bin/bash")
        process.arguments = (defaultSIGPIPE ? ["--default-signal=PIPE", "/bin/bash"] : []) + ["-c", script]
        process.currentDirectoryURL = directory
        process.environment = ["E": binary.path, "PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": lexiconCache]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `"$E" 'argument'…`: the binary with `arguments`, for a ``shell(_:in:defaultSIGPIPE:)``
    /// script (the arguments must not hold a single quote).
    static func commandLine(_ arguments: [String]) -> String {
        (["\"$E\""] + arguments.map { "'\($0)'" }).joined(separator: " ")
    }

    /// A file named `name` holding `text`, in a folder of its own (see
    /// ``temporaryDirectory()``).
    static func file(_ text: String, named name: String) throws -> URL {
        let url = try temporaryDirectory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    static func temporaryDirectory() throws -> URL {
        let url = scratch.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// One folder for every file the CLI tests write, removed when the test process
    /// exits: thousands of runs (some with files of hundreds of megabytes) would otherwise
    /// fill the temporary directory run after run.
    static let scratch: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "enmienda-cli-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        scratchPath = url.path
        atexit {
            if let path = CLIRunner.scratchPath { try? FileManager.default.removeItem(atPath: path) }
        }
        return url
    }()
    nonisolated(unsafe) private static var scratchPath: String?
}
