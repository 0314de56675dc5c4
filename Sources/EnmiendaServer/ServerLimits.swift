import Foundation

/// The limits `enmienda serve` puts on requests, each answered with LanguageTool's status
/// and message (``ServiceError``) when passed.
public struct ServerLimits: Sendable, Equatable {
    /// The largest request body, in bytes (413 above it).
    public var maximumRequestBytes: Int
    /// The longest text, in characters (Unicode scalars) of the text checked (413 above it).
    public var maximumTextLength: Int
    /// The longest a check may take, queue included (503 after it).
    public var timeLimit: Duration
    /// How many checks run at once; more wait in a queue.
    public var concurrentChecks: Int
    /// How many checks may wait for a core; a request beyond them is refused at once (503).
    public var queuedChecks: Int

    /// Creates limits; the defaults suit one newsroom on one machine: 2 MB bodies, 200,000
    /// characters, 10 s, one running check per core and 64 waiting.
    public init(
        maximumRequestBytes: Int = 2_000_000, maximumTextLength: Int = 200_000, timeLimit: Duration = .seconds(10),
        concurrentChecks: Int = ServerLimits.cores, queuedChecks: Int = 64
    ) {
        self.maximumRequestBytes = maximumRequestBytes
        self.maximumTextLength = maximumTextLength
        self.timeLimit = timeLimit
        self.concurrentChecks = max(1, concurrentChecks)
        self.queuedChecks = max(0, queuedChecks)
    }

    /// The cores this process may use.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The time limit in whole milliseconds, as LanguageTool's message gives it.
    var timeLimitMilliseconds: Int {
        Int(timeLimit.components.seconds * 1000 + timeLimit.components.attoseconds / 1_000_000_000_000_000)
    }
}
