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
    /// The most bytes of request bodies held at once, over every connection, while they
    /// are read (503 beyond it): clients that send part of a body and stop would otherwise
    /// hold `maximumRequestBytes` each, without bound.
    public var maximumPendingBytes: Int
    /// The most matches an answer lists; the rest are left out and the answer says so
    /// (`warnings.incompleteResults`, as LanguageTool marks a partial answer).
    public var maximumMatches: Int

    /// Creates limits; the defaults suit one newsroom on one machine: 2 MB bodies, 200,000
    /// characters, 10 s, one running check per core and 64 waiting, 128 MB of bodies being
    /// read, 5,000 matches an answer.
    public init(
        maximumRequestBytes: Int = 2_000_000, maximumTextLength: Int = 200_000, timeLimit: Duration = .seconds(10),
        concurrentChecks: Int = ServerLimits.cores, queuedChecks: Int = 64, maximumPendingBytes: Int = 128_000_000,
        maximumMatches: Int = 5_000
    ) {
        self.maximumPendingBytes = max(1, maximumPendingBytes)
        self.maximumMatches = max(1, maximumMatches)
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
