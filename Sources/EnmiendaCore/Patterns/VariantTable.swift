import Synchronization

/// The forms a glossary was compiled into (``PatternVariant``), by index: held in
/// memory, or decoded from a compiled glossary's image the first time each is read.
///
/// What start-up needs of every form (its entry, and whether it starts with a verb) is
/// known without decoding it. Reading back a 100,000-entry glossary then builds none of
/// its forms' templates and strings, more than a third of its start-up; a run decodes
/// the forms its text matches, once each, and keeps them. The image was checked whole
/// when it was read, so decoding a form later cannot fail.
///
/// The type is safe to share between threads: forms are decoded one at a time, under a
/// lock, by the first thread that asks for each (a few microseconds); once decoded, a
/// form is read with one atomic load.
final class VariantTable: @unchecked Sendable {
    /// How many forms there are.
    let count: Int
    /// The index of the entry of each form (``PatternVariant/entryIndex``).
    let entryIndices: [Int]
    /// Whether each form is a verb phrase that starts with its verb
    /// (``PatternVariant/startsWithVerb``).
    let startsWithVerb: [Bool]
    /// Decodes the form at an index; `nil` when every form is held from the start.
    private let decode: (@Sendable (Int) -> PatternVariant)?
    /// The forms, each initialized once its state is ``ready``.
    private let storage: UnsafeMutablePointer<PatternVariant>
    /// Whether each form is ``ready`` (initialized in ``storage``) or ``empty``.
    private let states: UnsafeMutablePointer<Atomic<UInt8>>
    private static let empty: UInt8 = 0
    private static let ready: UInt8 = 1
    /// Held while a form is decoded.
    private let decodingLock = Mutex(())

    /// A table that holds `variants`.
    init(_ variants: [PatternVariant]) {
        count = variants.count
        entryIndices = variants.map(\.entryIndex)
        startsWithVerb = variants.map(\.startsWithVerb)
        decode = nil
        storage = .allocate(capacity: Swift.max(count, 1))
        storage.initialize(from: variants, count: count)
        states = .allocate(capacity: Swift.max(count, 1))
        for index in 0..<count { (states + index).initialize(to: Atomic(Self.ready)) }
    }

    /// A table of forms that `decode` gives by index, one for each of `entryIndices`,
    /// whose entries and verb starts are given here.
    ///
    /// - Precondition: `startsWithVerb` has one value per form; `decode` gives, for each
    ///   index, a form with that entry index and verb start.
    init(
        entryIndices: [Int], startsWithVerb: [Bool], decode: @escaping @Sendable (Int) -> PatternVariant
    ) {
        precondition(entryIndices.count == startsWithVerb.count, "one verb start per form")
        count = entryIndices.count
        self.entryIndices = entryIndices
        self.startsWithVerb = startsWithVerb
        self.decode = decode
        storage = .allocate(capacity: Swift.max(count, 1))
        states = .allocate(capacity: Swift.max(count, 1))
        for index in 0..<count { (states + index).initialize(to: Atomic(Self.empty)) }
    }

    deinit {
        for index in 0..<count where states[index].load(ordering: .acquiring) == Self.ready {
            (storage + index).deinitialize(count: 1)
        }
        states.deinitialize(count: count)
        states.deallocate()
        storage.deallocate()
    }

    /// The form at `index` (below ``count``), in place: decoded the first time it is
    /// read, valid as long as the table lives.
    func variant(at index: Int) -> UnsafePointer<PatternVariant> {
        precondition(index >= 0 && index < count, "form index out of range")
        if states[index].load(ordering: .acquiring) == Self.ready { return UnsafePointer(storage + index) }
        return decoded(at: index)
    }

    /// Decodes the form at `index` unless another thread did meanwhile: one thread
    /// decodes at a time, and never a form twice.
    private func decoded(at index: Int) -> UnsafePointer<PatternVariant> {
        guard let decode else { preconditionFailure("a form held in memory is always ready") }
        decodingLock.withLock { _ in
            guard states[index].load(ordering: .acquiring) != Self.ready else { return }
            (storage + index).initialize(to: decode(index))
            states[index].store(Self.ready, ordering: .releasing)
        }
        return UnsafePointer(storage + index)
    }

    /// How many forms are decoded (all of a table held in memory).
    var decodedCount: Int {
        (0..<count).count { states[$0].load(ordering: .acquiring) == Self.ready }
    }

    /// Every form, in order (each decoded once).
    var all: [PatternVariant] { Array(self) }

    /// Whether the table holds exactly `variants`, in order.
    static func == (table: VariantTable, variants: [PatternVariant]) -> Bool {
        table.elementsEqual(variants)
    }
}

extension VariantTable: RandomAccessCollection {
    var startIndex: Int { 0 }
    var endIndex: Int { count }

    /// The form at `position`, a copy (``variant(at:)`` lends it in place).
    subscript(position: Int) -> PatternVariant { variant(at: position).pointee }
}
