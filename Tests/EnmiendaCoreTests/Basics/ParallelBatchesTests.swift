import Synchronization
import Testing

@testable import EnmiendaCore

/// `parallelMap(concurrency:batchSize:_:into:)`: every result, in order, a batch at a
/// time on the calling thread, whatever the number of workers.
@Suite struct ParallelBatchesTests {
    private struct Stop: Error {}

    @Test(arguments: [(1, 1), (1, 3), (2, 1), (2, 2), (3, 4), (8, 5), (2, 100)])
    func theBatchesHoldEveryResultInOrder(_ run: (concurrency: Int, batchSize: Int)) {
        let elements = Array(0..<37)
        var batches: [[Int]] = []
        elements.parallelMap(concurrency: run.concurrency, batchSize: run.batchSize, { $0 * $0 }) { batches.append($0) }
        #expect(batches.flatMap { $0 } == elements.map { $0 * $0 })
        #expect(batches.dropLast().allSatisfy { $0.count == run.batchSize })
        #expect(batches.count == (elements.count + run.batchSize - 1) / run.batchSize)
    }

    @Test func noElementsGiveNoBatch() {
        var batches = 0
        [Int]().parallelMap(concurrency: 2, batchSize: 2, { $0 }) { _ in batches += 1 }
        #expect(batches == 0)
    }

    @Test func theWorkersRunAtMostOneBatchAheadOfTheBody() {
        let started = Atomic(0)
        var aheadSeen: [Int] = []
        Array(0..<40).parallelMap(
            concurrency: 4, batchSize: 4,
            { element in
                started.add(1, ordering: .relaxed)
                return element
            }
        ) { batch in
            aheadSeen.append(started.load(ordering: .relaxed) - (batch.last ?? 0) - 1)
        }
        // Started while this batch is handed over: at most the next batch.
        #expect(aheadSeen.allSatisfy { $0 >= 0 && $0 <= 4 })
    }

    @Test func anErrorInTheBodyEndsTheBatches() {
        var handed = 0
        #expect(throws: Stop.self) {
            try Array(0..<100).parallelMap(concurrency: 2, batchSize: 3, { $0 }) { (_: [Int]) throws(Stop) in
                handed += 1
                if handed == 2 { throw Stop() }
            }
        }
        #expect(handed == 2)
    }

}
