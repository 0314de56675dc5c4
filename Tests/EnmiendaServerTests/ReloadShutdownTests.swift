import Dispatch
import EnmiendaServer
import Foundation
import Testing

/// A reload under way does not hold back shutdown: a glossary of millions of rows kept
/// the server alive for minutes after SIGTERM.
@Suite struct ReloadShutdownTests {
    @Test func aLoadUnderWayIsAbandonedWhenItsTaskIsCancelled() async throws {
        let release = DispatchSemaphore(value: 0)
        let started = DispatchSemaphore(value: 0)
        let task = Task {
            try await GlossaryReloader.loadAbandonable {
                started.signal()
                release.wait()
                throw CocoaError(.fileReadUnknown)
            }
        }
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                started.wait()
                continuation.resume()
            }
        }
        let start = ContinuousClock.now
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(ContinuousClock.now - start < .seconds(5))
        release.signal()
    }

    @Test func aLoadThatEndsGivesItsResult() async throws {
        await #expect(throws: CocoaError.self) {
            try await GlossaryReloader.loadAbandonable { throw CocoaError(.fileReadCorruptFile) }
        }
    }
}
