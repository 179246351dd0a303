/// A trie over token ids: the root is an array indexed by id; each node has a record of its payloads' place and,
/// when it has exactly one child, of that edge; the edges of nodes with several children live in one
/// open-addressed hash table. Matching a word costs one array read (a node's record) and, at a branching node, a
/// few probes.
struct TokenTrie: Sendable {
    /// One edge of the table: the parent node and token id as the key, the child as the value (`key` max: empty).
    private struct Edge: Sendable {
        var key = UInt64.max
        var child: Int32 = -1
    }

    /// What matching reads of a node, in one place: where its payloads lie, and its only child's edge.
    private struct Node: Sendable {
        var payloadStart: Int32 = 0
        var payloadEnd: Int32 = 0
        /// The token id of the only child's edge.
        var onlyID: Int32 = -1
        /// The only child; `Node.none` without children, `Node.several` when they are in the edge table.
        var onlyChild: Int32 = Node.none

        static let none: Int32 = -1
        static let several: Int32 = -2
    }

    private var root: [Int32] = []
    private var nodes: [Node] = []
    /// `root.count` and `nodes.count`, stored: inside mention finding, a large function, the compiler calls the arrays'
    /// `count` getters instead of reading them inline.
    private var rootCount = 0
    private var nodeCount = 0
    private var edges: [Edge] = []
    private var mask = 0
    /// The payloads of every node, in node order (each node's record says where its own lie), once frozen.
    private var payloadItems: [Int32] = []
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
        nodes = Array(repeating: Node(), count: building.count)
        var edgeCount = 0
        for (node, children) in building.enumerated() where node != 0 && children.count > 1 { edgeCount += children.count }
        var size = 16
        while size < edgeCount * 2 { size *= 2 }
        edges = Array(repeating: Edge(), count: size)
        mask = size - 1
        for (id, child) in building[0] where Int(id) < vocabularySize { root[Int(id)] = child }
        for (node, children) in building.enumerated() where node != 0 {
            if children.count == 1, let (id, child) = children.first {
                nodes[node].onlyID = id
                nodes[node].onlyChild = child
                continue
            }
            if children.count > 1 { nodes[node].onlyChild = Node.several }
            for (id, child) in children {
                let key = TokenTrie.key(Int32(node), id)
                var slot = TokenTrie.slot(key) & mask
                while edges[slot].key != UInt64.max { slot = (slot + 1) & mask }
                edges[slot] = Edge(key: key, child: child)
            }
        }
        if !building[0].isEmpty { nodes[0].onlyChild = Node.several }
        for (node, list) in buildingPayloads.enumerated() {
            nodes[node].payloadStart = Int32(payloadItems.count)
            payloadItems += list
            nodes[node].payloadEnd = Int32(payloadItems.count)
        }
        building = []
        buildingPayloads = []
        rootCount = root.count
        nodeCount = nodes.count
    }

    /// Renumbers the payloads of a frozen trie by their position, so each payload equals its position and data
    /// indexed by payload can be laid out in node order (a payload found at two nodes gets two positions).
    /// - Returns: The old payload at each position: reorder payload-indexed data by it.
    mutating func numberPayloadsInOrder() -> [Int32] {
        let old = payloadItems
        payloadItems = Array(0..<Int32(old.count))
        return old
    }

    @inline(__always) static func key(_ node: Int32, _ id: Int32) -> UInt64 { UInt64(UInt32(node)) << 32 | UInt64(UInt32(bitPattern: id)) }
    @inline(__always) static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) }

    /// The child of `node` along `id`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ id: Int32) -> Int32 {
        if id < 0 { return -1 }
        if node == 0 { return Int(id) < rootCount ? root[Int(id)] : -1 }
        guard node > 0, Int(node) < nodeCount else { return -1 }
        let record = nodes[Int(node)]
        if record.onlyChild != Node.several { return record.onlyID == id ? record.onlyChild : -1 }
        let key = TokenTrie.key(node, id)
        var slot = TokenTrie.slot(key) & mask
        while true {
            let edge = edges[slot]
            if edge.key == key { return edge.child }
            if edge.key == UInt64.max { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Where the payloads of `node` lie among all payloads, in node order (read from the node's record, which
    /// matching has just read to reach the node's child). After ``numberPayloadsInOrder()`` these positions are the
    /// payloads themselves, so a caller can skip reading them.
    @inline(__always)
    func payloadPositions(_ node: Int32) -> Range<Int> {
        guard node >= 0, Int(node) < nodeCount else { return 0..<0 }
        return Int(nodes[Int(node)].payloadStart)..<Int(nodes[Int(node)].payloadEnd)
    }

    /// The payloads of `node` (empty for inner nodes and for -1).
    @inline(__always)
    func payloads(_ node: Int32) -> ArraySlice<Int32> { payloadItems[payloadPositions(node)] }

    /// Whether any sequence goes on past `node` (so the end of a name, where matching tries the next word and
    /// fails, is told from the node's record, and no search for a misspelt next word starts there).
    @inline(__always)
    func hasChildren(_ node: Int32) -> Bool {
        node >= 0 && Int(node) < nodeCount && nodes[Int(node)].onlyChild != Node.none
    }

    /// The child of `node` when the name's words at token `j` are joined another way than the trie spells them
    /// (`Hashd-al-Shaabi` for `Hashd al-Shaabi`, `al Shabaab` for `al-Shabaab`), with the number of tokens it
    /// reads; `(-1, 1)` when there is none. Only a hyphen written without spaces counts. (A function of the trie
    /// and the tokens, so mention finding calls it without copying its run.)
    func hyphenVariantChild(_ node: Int32, _ j: Int, _ e: Int, in tokens: UnsafeBufferPointer<Token>, hyphen: Int32) -> (Int32, Int) {
        if tokens[j].id == hyphen {
            // A hyphen in the text where the trie has a space: read the word after it.
            guard j + 1 < e, !tokens[j].has(Token.spaceBefore), !tokens[j + 1].has(Token.spaceBefore) else { return (-1, 1) }
            return (child(node, tokens[j + 1].id), 2)
        }
        // A space in the text where the trie has a hyphen.
        let afterHyphen = child(node, hyphen)
        guard afterHyphen >= 0, tokens[j].has(Token.spaceBefore) else { return (-1, 1) }
        return (child(afterHyphen, tokens[j].id), 1)
    }

    /// Whether any sequence starts with `id`.
    @inline(__always) func starts(_ id: Int32) -> Bool { id >= 0 && Int(id) < rootCount && root[Int(id)] >= 0 }
}
