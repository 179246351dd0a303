/// A trie over token ids: the root is an array indexed by id, deeper edges live in one
/// open-addressed hash table, so matching costs one array read and a few probes per token.
struct TokenTrie: Sendable {
    /// One edge of the table: the parent node and token id as the key, the child as the value (`key` max: empty).
    private struct Edge: Sendable {
        var key = UInt64.max
        var child: Int32 = -1
    }

    /// The payloads of every node, in two flat arrays (no array per node to reach first).
    struct Payloads: Sendable {
        /// Per node, where its payloads start in `items` (one more entry than there are nodes).
        fileprivate var start: [Int32] = [0]
        fileprivate var items: [Int32] = []

        /// The payloads of `node` (empty for inner nodes).
        @inline(__always)
        subscript(node: Int) -> ArraySlice<Int32> { items[Int(start[node])..<Int(start[node + 1])] }

        /// Where the payloads of `node` lie among all payloads, in node order. After ``TokenTrie/numberPayloadsInOrder()``
        /// these positions are the payloads themselves, so a caller can skip reading them.
        @inline(__always)
        func positions(_ node: Int) -> Range<Int> { Int(start[node])..<Int(start[node + 1]) }
    }

    private var root: [Int32] = []
    private var edges: [Edge] = []
    private var mask = 0
    /// The nodes that have children, as bits: small enough to stay in cache, so the end of a name (a node without
    /// children, where matching tries the next word and fails) costs no probe of the large edge table.
    private var parents: [UInt64] = []
    /// Payloads of each node (empty for inner nodes), once frozen.
    private(set) var payloads = Payloads()
    /// Payloads of each node while the trie is built.
    private var building: [[Int32: Int32]] = [[:]]
    private var buildingPayloads: [[Int32]] = [[]]

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
                buildingPayloads.append([])
                building[Int(node)][id] = next
                node = next
            }
        }
        if !buildingPayloads[Int(node)].contains(payload) { buildingPayloads[Int(node)].append(payload) }
    }

    /// Freezes the trie for a vocabulary of `vocabularySize` ids.
    mutating func freeze(vocabularySize: Int) {
        root = Array(repeating: -1, count: vocabularySize)
        var edgeCount = 0
        for (node, children) in building.enumerated() where node != 0 { edgeCount += children.count }
        var size = 16
        while size < edgeCount * 2 { size *= 2 }
        edges = Array(repeating: Edge(), count: size)
        mask = size - 1
        for (id, child) in building[0] where Int(id) < vocabularySize { root[Int(id)] = child }
        parents = Array(repeating: 0, count: (building.count + 63) / 64)
        for (node, children) in building.enumerated() where !children.isEmpty { parents[node >> 6] |= 1 << UInt64(node & 63) }
        for (node, children) in building.enumerated() where node != 0 {
            for (id, child) in children {
                let key = TokenTrie.key(Int32(node), id)
                var slot = TokenTrie.slot(key) & mask
                while edges[slot].key != UInt64.max { slot = (slot + 1) & mask }
                edges[slot] = Edge(key: key, child: child)
            }
        }
        var flat = Payloads()
        flat.start.reserveCapacity(buildingPayloads.count + 1)
        for list in buildingPayloads {
            flat.items += list
            flat.start.append(Int32(flat.items.count))
        }
        payloads = flat
        building = []
        buildingPayloads = []
    }

    /// Renumbers the payloads of a frozen trie by their position, so each payload equals its position and data
    /// indexed by payload can be laid out in node order (a payload found at two nodes gets two positions).
    /// - Returns: The old payload at each position: reorder payload-indexed data by it.
    mutating func numberPayloadsInOrder() -> [Int32] {
        let old = payloads.items
        payloads.items = Array(0..<Int32(old.count))
        return old
    }

    @inline(__always) static func key(_ node: Int32, _ id: Int32) -> UInt64 { UInt64(UInt32(node)) << 32 | UInt64(UInt32(bitPattern: id)) }
    @inline(__always) static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) }

    /// The child of `node` along `id`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ id: Int32) -> Int32 {
        if id < 0 { return -1 }
        if node == 0 { return Int(id) < root.count ? root[Int(id)] : -1 }
        if !hasChildren(node) { return -1 }
        let key = TokenTrie.key(node, id)
        var slot = TokenTrie.slot(key) & mask
        while true {
            let edge = edges[slot]
            if edge.key == key { return edge.child }
            if edge.key == UInt64.max { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Whether any sequence goes on past `node` (the root always has children to try).
    @inline(__always)
    func hasChildren(_ node: Int32) -> Bool {
        node == 0 || (node > 0 && Int(node) >> 6 < parents.count && parents[Int(node) >> 6] & 1 << UInt64(node & 63) != 0)
    }

    /// Whether any sequence starts with `id`.
    @inline(__always) func starts(_ id: Int32) -> Bool { id >= 0 && Int(id) < root.count && root[Int(id)] >= 0 }
}
