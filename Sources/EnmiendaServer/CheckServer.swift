import Enmienda
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// `enmienda serve`: a LanguageTool-compatible HTTP server on Hummingbird.
///
/// It answers LanguageTool's API v2 (`POST /v2/check`, also `GET` with the parameters in
/// the query; `GET /v2/languages`) and Enmienda's own paths (`POST /enmienda/fix`, the
/// review page at `/`, `GET /health`, `GET /metrics`), with the ``ServerLimits``. The
/// glossary is loaded once, before the server starts, and again when its files change
/// (``GlossaryReloader``). SIGTERM and SIGINT stop it gracefully: it stops accepting
/// connections, finishes the requests under way and returns.
public struct CheckServer: Sendable {
    /// The address to bind: loopback unless told otherwise.
    public var host: String
    /// The port to bind; 0 picks a free one.
    public var port: Int
    /// The limits on requests.
    public var limits: ServerLimits
    /// How often the glossary's files are compared with those loaded.
    public var reloadInterval: Duration
    /// The origins that browsers may call the server from (`Access-Control-Allow-Origin`,
    /// as LanguageTool's `--allow-origin`: `*` or `https://example.org`, see
    /// ``AllowedOrigins``); none: only pages served by the server itself and clients that
    /// are not browsers.
    public var allowedOrigins: [String]

    let store: ServiceStore
    let load: @Sendable () throws -> LoadedGlossary
    let log: @Sendable (String) -> Void
    let metrics: ServerMetrics
    let runner: CheckRunner
    let pendingBytes: PendingBytes

    /// Loads the glossary with `load` and prepares a server.
    ///
    /// - Parameters:
    ///   - load: Loads the glossary and configuration; called now and on each change of
    ///     the files it reports.
    ///   - log: Takes the messages of reloads (one located error, or a line saying the
    ///     glossary was reloaded); the server never prints.
    ///   - allowedOrigins: The origins browsers may call from (``allowedOrigins``).
    /// - Throws: What `load` throws the first time.
    public init(
        host: String = "127.0.0.1", port: Int = 8081, limits: ServerLimits = ServerLimits(),
        reloadInterval: Duration = .seconds(1), allowedOrigins: [String] = [],
        load: @escaping @Sendable () throws -> LoadedGlossary, log: @escaping @Sendable (String) -> Void
    ) throws {
        self.host = host
        self.port = port
        self.limits = limits
        self.reloadInterval = reloadInterval
        self.allowedOrigins = allowedOrigins
        self.load = load
        self.log = log
        let loaded = try load()
        store = ServiceStore(loaded)
        metrics = ServerMetrics()
        metrics.loaded(entries: loaded.entries)
        runner = CheckRunner(limits: limits, metrics: metrics)
        pendingBytes = PendingBytes(limit: limits.maximumPendingBytes)
    }

    /// How long a connection may stay silent before it is closed, in seconds.
    public static let idleSeconds = 30
    /// How long an answer may take to reach a client that reads slowly, in seconds.
    public static let writeSeconds = 30

    /// How long a request may take from its first part (its head) to its answer, in
    /// seconds: the time limit and a minute to send the body. A client that trickles its
    /// request for longer is cut off (``RequestDeadline``).
    public var requestSeconds: Int64 { Int64(limits.timeLimitMilliseconds / 1000 + 1 + 60) }

    /// How long requests under way may take to finish after SIGTERM, in seconds: the time
    /// limit (queue included) and ``writeSeconds`` to write the answer. Then they are
    /// cancelled.
    public var shutdownSeconds: Int64 { Int64(limits.timeLimitMilliseconds / 1000 + 1 + Self.writeSeconds) }

    /// The entries of the glossary in use.
    public var entries: Int { store.loaded.entries }

    /// The Hummingbird application: the routes, the server and the reloader.
    ///
    /// - Parameter onListening: Called once the server listens, with the port bound.
    public func application(
        onListening: @escaping @Sendable (Int) -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var application = Application(
            router: router(),
            // A connection that sends nothing for this long (a slow or stalled client) is
            // closed: it would hold a socket, and graceful shutdown, without end.
            // A response is on the wire before its connection closes (FlushBeforeClose); a
            // request is answered within its deadline or its connection closed.
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [
                        FlushBeforeClose(maximumWait: Int64(Self.writeSeconds)),
                        RequestDeadline(seconds: requestSeconds),
                    ],
                    idleTimeout: .seconds(Int64(Self.idleSeconds)))),
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: port), serverName: "Enmienda/\(EnmiendaVersion.current)"),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) },
            logger: Self.logger
        )
        application.addServices(
            GlossaryReloader(store: store, interval: reloadInterval, load: load, log: log, metrics: metrics))
        return application
    }

    /// Hummingbird's logger: warnings and errors only, on standard error (the start is
    /// reported by `onListening`, once).
    static let logger: Logger = {
        var logger = Logger(label: "enmienda-serve") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .warning
        return logger
    }()

    /// Runs the server until SIGTERM or SIGINT, then returns after a graceful shutdown.
    ///
    /// - Throws: ``BindError`` when the address is in use or not this machine's; what
    ///   the server framework throws for other failures to bind.
    public func run(onListening: @escaping @Sendable (Int) -> Void) async throws {
        do {
            var configuration = ServiceGroupConfiguration(
                services: [application(onListening: onListening)], gracefulShutdownSignals: [.sigterm, .sigint],
                logger: Self.logger)
            // Requests under way get this long to finish after SIGTERM; then they are cancelled.
            configuration.maximumGracefulShutdownDuration = .seconds(shutdownSeconds)
            try await ServiceGroup(configuration: configuration).run()
        } catch {
            // SwiftNIO's bind error names the errno as `(errno: N)`; it may come wrapped.
            let text = String(describing: error)
            let inUse = text.contains("(errno: \(EADDRINUSE))")
            if text.contains("UnknownHost") {
                throw BindError(
                    description:
                        "enmienda serve: cannot listen on \(host) port \(port): not an address of this machine nor a name it resolves (try 127.0.0.1, ::1 or 0.0.0.0)"
                )
            }
            guard inUse || text.contains("(errno: \(EADDRNOTAVAIL))") else { throw error }
            throw BindError(
                description:
                    "enmienda serve: cannot listen on \(host) port \(port): "
                    + (inUse
                        ? "the port is in use (choose another with --port, or --port 0 for a free one)"
                        : "the address is not one of this machine's"))
        }
    }
}

/// The server could not listen where it was told to.
public struct BindError: Error, CustomStringConvertible {
    /// One line for the user, with the address and what to do.
    public let description: String
}
