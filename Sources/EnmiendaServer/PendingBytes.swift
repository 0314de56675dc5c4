import Synchronization

/// The bytes of request bodies being read, over every connection, under a limit
/// (``ServerLimits/maximumPendingBytes``).
final class PendingBytes: Sendable {
    let limit: Int
    private let held = Mutex(0)

    init(limit: Int) {
        self.limit = limit
    }

    /// Takes `count` bytes of the budget; `false`, taking none, when they do not fit.
    func reserve(_ count: Int) -> Bool {
        held.withLock { held in
            guard held + count <= limit else { return false }
            held += count
            return true
        }
    }

    /// Gives back `count` bytes taken with ``reserve(_:)``.
    func release(_ count: Int) {
        held.withLock { $0 -= count }
    }

    /// The bytes taken now.
    var current: Int { held.withLock { $0 } }
}
