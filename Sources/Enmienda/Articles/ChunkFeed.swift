import Synchronization

/// The chunks of a plain-text file, cut between sentences (see ``ChunkBoundary``) and
/// handed out in text order to whichever worker asks next: the worker that takes a chunk
/// reads it while the others align theirs, and no worker waits for a batch to finish.
///
/// The cuts are those of ``ChunkBoundary/end(in:from:target:)`` over the whole file: a
/// chunk is cut only once the bytes after its target length hold the whole window the
/// boundary search looks at (and the bytes it peeks past it), or the input has ended.
/// Besides the chunks handed out, it holds about `target` + ``ChunkBoundary/window``
/// bytes.
final class ChunkFeed: Sendable {
    private struct State: Sendable {
        var reader: ChunkedReader
        /// The bytes read and not handed out yet, from the start of the next chunk.
        var buffer: [UInt8]
        var atEnd: Bool
        /// The index of the next chunk (0: the file's first).
        var next = 0
        var stopped = false
        var failure: InputError?
    }

    private let state: Mutex<State>
    private let target: Int

    /// A feed that goes on from `buffer`, the start of what `reader` read (`atEnd`: all
    /// of it), in chunks of about `target` bytes.
    init(reader: ChunkedReader, buffer: [UInt8], atEnd: Bool, target: Int) {
        state = Mutex(State(reader: reader, buffer: buffer, atEnd: atEnd))
        self.target = max(1, target)
    }

    /// The next chunk and its index in the file (0 first), or `nil` once the input is
    /// done, the feed was stopped, or reading failed (see ``failure``).
    ///
    /// - Complexity: O(target + ``ChunkBoundary/window``): the read, the cut and a copy.
    func next() -> (index: Int, bytes: [UInt8])? {
        state.withLock { state in
            guard !state.stopped, state.failure == nil else { return nil }
            // The boundary search reads up to two bytes past its window.
            let wanted = target + ChunkBoundary.window + 3
            if !state.atEnd && state.buffer.count < wanted {
                do throws(InputError) {
                    state.atEnd = try state.reader.fill(&state.buffer, upTo: wanted)
                } catch {
                    state.failure = error
                    return nil
                }
            }
            guard !state.buffer.isEmpty else { return nil }
            let end = ChunkBoundary.end(in: state.buffer, from: 0, target: target)
            let chunk = Array(state.buffer[..<end])
            state.buffer.removeFirst(end)
            defer { state.next += 1 }
            return (state.next, chunk)
        }
    }

    /// Hands out no more chunks (those handed out are not affected).
    func stop() {
        state.withLock { $0.stopped = true }
    }

    /// Why reading stopped before the end of the input, if it did; chunks after the last
    /// one handed out were not read.
    var failure: InputError? {
        state.withLock { $0.failure }
    }
}
