import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `transform` applied to every element, up to `concurrency` at a time, the results
    /// handed to `body` on the calling thread in the order of the elements, `batchSize`
    /// at a time: while `body` takes one batch, the workers already transform the next,
    /// so that neither the workers nor `body` wait for a whole batch to finish.
    ///
    /// The workers run at most one batch ahead of `body`, so at most two batches of
    /// results are held at once. The calling thread is one of the `concurrency` workers
    /// when it is not in `body`: the batches go on even when no other thread can start.
    /// With a `concurrency` of 1 or less this is a plain loop on the calling thread.
    ///
    /// ```swift
    /// try chunks.parallelMap(concurrency: 2, batchSize: 2, { align($0) }) { batch in
    ///     try write(batch)
    /// }
    /// ```
    ///
    /// - Throws: what `body` throws; no batch is handed over after it (elements under
    ///   way are transformed first, and their results dropped).
    /// - Complexity: O(n) calls of `transform`, and O(n / `batchSize`) calls of `body`.
    package func parallelMap<Result: Sendable, Failure: Error>(
        concurrency: Int, batchSize: Int, _ transform: @Sendable (Element) -> Result,
        into body: ([Result]) throws(Failure) -> Void
    ) throws(Failure) {
        let size = Swift.max(1, batchSize)
        guard concurrency > 1, count > 1 else {
            for start in stride(from: 0, to: count, by: size) {
                try body(self[start..<Swift.min(count, start + size)].map(transform))
            }
            return
        }
        let board = BatchBoard<Result>(count: count)
        var failure: Failure?
        withoutActuallyEscaping(transform) { transform in
            let group = DispatchGroup()
            for _ in 1..<Swift.min(concurrency, count) {
                DispatchQueue.global().async(group: group) {
                    while let index = board.take() { board.put(transform(self[index]), at: index) }
                }
            }
            defer {
                board.cancel()
                group.wait()
            }
            for start in stride(from: 0, to: count, by: size) {
                let batch = start..<Swift.min(count, start + size)
                board.allow(upTo: Swift.min(count, batch.upperBound + size))
                // Transform what no worker took yet until the batch is done.
                var results: [Result]?
                while results == nil {
                    switch board.wait(for: batch) {
                    case .done(let done): results = done
                    case .take(let index): board.put(transform(self[index]), at: index)
                    }
                }
                do throws(Failure) {
                    try body(results ?? [])
                } catch {
                    failure = error
                    return
                }
            }
        }
        if let failure { throw failure }
    }
}

/// The results of ``Swift/Array/parallelMap(concurrency:batchSize:_:into:)`` as they come,
/// and which elements may be taken next.
private final class BatchBoard<Result: Sendable>: @unchecked Sendable {
    // Guarded by `condition`.
    private var results: [Result?]
    private var next = 0
    private var limit = 0
    private var cancelled = false
    private let condition = NSCondition()

    init(count: Int) {
        results = [Result?](repeating: nil, count: count)
    }

    /// What the calling thread does next for a batch.
    enum Step {
        /// The batch's results, in order (handed out once).
        case done([Result])
        /// An element to transform first.
        case take(Int)
    }

    /// Lets the elements before `limit` be taken.
    func allow(upTo limit: Int) {
        condition.lock()
        self.limit = Swift.max(self.limit, limit)
        condition.broadcast()
        condition.unlock()
    }

    /// The next element to transform, once one may be taken; `nil` when there are no
    /// more or the work was cancelled.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && next >= limit && next < results.count { condition.wait() }
        guard !cancelled, next < results.count else { return nil }
        defer { next += 1 }
        return next
    }

    /// Keeps the result of the element at `index`.
    func put(_ result: Result, at index: Int) {
        condition.lock()
        results[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// The results of `batch` once they are all in, or an element that may be taken,
    /// waiting for one or the other.
    func wait(for batch: Range<Int>) -> Step {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if results[batch.upperBound - 1] != nil, results[batch].allSatisfy({ $0 != nil }) {
                let done = results[batch].compactMap { $0 }
                for index in batch { results[index] = nil }
                return .done(done)
            }
            if next < limit {
                defer { next += 1 }
                return .take(next)
            }
            condition.wait()
        }
    }

    /// Lets no more elements be taken, and wakes the workers waiting to take one.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
