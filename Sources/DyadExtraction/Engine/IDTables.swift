/// A set of token ids kept as bits indexed by id: asking costs one read, with no hashing (`Set<Int32>` hashed every
/// id it was asked about, for every token of the text).
struct IDSet: Sendable {
    private var bits: [UInt64] = []
    /// `bits.count`, stored: inside the engine's large functions the compiler calls the array's `count` getter.
    private var wordCount = 0

    /// An empty set.
    init() {}

    /// The set of `ids` (negative ids are left out: no token has one).
    init<S: Sequence>(_ ids: S) where S.Element == Int32 {
        for id in ids where id >= 0 {
            while Int(id) >> 6 >= bits.count { bits.append(0) }
            bits[Int(id) >> 6] |= 1 << UInt64(id & 63)
        }
        wordCount = bits.count
    }

    /// Whether `id` is in the set.
    @inline(__always)
    func contains(_ id: Int32) -> Bool {
        id >= 0 && Int(id) >> 6 < wordCount && bits[Int(id) >> 6] & 1 << UInt64(id & 63) != 0
    }
}

/// Small numbers by token id (a month's number, a weekday's), kept in an array indexed by id: a look-up reads one
/// entry, with no hashing.
struct IDMap: Sendable {
    private var values: [Int16] = []
    /// `values.count`, stored (as `IDSet`'s).
    private var count = 0

    /// The map of `dictionary`; its values must lie in `0...Int16.max` (negative ids are left out).
    init(_ dictionary: [Int32: Int]) {
        for (id, value) in dictionary where id >= 0 {
            precondition(value >= 0 && value <= Int(Int16.max), "IDMap holds small non-negative numbers")
            while Int(id) >= values.count { values.append(-1) }
            values[Int(id)] = Int16(value)
        }
        count = values.count
    }

    /// The number of `id`, or `nil`.
    @inline(__always)
    subscript(id: Int32) -> Int? {
        guard id >= 0, Int(id) < count, values[Int(id)] >= 0 else { return nil }
        return Int(values[Int(id)])
    }
}
