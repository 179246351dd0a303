/// Dense numbers of ids, looked up by the ids' UTF-8 bytes straight from a file's buffer:
/// no `String` is made and nothing is allocated per look-up.
///
/// Bytes must match exactly; ids that Swift would call equal only after Unicode normalisation
/// are not found here, so a caller that misses must fall back to a `String` look-up (the fast
/// graph reader hands such relations to the full decoder). Read-only after creation, so it is
/// safe to share between threads.
struct ByteKeyTable: Sendable {
    /// The ids' bytes, one after another.
    private let arena: [UInt8]
    /// Where each id's bytes start in ``arena``; one more entry marks the end of the last.
    private let starts: [Int]
    /// Open addressing: an id's number, or -1 for an empty slot.
    private let slots: [Int32]
    private let mask: Int

    /// Numbers `keys` 0, 1, 2… in order; a repeated key keeps its first number.
    init(_ keys: some Collection<String>) {
        var arena: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(keys.count + 1)
        for key in keys {
            arena.append(contentsOf: key.utf8)
            starts.append(arena.count)
        }
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        arena.withUnsafeBufferPointer { bytes in
            for number in 0..<(starts.count - 1) {
                let key = UnsafeBufferPointer(rebasing: bytes[starts[number]..<starts[number + 1]])
                var slot = Int(truncatingIfNeeded: ByteKeyTable.hash(key)) & mask
                while true {
                    let taken = slots[slot]
                    if taken < 0 {
                        slots[slot] = Int32(number)
                        break
                    }
                    if ByteKeyTable.equal(key, UnsafeBufferPointer(rebasing: bytes[starts[Int(taken)]..<starts[Int(taken) + 1]])) {
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        self.arena = arena
        self.starts = starts
        self.slots = slots
        self.mask = mask
    }

    /// The number of the id whose UTF-8 bytes are `key`, if there is one.
    /// - Complexity: O(length of `key`) on average.
    @inline(__always)
    func number(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        var slot = Int(truncatingIfNeeded: ByteKeyTable.hash(key)) & mask
        return arena.withUnsafeBufferPointer { bytes in
            while true {
                let number = slots[slot]
                if number < 0 { return nil }
                let start = starts[Int(number)], end = starts[Int(number) + 1]
                if ByteKeyTable.equal(key, UnsafeBufferPointer(rebasing: bytes[start..<end])) { return number }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = a.count
        guard count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress else { return true }
        // Short ids (the usual case) word by word, without a call.
        var offset = 0
        while offset + 8 <= count {
            let p = UnsafeRawPointer(x).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let q = UnsafeRawPointer(y).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            if p != q { return false }
            offset += 8
        }
        while offset < count {
            if x[offset] != y[offset] { return false }
            offset += 1
        }
        return true
    }

    /// A fast 64-bit hash of bytes: eight at a time, mixed by multiplication.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(truncatingIfNeeded: key.count) &* multiplier
        guard let base = key.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= key.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            h = (h ^ word) &* multiplier
            h ^= h >> 32
            offset += 8
        }
        if offset < key.count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while offset < key.count {
                word |= UInt64(base[offset]) << shift
                shift += 8
                offset += 1
            }
            h = (h ^ word) &* multiplier
            h ^= h >> 32
        }
        h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}
