import Foundation

/// ``PathConstraints`` turned into what the inner loops test: a list of type
/// runs, evidence thresholds and dense ids of excluded actors.
struct CompiledConstraints {
    /// Type indexes to walk, ascending.
    let types: [Int]
    let directed: Bool
    let filtersEvidence: Bool
    let requireAsserted: Bool
    let minimumCount: Int32
    let excluded: [Int32]
    let cost: PathCost

    init(_ constraints: PathConstraints, index: PathIndex) {
        types = PathIndex.typesByIndex.enumerated()
            .filter { constraints.types?.contains($0.element) ?? true }
            .map(\.offset)
        directed = constraints.directed
        requireAsserted = constraints.excludeHedged
        minimumCount = Int32(clamping: max(constraints.excludeHedged ? 1 : 0, constraints.minimumEvidence))
        filtersEvidence = minimumCount > 0
        excluded = constraints.excludedActors.compactMap { index.denseIDs[$0] }.sorted()
        cost = constraints.cost
    }

    /// Whether relation `e` passes the evidence criteria.
    @inline(__always)
    func allows(edge e: Int32, storage: PathStorage) -> Bool {
        if !filtersEvidence { return true }
        let count = requireAsserted ? storage.edgeAsserted[Int(e)] : storage.edgeSupport[Int(e)]
        return count >= minimumCount
    }

    /// Calls `body(arc, neighbor, edge)` for every arc a path may take out of `v`;
    /// with `backward`, the arcs a path may take *into* `v` (for searches from the target).
    @inline(__always)
    func forEachArc(of v: Int32, backward: Bool, storage: PathStorage, _ body: (Int32, Int32, Int32) -> Void) {
        let base = Int(v) * PathStorage.typeCount
        for t in types {
            var a = Int(storage.offsets[base + t])
            let end = Int(storage.offsets[base + t + 1])
            let checkDirection = directed && t == PathStorage.proxyType
            while a < end {
                defer { a += 1 }
                if checkDirection, storage.arcForward[a] == backward { continue }
                let e = storage.arcEdge[a]
                if filtersEvidence, !allows(edge: e, storage: storage) { continue }
                body(Int32(a), storage.arcNeighbor[a], e)
            }
        }
    }

    /// The cost of relation `e`.
    @inline(__always)
    func weight(of e: Int32, storage: PathStorage) -> Double {
        switch cost {
        case .hops: return 1
        case .confidence: return -log(min(0.999, max(0.001, storage.edgeConfidence[Int(e)])))
        case .evidence:
            let count = requireAsserted ? storage.edgeAsserted[Int(e)] : storage.edgeSupport[Int(e)]
            return 1 / Double(max(1, count))
        }
    }

    /// The cost of a whole path, summed in order.
    func cost(of edges: [Int32], storage: PathStorage) -> Double {
        if cost == .hops { return Double(edges.count) }
        var total = 0.0
        for e in edges { total += weight(of: e, storage: storage) }
        return total
    }
}
