import Dispatch
import Enmienda
import Foundation
import Synchronization

/// Runs checks off the server's event loops with the ``ServerLimits``: at most
/// `concurrentChecks` at once, at most `queuedChecks` more waiting (a request beyond
/// them is refused at once with 503), each answered within `timeLimit` (503 after it).
///
/// A check that passes its time limit goes on to its end, still counted, so that a flood
/// of slow texts cannot start more work than the limits allow; one whose time ran out
/// while it waited is not started.
///
/// Checks run on threads of their own, not on Dispatch's pool: busy checks there would
/// hold back the timers that answer 503 at the time limit.
final class CheckRunner: Sendable {
    let limits: ServerLimits
    private let metrics: ServerMetrics
    private let queue: CheckThreads
    private let admitted = Mutex(0)

    init(limits: ServerLimits, metrics: ServerMetrics) {
        self.limits = limits
        self.metrics = metrics
        queue = CheckThreads(count: limits.concurrentChecks)
    }

    deinit { queue.stop() }

    /// The value of `work`, run on a core of the check queue.
    ///
    /// - Throws: ``ServiceError/overloaded(limit:)`` when the queue is full,
    ///   ``ServiceError/timeout(milliseconds:)`` when the answer takes too long.
    func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async throws(ServiceError) -> Value {
        let capacity = limits.concurrentChecks + limits.queuedChecks
        let count = admitted.withLock { count -> Int? in
            guard count < capacity else { return nil }
            count += 1
            return count
        }
        guard let count else { throw .overloaded(limit: capacity) }
        metrics.setInFlight(count)
        let answer = OneAnswer<Value>()
        let result: Result<Value, ServiceError> = await withCheckedContinuation { continuation in
            answer.set(continuation)
            queue.addOperation { [self] in
                if !answer.isAnswered { answer.resume(.success(work())) }
                metrics.setInFlight(
                    admitted.withLock { count in
                        count -= 1
                        return count
                    })
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(limits.timeLimitMilliseconds)) {
                answer.resume(.failure(.timeout(milliseconds: self.limits.timeLimitMilliseconds)))
            }
        }
        return try result.get()
    }
}

/// `count` threads that run the work given to ``addOperation(_:)`` in turn, first come
/// first served, until ``stop()``.
private final class CheckThreads: @unchecked Sendable {
    // Guarded by `condition`.
    private var jobs: [@Sendable () -> Void] = []
    private var next = 0
    private var stopped = false
    private let condition = NSCondition()

    init(count: Int) {
        for index in 0..<count {
            let thread = Thread { [self] in work() }
            thread.name = "enmienda-check-\(index)"
            thread.start()
        }
    }

    func addOperation(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Lets the threads end once the work given so far is done.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while next == jobs.count && !stopped { condition.wait() }
            guard next < jobs.count else {
                condition.unlock()
                return
            }
            let job = jobs[next]
            next += 1
            // Jobs done are dropped in bulk, not shifted out one by one.
            if next == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                next = 0
            } else if next >= 64, next * 2 >= jobs.count {
                jobs.removeFirst(next)
                next = 0
            }
            condition.unlock()
            job()
        }
    }
}

/// A continuation resumed once, by the check or by its time limit, whichever comes first.
private final class OneAnswer<Value: Sendable>: Sendable {
    private let state = Mutex<(continuation: CheckedContinuation<Result<Value, ServiceError>, Never>?, answered: Bool)>(
        (nil, false))

    func set(_ continuation: CheckedContinuation<Result<Value, ServiceError>, Never>) {
        state.withLock { $0.continuation = continuation }
    }

    var isAnswered: Bool { state.withLock { $0.answered } }

    func resume(_ result: Result<Value, ServiceError>) {
        let continuation = state.withLock { state -> CheckedContinuation<Result<Value, ServiceError>, Never>? in
            guard !state.answered else { return nil }
            state.answered = true
            defer { state.continuation = nil }
            return state.continuation
        }
        continuation?.resume(returning: result)
    }
}
