import Enmienda
import Foundation
import ServiceLifecycle
import Synchronization

/// Reloads the glossary and configuration when one of their files changes: every
/// `interval` it compares the files' stamps (``FileStamp``) with those of the last load
/// and, on a change, loads them again. A load that succeeds replaces the snapshot in the
/// ``ServiceStore`` (requests under way finish on the old one); one that fails keeps the
/// old glossary and reports the located error to `log`. Ends on graceful shutdown.
package struct GlossaryReloader: Service {
    let store: ServiceStore
    let interval: Duration
    let load: @Sendable () throws -> LoadedGlossary
    let log: @Sendable (String) -> Void
    let metrics: ServerMetrics

    package func run() async throws {
        await cancelWhenGracefulShutdown {
            var watched = store.loaded.files
            var stamps = watched.map(FileStamp.init(path:))
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: interval)
                } catch {
                    return
                }
                let now = watched.map(FileStamp.init(path:))
                guard now != stamps else { continue }
                stamps = now
                // A file swapped for a fifo or a device would block the reload, and
                // shutdown after it: such a file is not read.
                if let index = now.indices.first(where: {
                    !now[$0].isRegularFile && FileManager.default.fileExists(atPath: watched[$0])
                }) {
                    metrics.reloadFailed()
                    log(
                        "\(watched[index]):1:1: error: not a regular file, not read\n"
                            + "enmienda serve: the glossary in use is kept until the files load again")
                    continue
                }
                do {
                    // On a thread of its own, so that SIGTERM need not wait for a long load
                    // (a glossary of millions of rows): shutdown abandons it.
                    let loaded = try await Self.loadAbandonable(load)
                    store.replace(with: loaded)
                    metrics.reloaded(entries: loaded.entries)
                    log("enmienda serve: glossary reloaded (\(loaded.entries) entries)")
                    if loaded.files != watched {
                        watched = loaded.files
                        stamps = watched.map(FileStamp.init(path:))
                    }
                } catch is CancellationError {
                    return
                } catch {
                    metrics.reloadFailed()
                    log("\(error)\nenmienda serve: the glossary in use is kept until the files load again")
                }
            }
        }
    }
}

extension GlossaryReloader {
    /// The result of `load`, run on a thread of its own; `CancellationError` at once when
    /// the task is cancelled, the load then left to end unheeded (or with the process).
    package static func loadAbandonable(
        _ load: @escaping @Sendable () throws -> LoadedGlossary
    ) async throws -> LoadedGlossary {
        let outcome = Outcome()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                outcome.wait(continuation)
                let thread = Thread { outcome.finish(Result { try load() }) }
                thread.name = "enmienda-reload"
                thread.start()
            }
        } onCancel: {
            outcome.finish(.failure(CancellationError()))
        }
    }

    /// A load's result handed to the task waiting for it once, whichever of the result
    /// and the waiting comes first.
    private final class Outcome: Sendable {
        private let state = Mutex<
            (continuation: CheckedContinuation<LoadedGlossary, any Error>?, result: Result<LoadedGlossary, any Error>?)
        >((nil, nil))

        func wait(_ continuation: CheckedContinuation<LoadedGlossary, any Error>) {
            let ready = state.withLock { state -> Result<LoadedGlossary, any Error>? in
                guard let result = state.result else {
                    state.continuation = continuation
                    return nil
                }
                return result
            }
            if let ready { continuation.resume(with: ready) }
        }

        func finish(_ result: Result<LoadedGlossary, any Error>) {
            let waiting = state.withLock { state -> CheckedContinuation<LoadedGlossary, any Error>? in
                guard state.result == nil else { return nil }
                state.result = result
                defer { state.continuation = nil }
                return state.continuation
            }
            waiting?.resume(with: result)
        }
    }
}
