/// A map from 64-bit keys to small non-negative integers, for the scan's two lookups per
/// token (word ids, trie edges).
///
/// Open addressing with linear probing over a power-of-two table; keys are mixed with a
/// multiplicative hash instead of `Hasher`'s SipHash, which the keys (themselves hashes
/// or packed integers) do not need.
struct HashIndex: Sendable {
    /// The slots' keys and values (-1 for an empty slot), and the shift that takes a mixed
    /// key to its slot (64 minus the base-2 logarithm of the slot count).
    var keys: [UInt64]
    var values: [Int32]
    var shift: UInt64
    var count = 0

    init() {
        keys = [UInt64](repeating: 0, count: 16)
        values = [Int32](repeating: -1, count: 16)
        shift = 60
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for `key`, or `nil`.
    ///
    /// - Complexity: O(1) expected.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var index = slot(of: key)
        while true {
            let value = values[index]
            if value < 0 { return nil }
            if keys[index] == key { return value }
            index = (index + 1) & mask
        }
    }

    /// Stores `value` (which must not be negative) for `key`, replacing any previous value.
    mutating func set(_ key: UInt64, _ value: Int32) {
        precondition(value >= 0, "HashIndex stores non-negative values")
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var index = slot(of: key)
        while values[index] >= 0 && keys[index] != key { index = (index + 1) & mask }
        if values[index] < 0 { count += 1 }
        keys[index] = key
        values[index] = value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where value >= 0 { set(key, value) }
    }
}
