import Synchronization

/// A glossary's entries decoded one at a time, when first asked for, from a compiled
/// glossary's image (see ``CompiledGlossary``): reading back a 100,000-entry glossary
/// then costs its summaries (``EntrySummary``), not 100,000 entries of arrays and
/// strings, of which a run usually reports a few.
///
/// The image was checked whole when it was read (every entry read as decoding reads it,
/// none built), so decoding an entry later cannot fail. The first ``cacheCapacity`` entries
/// decoded are kept, later ones decoded each time they are read (about a microsecond):
/// where findings are dense, keeping every entry a report names would take more memory
/// than decoding them all at once did. The type is safe to share between threads.
package final class DeferredEntries: Sendable {
    /// The summary of each entry, in order.
    package let summaries: [EntrySummary]
    /// Decodes the entry at an index (below ``count``).
    private let decode: @Sendable (Int) -> GlossaryEntry
    /// Decodes the heading of the entry at an index alone, when it can.
    private let decodeHeading: (@Sendable (Int) -> EntryHeading)?
    /// How many decoded entries are kept, at most.
    package static let cacheCapacity = 8_192

    /// The entries decoded so far: some by index, until ``all`` decodes them all.
    private struct Decoded {
        var some: [Int: GlossaryEntry] = [:]
        var all: [GlossaryEntry]?
    }

    private let decoded = Mutex(Decoded())

    /// The indices of the entries that give a wrong form as their source
    /// (``GlossaryEntry/givesWrongFormAsSource``), worked out when the image was written.
    package let givingWrongFormAsSource: Set<Int>

    /// Entries that `decode` gives by index, with their `summaries` (one per entry), the
    /// indices of those that give a wrong form as their source, and `decodeHeading`,
    /// which gives an entry's heading (``EntryHeading``) alone, if it is given.
    package init(
        summaries: [EntrySummary], givingWrongFormAsSource: Set<Int> = [],
        decodeHeading: (@Sendable (Int) -> EntryHeading)? = nil, decode: @escaping @Sendable (Int) -> GlossaryEntry
    ) {
        self.summaries = summaries
        self.givingWrongFormAsSource = givingWrongFormAsSource
        self.decodeHeading = decodeHeading
        self.decode = decode
    }

    /// How many entries there are.
    package var count: Int { summaries.count }

    /// The entry at `index` (below ``count``), decoded the first time.
    package func entry(at index: Int) -> GlossaryEntry {
        if let known = decoded.withLock({ $0.all?[index] ?? $0.some[index] }) { return known }
        let entry = decode(index)
        decoded.withLock { decoded in
            if decoded.all == nil, decoded.some.count < Self.cacheCapacity { decoded.some[index] = entry }
        }
        return entry
    }

    /// The heading of the entry at `index` (below ``count``): from the entry if it is
    /// kept, else decoded alone (a finding reads no more of its entry), and not kept.
    package func heading(at index: Int) -> EntryHeading {
        if let known = decoded.withLock({ $0.all?[index] ?? $0.some[index] }) { return known.heading }
        return decodeHeading?(index) ?? entry(at: index).heading
    }

    /// Every entry, in order, decoded once.
    package var all: [GlossaryEntry] {
        let known = decoded.withLock { $0 }
        if let all = known.all { return all }
        let all = (0..<count).map { known.some[$0] ?? decode($0) }
        decoded.withLock { $0 = Decoded(some: [:], all: all) }
        return all
    }
}
