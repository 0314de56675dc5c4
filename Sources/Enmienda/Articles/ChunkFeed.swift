import Synchronization

/// The chunks of a plain-text file, cut between sentences (see ``ChunkBoundary``) and
/// handed out in text order to whichever worker asks next: the worker that takes a chunk
/// reads it while the others align theirs, and no worker waits for a batch to finish.
///
/// The cuts are those of ``ChunkBoundary/end(in:from:target:)`` over the whole file: a
/// chunk is cut only once the bytes after its target length hold the whole window the
/// boundary search looks at (and the bytes it peeks past it), or the input has ended.
/// Each chunk comes with up to ``ChunkBoundary/window`` bytes of the file on each side,
/// so that the context around a cut inside a sentence (see
/// ``ChunkBoundary/context(around:in:within:)``) is read as in the whole file. Besides
/// the chunks handed out, it holds about `target` + 3 × ``ChunkBoundary/window`` bytes.
final class ChunkFeed: Sendable {
    private struct State: Sendable {
        var reader: ChunkedReader
        /// The bytes read and not handed out yet, from the start of the next chunk.
        var buffer: [UInt8]
        /// The last bytes handed out, up to ``ChunkBoundary/window`` of them, from the
        /// start of a character.
        var before: [UInt8] = []
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
    /// `bytes` holds the chunk at `owned` (offsets into `bytes`) and the bytes of the file
    /// around it: up to ``ChunkBoundary/window`` before it, from the start of a character,
    /// and up to ``ChunkBoundary/window`` + 3 after it, which may end inside a character
    /// or hold an invalid byte the next chunk reports.
    ///
    /// - Complexity: O(target + ``ChunkBoundary/window``): the read, the cut and a copy.
    func next() -> (index: Int, bytes: [UInt8], owned: Range<Int>)? {
        state.withLock { state in
            guard !state.stopped, state.failure == nil else { return nil }
            // The boundary search reads up to two bytes past its window, and the context
            // after the cut one window more.
            let wanted = target + 2 * ChunkBoundary.window + 3
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
            let after = min(state.buffer.count, end + ChunkBoundary.window + 3)
            let bytes = state.before + state.buffer[..<after]
            let owned = state.before.count..<state.before.count + end
            var kept = max(0, owned.upperBound - ChunkBoundary.window)
            while kept < owned.upperBound && UTF8.isContinuation(bytes[kept]) { kept += 1 }
            state.before = Array(bytes[kept..<owned.upperBound])
            state.buffer.removeFirst(end)
            defer { state.next += 1 }
            return (state.next, bytes, owned)
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
