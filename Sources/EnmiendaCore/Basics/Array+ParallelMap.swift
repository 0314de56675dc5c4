import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `transform` applied to every element, up to `concurrency` at a time, with the
    /// results in the order of the elements.
    ///
    /// With one element, or a `concurrency` of 1 or less, this is a plain `map` on the
    /// calling thread. Otherwise workers take the next index from a shared counter, so a
    /// slow element does not hold up the others.
    package func parallelMap<Result: Sendable>(
        concurrency: Int, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard count > 1, concurrency > 1 else { return map(transform) }
        let results = Mutex([Result?](repeating: nil, count: count))
        let next = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: Swift.min(concurrency, count)) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                let result = transform(self[index])
                results.withLock { $0[index] = result }
            }
        }
        // Every index was taken by exactly one worker, so every slot is filled.
        return results.withLock { $0.compactMap { $0 } }
    }
}
