import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

@Suite struct HashIndexTests {
    @Test func storesFindsAndReplacesThroughGrowth() {
        var index = HashIndex()
        var reference: [UInt64: Int32] = [:]
        var generator = SeededGenerator(state: 42)
        for value in 0..<50_000 {
            // Many colliding low bits and packed (state << 32 | word) keys, as the automaton makes.
            let key = value % 3 == 0 ? UInt64(value) << 32 | 7 : generator.next()
            index.set(key, Int32(value))
            reference[key] = Int32(value)
        }
        #expect(index.count == reference.count)
        for (key, value) in reference { #expect(index[key] == value) }
        #expect(index[0xDEAD_BEEF_0000_0001] == nil)
        index.set(3 << 32 | 7, 99)
        #expect(index[3 << 32 | 7] == 99)
        #expect(index.count == reference.count)
    }
}
