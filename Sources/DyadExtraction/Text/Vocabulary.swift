/// Interns folded token texts as small integer ids, keyed by their UTF-8 bytes.
///
/// The table is open-addressed with FNV-1a hashes, so looking a token up in
/// the hot path costs one hash over its bytes and usually one comparison,
/// without creating a `String`.
public struct Vocabulary: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int32] = [0]
    private var table: [Int32] = Array(repeating: -1, count: 1024)
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
        insert(id: id, hash: bytes.withUnsafeBufferPointer { Vocabulary.hash($0) })
        return id
    }

    /// The id of a folded word given as bytes, or `nil` when unknown.
    /// - Complexity: O(length of the word) expected.
    @inline(__always)
    public func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var slot = Int(truncatingIfNeeded: Vocabulary.hash(bytes)) & mask
        return arena.withUnsafeBufferPointer { arenaBuffer -> Int32? in
            table.withUnsafeBufferPointer { tableBuffer -> Int32? in
                starts.withUnsafeBufferPointer { startBuffer -> Int32? in
                    while true {
                        let id = tableBuffer[slot]
                        if id < 0 { return nil }
                        let s = Int(startBuffer[Int(id)]), e = Int(startBuffer[Int(id) + 1])
                        if e - s == bytes.count {
                            var equal = true
                            var i = 0
                            while i < bytes.count {
                                if arenaBuffer[s + i] != bytes[i] { equal = false; break }
                                i += 1
                            }
                            if equal { return id }
                        }
                        slot = (slot + 1) & mask
                    }
                }
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

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h ^ (h >> 29)
    }

    private mutating func insert(id: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while table[slot] >= 0 { slot = (slot + 1) & mask }
        table[slot] = id
    }

    private mutating func grow() {
        table = Array(repeating: -1, count: table.count * 2)
        mask = table.count - 1
        for id in 0..<count {
            let s = Int(starts[id]), e = Int(starts[id + 1])
            let h = arena[s..<e].withUnsafeBufferPointer { Vocabulary.hash($0) }
            insert(id: Int32(id), hash: h)
        }
    }
}
