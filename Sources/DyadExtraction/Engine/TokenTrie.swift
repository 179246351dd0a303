/// A trie over token ids: the root is an array indexed by id, deeper edges live in one
/// open-addressed hash table, so matching costs one array read and a few probes per token.
struct TokenTrie: Sendable {
    private var root: [Int32] = []
    private var keys: [UInt64] = []
    private var values: [Int32] = []
    private var mask = 0
    /// Payloads of each node (empty for inner nodes).
    private(set) var payloads: [[Int32]] = [[]]
    private var building: [[Int32: Int32]] = [[:]]

    /// Adds a sequence of ids with a payload.
    mutating func add(_ ids: [Int32], payload: Int32) {
        guard !ids.isEmpty, !ids.contains(where: { $0 < 0 }) else { return }
        var node: Int32 = 0
        for id in ids {
            if let next = building[Int(node)][id] {
                node = next
            } else {
                let next = Int32(building.count)
                building.append([:])
                payloads.append([])
                building[Int(node)][id] = next
                node = next
            }
        }
        if !payloads[Int(node)].contains(payload) { payloads[Int(node)].append(payload) }
    }

    /// Freezes the trie for a vocabulary of `vocabularySize` ids.
    mutating func freeze(vocabularySize: Int) {
        root = Array(repeating: -1, count: vocabularySize)
        var edges = 0
        for (node, children) in building.enumerated() where node != 0 { edges += children.count }
        var size = 16
        while size < edges * 2 { size *= 2 }
        keys = Array(repeating: UInt64.max, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
        for (id, child) in building[0] where Int(id) < vocabularySize { root[Int(id)] = child }
        for (node, children) in building.enumerated() where node != 0 {
            for (id, child) in children {
                let key = TokenTrie.key(Int32(node), id)
                var slot = TokenTrie.slot(key) & mask
                while keys[slot] != UInt64.max { slot = (slot + 1) & mask }
                keys[slot] = key
                values[slot] = child
            }
        }
        building = []
    }

    @inline(__always) static func key(_ node: Int32, _ id: Int32) -> UInt64 { UInt64(UInt32(node)) << 32 | UInt64(UInt32(bitPattern: id)) }
    @inline(__always) static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) }

    /// The child of `node` along `id`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ id: Int32) -> Int32 {
        if id < 0 { return -1 }
        if node == 0 { return Int(id) < root.count ? root[Int(id)] : -1 }
        if keys.isEmpty { return -1 }
        let key = TokenTrie.key(node, id)
        var slot = TokenTrie.slot(key) & mask
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == UInt64.max { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Whether any sequence starts with `id`.
    @inline(__always) func starts(_ id: Int32) -> Bool { id >= 0 && Int(id) < root.count && root[Int(id)] >= 0 }
}
