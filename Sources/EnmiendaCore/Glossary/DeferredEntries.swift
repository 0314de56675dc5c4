import Synchronization

/// A glossary's entries decoded one at a time, when first asked for, from a compiled
/// glossary's image (see ``CompiledGlossary``): reading back a 100,000-entry glossary
/// then costs its summaries (``EntrySummary``), not 100,000 entries of arrays and
/// strings, of which a run usually reports a few.
///
/// The image was checked whole when it was read (every entry decoded without keeping
/// it), so decoding an entry again cannot fail. The first ``cacheCapacity`` entries
/// decoded are kept, later ones decoded each time they are read (about a microsecond):
/// where findings are dense, keeping every entry a report names would take more memory
/// than decoding them all at once did. The type is safe to share between threads.
package final class DeferredEntries: Sendable {
    /// How many entries there are.
    package let count: Int
    /// The summary of each entry, in order.
    package let summaries: [EntrySummary]
    /// Decodes the entry at an index (below ``count``).
    private let decode: @Sendable (Int) -> GlossaryEntry
    /// How many decoded entries are kept, at most.
    package static let cacheCapacity = 8_192
    /// The entries decoded so far, by index, until ``all`` decodes them all.
    private let decoded = Mutex<[Int: GlossaryEntry]>([:])
    private let everything = Mutex<[GlossaryEntry]?>(nil)

    /// Entries that `decode` gives by index, with their `summaries` (one per entry).
    package init(summaries: [EntrySummary], decode: @escaping @Sendable (Int) -> GlossaryEntry) {
        self.count = summaries.count
        self.summaries = summaries
        self.decode = decode
    }

    /// The entry at `index` (below ``count``), decoded the first time.
    package func entry(at index: Int) -> GlossaryEntry {
        if let all = everything.withLock({ $0 }) { return all[index] }
        if let known = decoded.withLock({ $0[index] }) { return known }
        let entry = decode(index)
        decoded.withLock { decoded in
            if decoded.count < Self.cacheCapacity { decoded[index] = entry }
        }
        return entry
    }

    /// Every entry, in order, decoded once.
    package var all: [GlossaryEntry] {
        if let all = everything.withLock({ $0 }) { return all }
        let known = decoded.withLock { $0 }
        let all = (0..<count).map { known[$0] ?? decode($0) }
        everything.withLock { $0 = all }
        decoded.withLock { $0 = [:] }
        return all
    }
}
