import Synchronization

/// A flag one thread sets and another reads: to stop a thread a test started to disturb
/// what it checks (a link switched, a file cut short).
package final class StopFlag: Sendable {
    private let value = Mutex(false)

    package init() {}

    /// Whether ``set()`` was called.
    package var isSet: Bool { value.withLock { $0 } }

    /// Sets the flag.
    package func set() { value.withLock { $0 = true } }
}
