import Synchronization

/// How many forms compiling a glossary may expand its entries into, so that a glossary
/// (untrusted input) cannot make compiling take time and memory out of proportion to
/// its size.
///
/// An entry's forms multiply: each `{word?}` slot doubles them, a verb phrase is
/// conjugated in every tense and person, `inflect="number gender"` flips both. 2,000
/// entries such as `tomar {word?} {word?} {word?} {word?} {number} {words} cosa`
/// expanded into 1.7 million forms (26 s, 2 GB), 4,000 into more than memory held. An
/// entry may compile to at most ``maximumFormsPerEntry`` forms, a glossary to at most
/// ``maximumForms(entries:)``.
///
/// Shared by the slices of a glossary expanded in parallel: once it is exceeded, every
/// slice stops.
final class FormBudget: Sendable {
    /// The most forms one entry may compile to: a verb phrase with one `{word?}`, in
    /// every form, stays well within it.
    static let maximumFormsPerEntry = 512

    /// The most forms a glossary of `entries` entries may compile to: 500,000, or 8 per
    /// entry for a larger glossary.
    static func maximumForms(entries: Int) -> Int { max(500_000, 8 * entries) }

    /// Why compiling stopped: the entry (an index into the glossary) and its forms, and
    /// whether the glossary's total was passed rather than the entry's own limit.
    struct Overrun: Sendable {
        var entryIndex: Int
        var forms: Int
        var total: Int?
    }

    private let limit: Int
    private let entryLimit: Int
    private let state = Mutex<(total: Int, overrun: Overrun?)>((0, nil))

    /// A budget for a glossary of `entries` entries; `limit` and `entryLimit` replace
    /// the glossary's and an entry's limits (for tests).
    init(entries: Int, limit: Int? = nil, entryLimit: Int = maximumFormsPerEntry) {
        self.limit = limit ?? Self.maximumForms(entries: entries)
        self.entryLimit = entryLimit
    }

    /// Whether compiling must stop.
    var isExceeded: Bool { state.withLock { $0.overrun != nil } }

    /// What was exceeded, if anything (the entry with the lowest index among the slices
    /// that passed a limit).
    var overrun: Overrun? { state.withLock { $0.overrun } }

    /// Counts the `forms` of the entry at `entryIndex`; `false` when a limit is passed.
    func spend(_ forms: Int, entryIndex: Int) -> Bool {
        state.withLock { state in
            func stop(_ overrun: Overrun) -> Bool {
                if state.overrun.map({ overrun.entryIndex < $0.entryIndex }) ?? true { state.overrun = overrun }
                return false
            }
            if forms > entryLimit { return stop(Overrun(entryIndex: entryIndex, forms: forms)) }
            state.total += forms
            if state.total > limit { return stop(Overrun(entryIndex: entryIndex, forms: forms, total: limit)) }
            return state.overrun == nil
        }
    }
}
