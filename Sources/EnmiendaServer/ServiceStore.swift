import Enmienda
import Synchronization

/// The glossary the server checks with: an immutable ``CheckService`` swapped whole on a
/// reload, so that a request finishes on the snapshot it started with.
final class ServiceStore: Sendable {
    private let current: Mutex<LoadedGlossary>

    init(_ loaded: LoadedGlossary) {
        current = Mutex(loaded)
    }

    /// The snapshot in use now.
    var loaded: LoadedGlossary { current.withLock { $0 } }

    /// Puts `loaded` in use for the requests that start from now on.
    func replace(with loaded: LoadedGlossary) {
        current.withLock { $0 = loaded }
    }
}
