#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Dense numbers of ids, looked up by the ids' UTF-8 bytes straight from a file's buffer:
/// no `String` is made and nothing is allocated per look-up.
///
/// Bytes must match exactly; ids that Swift would call equal only after Unicode normalisation
/// are not found here, so a caller that misses must fall back to a `String` look-up (the fast
/// graph reader hands such relations to the full decoder). Read-only after creation, so it is
/// safe to share between threads.
struct ByteKeyTable: Sendable {
    /// One slot of the open-addressing table: an id's first and last eight bytes, its length and its
    /// number, side by side, so a look-up of an id of up to 16 bytes (the usual case) touches one
    /// cache line and nothing else; longer ids are checked against ``arena`` as well.
    private struct Slot {
        /// The first `min(8, length)` bytes, little-endian, zero-padded.
        var head: UInt64 = 0
        /// The last eight bytes when the id is longer than eight, else zero.
        var tail: UInt64 = 0
        var length: Int32 = 0
        /// The id's number, or -1 for an empty slot.
        var number: Int32 = -1
        /// Keeps slots 32 bytes wide: never across two cache lines.
        var padding: UInt64 = 0
    }

    /// The ids' bytes, one after another (read only for ids longer than 16 bytes).
    private let arena: [UInt8]
    /// Where each id's bytes start in ``arena``; one more entry marks the end of the last.
    private let starts: [Int]
    private let slots: [Slot]
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
        var slots = [Slot](repeating: Slot(), count: capacity)
        let mask = capacity - 1
        arena.withUnsafeBufferPointer { bytes in
            for number in 0..<(starts.count - 1) {
                let key = UnsafeBufferPointer(rebasing: bytes[starts[number]..<starts[number + 1]])
                let (head, tail) = ByteKeyTable.ends(key)
                var slot = Int(truncatingIfNeeded: ByteKeyTable.hash(key)) & mask
                while true {
                    let taken = slots[slot]
                    if taken.number < 0 {
                        slots[slot] = Slot(head: head, tail: tail, length: Int32(key.count), number: Int32(number))
                        break
                    }
                    if ByteKeyTable.matches(taken, key, head, tail, bytes, starts) { break }
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
        let (head, tail) = ByteKeyTable.ends(key)
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { bytes in
                while true {
                    let candidate = slots[slot]
                    if candidate.number < 0 { return nil }
                    if ByteKeyTable.matches(candidate, key, head, tail, bytes, starts) { return candidate.number }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The numbers of two ids at once: both first slots are loaded before either is compared, so the
    /// two cache misses of a large table overlap (a relation's endpoints).
    /// - Complexity: O(length of the keys) on average.
    @inline(__always)
    func numbers(of a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> (Int32?, Int32?) {
        let slotA = Int(truncatingIfNeeded: ByteKeyTable.hash(a)) & mask, slotB = Int(truncatingIfNeeded: ByteKeyTable.hash(b)) & mask
        let endsA = ByteKeyTable.ends(a), endsB = ByteKeyTable.ends(b)
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { bytes in
                let firstA = slots[slotA], firstB = slots[slotB]
                func resolve(_ first: Slot, _ start: Int, _ key: UnsafeBufferPointer<UInt8>, _ ends: (UInt64, UInt64)) -> Int32? {
                    var candidate = first, slot = start
                    while true {
                        if candidate.number < 0 { return nil }
                        if ByteKeyTable.matches(candidate, key, ends.0, ends.1, bytes, starts) { return candidate.number }
                        slot = (slot + 1) & mask
                        candidate = slots[slot]
                    }
                }
                return (resolve(firstA, slotA, a, endsA), resolve(firstB, slotB, b, endsB))
            }
        }
    }

    /// The numbers of many ids at once (-1 for an id not in the table): every id's first slot is loaded
    /// before any is compared, so the cache misses of a large table overlap instead of coming one by one.
    /// - Parameters:
    ///   - keys: The ids' UTF-8 bytes.
    ///   - numbers: Where the numbers go, one a key (at least `keys.count` elements).
    /// - Complexity: O(total length of the keys) on average.
    func numbers(of keys: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>, into numbers: UnsafeMutableBufferPointer<Int32>) {
        let count = keys.count
        withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { places in
            withUnsafeTemporaryAllocation(of: Slot.self, capacity: count) { firsts in
                slots.withUnsafeBufferPointer { slots in
                    arena.withUnsafeBufferPointer { bytes in
                        for k in 0..<count { places[k] = Int(truncatingIfNeeded: ByteKeyTable.hash(keys[k])) & mask }
                        // Independent loads: the processor has them all in flight together.
                        for k in 0..<count { firsts.initializeElement(at: k, to: slots[places[k]]) }
                        for k in 0..<count {
                            let key = keys[k]
                            let (head, tail) = ByteKeyTable.ends(key)
                            var candidate = firsts[k], slot = places[k]
                            while true {
                                if candidate.number < 0 {
                                    numbers[k] = -1
                                    break
                                }
                                if ByteKeyTable.matches(candidate, key, head, tail, bytes, starts) {
                                    numbers[k] = candidate.number
                                    break
                                }
                                slot = (slot + 1) & mask
                                candidate = slots[slot]
                            }
                        }
                        _ = firsts.deinitialize()
                    }
                }
            }
        }
    }

    /// Whether the slot holds `key` (whose ends are `head` and `tail`).
    @inline(__always)
    private static func matches(
        _ slot: Slot, _ key: UnsafeBufferPointer<UInt8>, _ head: UInt64, _ tail: UInt64, _ arena: UnsafeBufferPointer<UInt8>,
        _ starts: [Int]
    ) -> Bool {
        guard slot.head == head, slot.tail == tail, Int(slot.length) == key.count else { return false }
        // Up to 16 bytes, the first and last eight are the whole id.
        if key.count <= 16 { return true }
        let number = Int(slot.number)
        return equal(key, UnsafeBufferPointer(rebasing: arena[starts[number]..<starts[number + 1]]))
    }

    /// The first `min(8, count)` bytes of `key` and, when it is longer than eight bytes, its last eight.
    @inline(__always)
    private static func ends(_ key: UnsafeBufferPointer<UInt8>) -> (head: UInt64, tail: UInt64) {
        guard let base = key.baseAddress else { return (0, 0) }
        let raw = UnsafeRawPointer(base)
        if key.count >= 8 {
            let head = raw.loadUnaligned(as: UInt64.self)
            return (head, key.count > 8 ? raw.loadUnaligned(fromByteOffset: key.count - 8, as: UInt64.self) : 0)
        }
        var head: UInt64 = 0
        for offset in 0..<key.count { head |= UInt64(base[offset]) << UInt64(offset * 8) }
        return (head, 0)
    }

    @inline(__always)
    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = a.count
        guard count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress else { return true }
        return memcmp(x, y, count) == 0
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
