/// Interns folded token texts as small integer ids, keyed by their UTF-8 bytes.
///
/// The table is open-addressed with FNV-1a hashes, so looking a token up in
/// the hot path costs one hash over its bytes and usually one comparison,
/// without creating a `String`. Each slot keeps the upper half of its word's hash beside the id, so a probe
/// rejects other words (and a miss ends) without reading their bytes.
public struct Vocabulary: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Per slot, the upper 32 bits of the word's hash (`hashBits`), eight bits of tags (``setTags(_:of:)``, from
    /// `tagShift`) and the word's id + 1 in the lower 24 bits (`idBits`); 0 when empty.
    private var table: [UInt64] = Array(repeating: 0, count: 1024)
    private static let hashBits: UInt64 = 0xFFFF_FFFF_0000_0000
    private static let idBits: UInt64 = 0xFF_FFFF
    private static let tagShift: UInt64 = 24
    /// The most words a vocabulary holds (ids fit in 24 bits of a slot).
    static let capacity = Int(idBits) - 1
    private var mask: Int = 1023

    /// Creates an empty vocabulary.
    public init() {}

    /// The number of interned words.
    public var count: Int { starts.count - 1 }

    /// The id of `word`, adding it when new.
    /// - Parameter word: The folded text.
    @discardableResult
    public mutating func intern(_ word: String) -> Int32 {
        // A native string lends its bytes; others are copied once.
        if let id = word.utf8.withContiguousStorageIfAvailable({ intern(bytes: $0) }) { return id }
        return Array(word.utf8).withUnsafeBufferPointer { intern(bytes: $0) }
    }

    private mutating func intern(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = Vocabulary.hash(bytes)
        if let found = find(hash: h, length: bytes.count, { bytes[$0] }) { return found.id }
        precondition(count < Vocabulary.capacity, "a vocabulary holds at most \(Vocabulary.capacity) words")
        if (count + 1) * 2 > table.count { grow() }
        let id = Int32(count)
        arena.append(contentsOf: bytes)
        starts.append(Int32(arena.count))
        place(h & Vocabulary.hashBits | UInt64(id + 1), hash: h)
        return id
    }

    /// The id of a folded word given as bytes, or `nil` when unknown.
    /// - Complexity: O(length of the word) expected.
    @inline(__always)
    public func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        find(hash: Vocabulary.hash(bytes), length: bytes.count) { bytes[$0] }.map { $0.id }
    }

    /// The id and tags of a folded word given as bytes, or `nil` when unknown.
    @inline(__always)
    func lookupTagged(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, tags: UInt8)? {
        find(hash: Vocabulary.hash(bytes), length: bytes.count) { bytes[$0] }
    }

    /// The id and tags of a folded word, or `nil` when unknown.
    func lookupTagged(_ word: String) -> (id: Int32, tags: UInt8)? {
        Array(word.utf8).withUnsafeBufferPointer { lookupTagged($0) }
    }

    /// Sets tags on an interned word: eight bits a look-up returns with the id from the slot it reads anyway, so a
    /// caller learns facts about the word without a read of its own (the tokenizer copies them into each token).
    mutating func setTags(_ tags: UInt8, of id: Int32) {
        guard id >= 0, Int(id) < count else { return }
        var slot = Int(truncatingIfNeeded: hash(of: Int(id))) & mask
        while table[slot] & Vocabulary.idBits != UInt64(id + 1) { slot = (slot + 1) & mask }
        table[slot] = table[slot] & (Vocabulary.hashBits | Vocabulary.idBits) | UInt64(tags) << Vocabulary.tagShift
    }

    /// The id of the ASCII bytes `text[start..<end]` with upper-case letters folded to lower case, or `nil` when
    /// unknown: folding, hashing and comparing in place, without copying the word.
    @inline(__always)
    func lookupFoldingASCII(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (id: Int32, tags: UInt8)? {
        var h = Vocabulary.hashBasis
        var k = start
        while k < end {
            h = Vocabulary.hashStep(h, text[k])
            k &+= 1
        }
        return lookupFoldingASCII(hash: h, text, start, end)
    }

    /// ``lookupFoldingASCII(_:_:_:)`` given the hash of the folded bytes, taken from ``hashBasis`` with
    /// ``hashStep(_:_:)`` over each byte by a caller that reads them anyway (the tokenizer, while it scans a word).
    @inline(__always)
    func lookupFoldingASCII(hash: UInt64, _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (id: Int32, tags: UInt8)? {
        find(hash: Vocabulary.finish(hash), length: end - start) { Vocabulary.lower(text[start &+ $0]) }
    }

    /// The state of a word's hash before its first byte.
    static let hashBasis: UInt64 = basis

    /// The state of a word's hash after one more byte, folded to lower case (FNV-1a).
    @inline(__always)
    static func hashStep(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(lower(byte))) &* prime }

    /// Probes for a word of `length` bytes with hash `hash` whose byte at each offset is `byte(offset)`.
    @inline(__always)
    private func find(hash: UInt64, length: Int, _ byte: (Int) -> UInt8) -> (id: Int32, tags: UInt8)? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        let tag = hash & Vocabulary.hashBits
        return table.withUnsafeBufferPointer { tableBuffer -> (id: Int32, tags: UInt8)? in
            while true {
                let entry = tableBuffer[slot]
                if entry == 0 { return nil }
                if entry & Vocabulary.hashBits == tag {
                    let id = Int(entry & Vocabulary.idBits) - 1
                    let equal = starts.withUnsafeBufferPointer { startBuffer -> Bool in
                        let s = Int(startBuffer[id]), e = Int(startBuffer[id + 1])
                        guard e - s == length else { return false }
                        return arena.withUnsafeBufferPointer { arenaBuffer in
                            // Wrapping offsets: they are in bounds, and checked sums cost as much as the compare.
                            var i = 0
                            while i < length {
                                if arenaBuffer[s &+ i] != byte(i) { return false }
                                i &+= 1
                            }
                            return true
                        }
                    }
                    if equal { return (Int32(id), UInt8(truncatingIfNeeded: entry >> Vocabulary.tagShift)) }
                }
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

    /// The bytes of every word, back to back, and where each id's bytes start (one more entry than ids).
    var storage: (bytes: [UInt8], starts: [Int32]) { (arena, starts) }

    /// Appends the bytes of an id's text (nothing for an unknown id), without making a `String`.
    func appendBytes(of id: Int32, to out: inout [UInt8]) {
        guard id >= 0, Int(id) < count else { return }
        out.append(contentsOf: arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])])
    }

    private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 32 : b }
    @inline(__always) private static func finish(_ h: UInt64) -> UInt64 { h ^ (h >> 29) }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = basis
        for byte in bytes { h = (h ^ UInt64(byte)) &* prime }
        return finish(h)
    }

    /// The hash of the word with id `id`.
    private func hash(of id: Int) -> UInt64 {
        arena[Int(starts[id])..<Int(starts[id + 1])].withUnsafeBufferPointer { Vocabulary.hash($0) }
    }

    /// Puts a slot's value in the first empty slot from its word's hash on.
    private mutating func place(_ entry: UInt64, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while table[slot] != 0 { slot = (slot + 1) & mask }
        table[slot] = entry
    }

    private mutating func grow() {
        let old = table
        table = Array(repeating: 0, count: old.count * 2)
        mask = table.count - 1
        // Each slot moves whole, so its word keeps its tags.
        for entry in old where entry != 0 { place(entry, hash: hash(of: Int(entry & Vocabulary.idBits) - 1)) }
    }
}
