import Dispatch
import Enmienda
import Foundation
import Testing

@testable import EnmiendaServer

@Suite struct CheckRunnerTests {
    @Test func refusesAtOnceBeyondTheRunningAndQueuedChecks() async throws {
        let runner = CheckRunner(
            limits: ServerLimits(timeLimit: .seconds(30), concurrentChecks: 1, queuedChecks: 1),
            metrics: ServerMetrics())
        let release = DispatchSemaphore(value: 0)
        let first = Task {
            try await runner.run {
                release.wait(); return 1
            }
        }
        let second = Task { try await runner.run { 2 } }
        try await Task.sleep(for: .milliseconds(200))
        await #expect(throws: ServiceError.overloaded(limit: 2)) { try await runner.run { 3 } }
        release.signal()
        #expect(try await first.value == 1)
        #expect(try await second.value == 2)
        #expect(try await runner.run { 4 } == 4)
    }

    @Test func answersATimeoutButLetsTheCheckEnd() async throws {
        let runner = CheckRunner(
            limits: ServerLimits(timeLimit: .milliseconds(50), concurrentChecks: 1, queuedChecks: 0),
            metrics: ServerMetrics())
        let release = DispatchSemaphore(value: 0)
        await #expect(throws: ServiceError.timeout(milliseconds: 50)) {
            try await runner.run {
                release.wait(); return 1
            }
        }
        // The slow check still holds the only place.
        await #expect(throws: ServiceError.overloaded(limit: 1)) { try await runner.run { 2 } }
        release.signal()
        #expect(try await eventually { (try? await runner.run { 3 }) == 3 })
    }

    private func eventually(_ condition: () async -> Bool) async throws -> Bool {
        for _ in 0..<100 {
            if await condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return false
    }
}
