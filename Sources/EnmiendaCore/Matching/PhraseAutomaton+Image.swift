/// An automaton in a compiled glossary's image: its vocabulary and flat tables, read
/// back without compiling a form, every state and variant they name checked in range.
extension PhraseAutomaton {
    /// Adds this automaton's tables to `writer` (the variants' entries are not: the
    /// image holds the variants).
    func encode(into writer: inout BinaryImageWriter) {
        vocabulary.encode(into: &writer)
        writer.append(Int(stateCount))
        transitions.encode(into: &writer)
        writer.append(int32s: acceptedStart)
        writer.append(int32s: acceptedVariants)
        writer.append(int32s: slotStart)
        writer.append(slotKinds.count)
        for kind in slotKinds { writer.append(kind.rawValue) }
        writer.append(int32s: slotTargets)
        writer.append(bytes: startsForm.map { $0 ? 1 : 0 })
    }

    /// Reads an automaton that ``encode(into:)`` wrote for the forms whose entries are
    /// `entryOfVariant` (one entry index per form).
    ///
    /// - Throws: ``BinaryImageReader/Error`` when a transition, slot edge or state's
    ///   list points outside its table, a variant index is not one of the forms, or a
    ///   table's length does not match the number of states or words.
    /// - Complexity: O(size of the tables), with no hashing of words or states.
    init(image reader: inout BinaryImageReader, entryOfVariant: [Int]) throws(BinaryImageReader.Error) {
        let vocabulary = try Vocabulary(image: &reader)
        let stateCount = try reader.number()
        guard stateCount >= 1, stateCount < Int(Int32.max) else { throw BinaryImageReader.Error("bad state count") }
        let transitions = try HashIndex(image: &reader, valuesBelow: stateCount)
        let acceptedStart = try reader.int32s()
        let acceptedVariants = try reader.int32s()
        try Self.checkRanges(acceptedStart, states: stateCount, total: acceptedVariants.count)
        guard acceptedVariants.allSatisfy({ $0 >= 0 && Int($0) < entryOfVariant.count }) else {
            throw BinaryImageReader.Error("accepted variant out of range")
        }
        let slotStart = try reader.int32s()
        var slotKinds: [SlotKind] = []
        let kindCount = try reader.count()
        slotKinds.reserveCapacity(kindCount)
        for _ in 0..<kindCount { slotKinds.append(try reader.value(SlotKind.self)) }
        let slotTargets = try reader.int32s()
        try Self.checkRanges(slotStart, states: stateCount, total: slotTargets.count)
        guard slotKinds.count == slotTargets.count, slotTargets.allSatisfy({ $0 >= 0 && Int($0) < stateCount }) else {
            throw BinaryImageReader.Error("slot edge out of range")
        }
        let startsForm = try reader.bytes()
        guard startsForm.count == vocabulary.count, startsForm.allSatisfy({ $0 <= 1 }) else {
            throw BinaryImageReader.Error("bad word starts")
        }
        self.entryOfVariant = entryOfVariant
        self.vocabulary = vocabulary
        self.stateCount = Int32(stateCount)
        self.transitions = transitions
        self.acceptedStart = acceptedStart
        self.acceptedVariants = acceptedVariants
        self.slotStart = slotStart
        self.slotKinds = slotKinds
        self.slotTargets = slotTargets
        self.startsForm = startsForm.map { $0 == 1 }
    }

    /// Checks that `starts` cuts `total` items into one run per state: `states + 1`
    /// offsets from 0 to `total`, never decreasing.
    private static func checkRanges(_ starts: [Int32], states: Int, total: Int) throws(BinaryImageReader.Error) {
        guard starts.count == states + 1, starts.first == 0, Int(starts[states]) == total else {
            throw BinaryImageReader.Error("state table out of bounds")
        }
        for index in 1..<starts.count where starts[index] < starts[index - 1] {
            throw BinaryImageReader.Error("state table out of order")
        }
    }
}
