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
final class CheckRunner: Sendable {
    let limits: ServerLimits
    private let metrics: ServerMetrics
    private let queue: OperationQueue
    private let admitted = Mutex(0)

    init(limits: ServerLimits, metrics: ServerMetrics) {
        self.limits = limits
        self.metrics = metrics
        let queue = OperationQueue()
        queue.name = "enmienda-checks"
        queue.maxConcurrentOperationCount = limits.concurrentChecks
        self.queue = queue
    }

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
