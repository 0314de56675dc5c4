import Foundation

/// Values kept until the process exits, so that they are never freed: the findings of a
/// large run are millions of small allocations, and freeing them one by one only delays
/// the exit (the kernel takes the whole address space back at once).
enum ProcessLifetime {
    private final class Store: @unchecked Sendable {
        // Guarded by `lock`.
        var values: [Any] = []
        let lock = NSLock()
    }

    private static let store = Store()

    /// Keeps `value` alive until the process exits.
    static func keep(_ value: Any) {
        store.lock.lock()
        store.values.append(value)
        store.lock.unlock()
    }
}
