import ArgumentParser
import Dispatch
import Enmienda
import EnmiendaServer
import Foundation
import Synchronization

/// `enmienda serve`: a LanguageTool-compatible HTTP server over the glossary that `check`
/// would use, reloaded when its files change, stopped gracefully by SIGTERM or SIGINT.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve LanguageTool's HTTP API (v2) with the glossary, for editors and LanguageTool clients.",
        discussion: """
            Endpoints: POST /v2/check and GET /v2/languages (LanguageTool's API v2), \
            POST /enmienda/fix (the corrected text), GET / (a review page for pasted text), \
            GET /health, GET /metrics (Prometheus). The glossaries and the configuration \
            file are reloaded when they change; a broken edit keeps the glossary in use. \
            On start, one line on standard error gives the address bound. SIGTERM or \
            SIGINT stop the server after the requests under way (exit status 0).
            """
    )

    @OptionGroup var checking: CheckingOptions

    @Option(help: "The address to listen on: loopback only, or 0.0.0.0 for every interface.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free port.")
    var port = 8081

    @Option(help: ArgumentHelp("The largest request body, in bytes (413 above it).", valueName: "bytes"))
    var maxRequestBytes = ServerLimits().maximumRequestBytes

    @Option(help: ArgumentHelp("The longest text to check, in characters (413 above it).", valueName: "n"))
    var maxTextLength = ServerLimits().maximumTextLength

    @Option(help: ArgumentHelp("The longest a check may take, in seconds (503 after it).", valueName: "seconds"))
    var timeLimit = 10.0

    @Option(help: ArgumentHelp("How many checks run at once (default: one per core).", valueName: "n"))
    var concurrentChecks: Int?

    @Option(
        help: ArgumentHelp(
            "How many more checks may wait for a core; beyond them a request is refused at once (503).",
            valueName: "n"))
    var queuedChecks = ServerLimits().queuedChecks

    @Option(
        help: ArgumentHelp(
            "The most bytes of request bodies held while they are read, over every connection (503 beyond it).",
            valueName: "bytes"))
    var maxPendingBytes = ServerLimits().maximumPendingBytes

    @Option(
        help: ArgumentHelp(
            "The most matches an answer lists; the rest are left out and warnings.incompleteResults says so.",
            valueName: "n"))
    var maxMatches = ServerLimits().maximumMatches

    @Option(help: ArgumentHelp("How often to look for changed glossary files, in seconds.", valueName: "seconds"))
    var reloadInterval = 1.0

    @Option(
        help: ArgumentHelp(
            "Let pages of this origin call the server from a browser (CORS), as LanguageTool's --allow-origin: '*' or https://example.org; repeat it for several.",
            valueName: "origin"))
    var allowOrigin: [String] = []

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes a number from 0 to 65535") }
        guard maxRequestBytes > 0, maxTextLength > 0 else {
            throw ValidationError("--max-request-bytes and --max-text-length must be positive")
        }
        guard timeLimit > 0, timeLimit <= 3600 else {
            throw ValidationError("--time-limit takes more than 0 and at most 3600 seconds")
        }
        guard reloadInterval >= 0.05, reloadInterval <= 3600 else {
            throw ValidationError("--reload-interval takes 0.05 to 3600 seconds")
        }
        if let concurrentChecks, !(1...1024).contains(concurrentChecks) {
            throw ValidationError("--concurrent-checks takes a number from 1 to 1024")
        }
        guard queuedChecks >= 0 else { throw ValidationError("--queued-checks cannot be negative") }
        guard maxPendingBytes >= maxRequestBytes else {
            throw ValidationError("--max-pending-bytes must be at least --max-request-bytes")
        }
        guard maxMatches > 0 else { throw ValidationError("--max-matches must be positive") }
        // An origin is ASCII (browsers send international names in punycode), without
        // spaces or control characters that would break the header.
        for origin in allowOrigin
        where origin.isEmpty
            || origin.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? true })
        {
            throw ValidationError("--allow-origin takes '*' or an origin such as https://example.org")
        }
        // Sandboxed frames and file: pages all send `Origin: null`: allowing it allows any page.
        if allowOrigin.contains(where: { $0.lowercased() == "null" }) {
            throw ValidationError(
                "--allow-origin null would let any page call the server (sandboxed frames and file: pages send it): name the origin"
            )
        }
        // `check`'s options for reading files mean nothing here: a request carries one text.
        if checking.sourcePath != nil {
            throw ValidationError("serve checks the text of each request: --source is for check and fix")
        }
        if checking.format != nil {
            throw ValidationError("serve checks the text of each request: --as is for check and fix")
        }
    }

    func run() throws {
        // Until the server handles them itself, SIGTERM and SIGINT end a start-up (the
        // glossary loading) with status 0 as they end the server: nothing is under way.
        signal(SIGTERM) { _ in _exit(0) }
        signal(SIGINT) { _ in _exit(0) }
        let options = Unchecked(checking)
        let server = try CheckServer(
            host: host, port: port,
            limits: ServerLimits(
                maximumRequestBytes: maxRequestBytes, maximumTextLength: maxTextLength,
                timeLimit: .milliseconds(Int(timeLimit * 1000)),
                concurrentChecks: concurrentChecks ?? ServerLimits.cores, queuedChecks: queuedChecks,
                maximumPendingBytes: maxPendingBytes, maximumMatches: maxMatches),
            reloadInterval: .milliseconds(Int(reloadInterval * 1000)), allowedOrigins: allowOrigin,
            load: { try Self.load(options.value) },
            log: { message in
                // Each line escaped alone: a reload's errors stay one a line.
                let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
                Terminal.standardError.note(lines.map { TerminalText.escaped(String($0)) + "\n" }.joined())
            })
        let shown = host.contains(":") ? "[\(host)]" : host
        do {
            try Self.wait { try await Self.serve(server, shown: shown) }
        } catch let error as BindError {
            Terminal.standardError.note(error.description + "\n")
            throw ExitCode(2)
        }
    }

    /// Runs `server` until it stops, saying where it listens once it does.
    private static func serve(_ server: CheckServer, shown: String) async throws {
        try await server.run { port in
            let entries = "\(server.entries) glossary \(server.entries == 1 ? "entry" : "entries")"
            Terminal.standardError.note("enmienda serve: listening on http://\(shown):\(port) (\(entries))\n")
        }
    }

    /// The glossary `check` would use with these options, and the files to watch: the
    /// glossary files and the configuration file.
    private static func load(_ checking: CheckingOptions) throws -> LoadedGlossary {
        let aligner = try checking.aligner(untranslated: true)
        var files = try checking.resolved(near: []).glossaryPaths
        if !checking.choice.noConfig,
            let configuration = checking.choice.configPath ?? ProjectConfiguration.find(from: ".")
        {
            files.append(configuration)
        }
        return LoadedGlossary(service: CheckService(aligner: aligner), files: files)
    }

    /// Runs `operation` on the concurrency pool and waits for it: the root command is
    /// synchronous, and its `main()` maps the error thrown here to an exit status.
    private static func wait(_ operation: @escaping @Sendable () async throws -> Void) throws {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await operation()
                outcome.set(.success(()))
            } catch {
                outcome.set(.failure(error))
            }
            done.signal()
        }
        done.wait()
        try outcome.get()
    }

    /// The result of the server's run, handed from its task to the waiting thread.
    private final class Outcome: Sendable {
        private let result = Mutex<Result<Void, any Error>>(.success(()))
        func set(_ value: Result<Void, any Error>) { result.withLock { $0 = value } }
        func get() throws { try result.withLock { $0 }.get() }
    }

    /// Options read once on the main thread and only read after: sent to the reloader.
    private struct Unchecked<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
