import Foundation

/// A thread-safe memo of values by key that stops growing at `capacity` entries (later
/// keys are computed each time), so that a long text cannot make it grow without end.
package final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    // Guarded by `lock`.
    private var table: [Key: Value] = [:]
    private let lock = NSLock()
    private let capacity: Int

    /// A cache of at most `capacity` entries.
    package init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value for `key`, computed by `make` the first time (while there is room).
    package func value(for key: Key, _ make: () -> Value) -> Value {
        lock.lock()
        let known = table[key]
        lock.unlock()
        if let known { return known }
        let value = make()
        lock.lock()
        if table.count < capacity { table[key] = value }
        lock.unlock()
        return value
    }
}
