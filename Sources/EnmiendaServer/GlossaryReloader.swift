import Enmienda
import Foundation
import ServiceLifecycle

/// Reloads the glossary and configuration when one of their files changes: every
/// `interval` it compares the files' stamps (``FileStamp``) with those of the last load
/// and, on a change, loads them again. A load that succeeds replaces the snapshot in the
/// ``ServiceStore`` (requests under way finish on the old one); one that fails keeps the
/// old glossary and reports the located error to `log`. Ends on graceful shutdown.
struct GlossaryReloader: Service {
    let store: ServiceStore
    let interval: Duration
    let load: @Sendable () throws -> LoadedGlossary
    let log: @Sendable (String) -> Void
    let metrics: ServerMetrics

    func run() async throws {
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
                    let loaded = try load()
                    store.replace(with: loaded)
                    metrics.reloaded(entries: loaded.entries)
                    log("enmienda serve: glossary reloaded (\(loaded.entries) entries)")
                    if loaded.files != watched {
                        watched = loaded.files
                        stamps = watched.map(FileStamp.init(path:))
                    }
                } catch {
                    metrics.reloadFailed()
                    log("\(error)\nenmienda serve: the glossary in use is kept until the files load again")
                }
            }
        }
    }
}
