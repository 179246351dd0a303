/// A map from 64-bit integer keys to positions, open-addressed with a multiplicative hash.
///
/// Built for dense integer codes looked up millions of times (a relation's actors and type packed in one word): a
/// `[UInt64: Int]` spent most of its time in `Hasher`, whose SipHash guards against keys chosen to collide, which
/// codes a program makes itself are not. Every key but `UInt64.max` (the empty slot's mark) can be stored.
package struct IntegerIndex: Sendable {
    private var keys: [UInt64]
    private var values: [Int]
    private var mask: Int
    /// How many keys are stored.
    package private(set) var count = 0
    private static let empty = UInt64.max

    /// An empty index with room for `minimumCapacity` keys before it grows.
    package init(minimumCapacity: Int = 0) {
        var size = 16
        while size < 2 * minimumCapacity { size *= 2 }
        keys = Array(repeating: IntegerIndex.empty, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The value stored for `key`, or `nil`.
    package func value(for key: UInt64) -> Int? {
        var slot = IntegerIndex.slot(key, mask)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == IntegerIndex.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `key` unless the key is there already; returns whether it was stored and the value the key
    /// has now (the one given, or the one it had), as `Set.insert` does.
    /// - Precondition: `key` is not `UInt64.max`.
    @discardableResult
    package mutating func insert(_ key: UInt64, _ value: Int) -> (inserted: Bool, value: Int) {
        precondition(key != IntegerIndex.empty, "IntegerIndex cannot store UInt64.max")
        if 2 * (count + 1) > keys.count { grow() }
        var slot = IntegerIndex.slot(key, mask)
        while true {
            let found = keys[slot]
            if found == key { return (false, values[slot]) }
            if found == IntegerIndex.empty { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
        return (true, value)
    }

    /// The first slot to probe: the key times a large odd number (Fibonacci hashing), top bits first.
    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        let mixed = key &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 32)) & mask
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: IntegerIndex.empty, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for index in oldKeys.indices where oldKeys[index] != IntegerIndex.empty { insert(oldKeys[index], oldValues[index]) }
    }
}
