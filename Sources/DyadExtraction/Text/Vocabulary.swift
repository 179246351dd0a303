/// Interns folded token texts as small integer ids, keyed by their UTF-8 bytes.
///
/// The table is open-addressed; each slot holds a word's first eight bytes, its length and its id, so
/// looking a word of up to eight bytes up in the hot path reads one slot (usually one cache line) and
/// compares two integers, without creating a `String`; a longer word compares the rest of its bytes too.
public struct Vocabulary: Sendable {
    /// One slot of the table (`id` -1: empty).
    private struct Slot: Sendable {
        var head: UInt64 = 0
        var length: Int32 = 0
        var id: Int32 = -1
    }

    private var arena: [UInt8] = []
    private var starts: [Int32] = [0]
    private var table: [Slot] = Array(repeating: Slot(), count: 1024)
    private var mask: Int = 1023

    /// Creates an empty vocabulary.
    public init() {}

    /// The number of interned words.
    public var count: Int { starts.count - 1 }

    /// The id of `word`, adding it when new.
    /// - Parameter word: The folded text.
    @discardableResult
    public mutating func intern(_ word: String) -> Int32 {
        let bytes = Array(word.utf8)
        if let id = bytes.withUnsafeBufferPointer({ lookup($0) }) { return id }
        if (count + 1) * 2 > table.count { grow() }
        let id = Int32(count)
        arena.append(contentsOf: bytes)
        starts.append(Int32(arena.count))
        bytes.withUnsafeBufferPointer { insert(id: id, $0) }
        return id
    }

    /// The id of a folded word given as bytes, or `nil` when unknown.
    /// - Complexity: O(length of the word) expected.
    @inline(__always)
    public func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let head = Vocabulary.head(bytes)
        let length = Int32(truncatingIfNeeded: bytes.count)
        var slot = Int(truncatingIfNeeded: Vocabulary.hash(bytes, head: head)) & mask
        return table.withUnsafeBufferPointer { slots -> Int32? in
            while true {
                let entry = slots[slot]
                if entry.id < 0 { return nil }
                if entry.head == head, entry.length == length, bytes.count <= 8 || tailEquals(entry.id, bytes) { return entry.id }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of a folded word, or `nil` when unknown.
    public func lookup(_ word: String) -> Int32? {
        Array(word.utf8).withUnsafeBufferPointer { lookup($0) }
    }

    /// The text of an id.
    public func word(_ id: Int32) -> String {
        guard id >= 0, Int(id) < count else { return "" }
        return String(decoding: arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])], as: UTF8.self)
    }

    /// Appends the bytes of an id's text (nothing for an unknown id), without making a `String`.
    func appendBytes(of id: Int32, to out: inout [UInt8]) {
        guard id >= 0, Int(id) < count else { return }
        out.append(contentsOf: arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])])
    }

    /// Whether the bytes of `id` after the eighth equal those of `bytes` (whose length is the word's).
    private func tailEquals(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { arenaBuffer in
            let s = Int(starts[Int(id)])
            var i = 8
            while i < bytes.count {
                if arenaBuffer[s + i] != bytes[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// The first eight bytes of a word as an integer (little-endian, zero-padded).
    @inline(__always)
    static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        chunk(bytes, from: 0)
    }

    /// Up to eight bytes from `from` as an integer (little-endian, zero-padded).
    @inline(__always)
    private static func chunk(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> UInt64 {
        let n = min(8, bytes.count - from)
        var value: UInt64 = 0
        var i = 0
        while i < n {
            value |= UInt64(bytes[from + i]) << UInt64(i * 8)
            i += 1
        }
        return value
    }

    /// A hash of a word from its eight-byte chunks and its length.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, head: UInt64) -> UInt64 {
        var h = mix(head ^ UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
        var from = 8
        while from < bytes.count {
            h = mix(h ^ chunk(bytes, from: from))
            from += 8
        }
        return h
    }

    /// Spreads every input bit over the whole word (the finaliser of MurmurHash3), so the low bits make a good slot.
    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    private mutating func insert(id: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        let head = Vocabulary.head(bytes)
        var slot = Int(truncatingIfNeeded: Vocabulary.hash(bytes, head: head)) & mask
        while table[slot].id >= 0 { slot = (slot + 1) & mask }
        table[slot] = Slot(head: head, length: Int32(bytes.count), id: id)
    }

    private mutating func grow() {
        table = Array(repeating: Slot(), count: table.count * 2)
        mask = table.count - 1
        let words = arena
        words.withUnsafeBufferPointer { buffer in
            for id in 0..<count {
                let s = Int(starts[id]), e = Int(starts[id + 1])
                insert(id: Int32(id), UnsafeBufferPointer(rebasing: buffer[s..<e]))
            }
        }
    }
}
