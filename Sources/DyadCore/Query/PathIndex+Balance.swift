extension PathIndex {
    /// Every triangle of the signed graph, with the unbalanced ones listed.
    ///
    /// Each pair of actors may be joined by several relations (an alliance and
    /// a hostility); every choice of one relation per side counts as a relation
    /// triangle. Direction is ignored; excluded actors are left out.
    /// - Parameter constraints: Which relations count (types, evidence, excluded actors).
    /// - Returns: The report, deterministic.
    /// - Complexity: O(m · √m) with the usual degree ordering.
    public func balance(constraints: PathConstraints = PathConstraints()) -> BalanceReport {
        var undirected = constraints
        undirected.directed = false
        let rules = CompiledConstraints(undirected, index: self)
        let excluded = Set(rules.excluded)
        let n = actorCount
        // Rank actors by degree, then id, and orient each pair from lower to higher rank.
        let order = (0..<n).sorted { a, b in
            let da = storage.degree(Int32(a)), db = storage.degree(Int32(b))
            return da != db ? da < db : a < b
        }
        var rank = [Int](repeating: 0, count: n)
        for (position, v) in order.enumerated() { rank[v] = position }
        // Higher-ranked neighbours of each actor with the relations to them.
        var higher = [[(Int32, [Int32])]](repeating: [], count: n)
        for v in 0..<n where !excluded.contains(Int32(v)) {
            var byNeighbour: [Int32: [Int32]] = [:]
            rules.forEachArc(of: Int32(v), backward: false, storage: storage) { _, w, e in
                if rank[Int(w)] > rank[v], !excluded.contains(w) { byNeighbour[w, default: []].append(e) }
            }
            higher[v] = byNeighbour.sorted { $0.key < $1.key }.map { ($0.key, $0.value.sorted()) }
        }
        var triangles = 0, balanced = 0
        var unbalanced: [SignedTriangle] = []
        var mark = [Int32](repeating: -1, count: n)
        var slot = [Int](repeating: 0, count: n)
        for u in 0..<n {
            for (position, (w, _)) in higher[u].enumerated() {
                mark[Int(w)] = Int32(u)
                slot[Int(w)] = position
            }
            for (v, uv) in higher[u] {
                for (w, vw) in higher[Int(v)] where mark[Int(w)] == Int32(u) {
                    let uw = higher[u][slot[Int(w)]].1
                    triangles += 1
                    for a in uv {
                        for b in vw {
                            for c in uw {
                                let sign = typeSign(a) * typeSign(b) * typeSign(c)
                                if sign > 0 {
                                    balanced += 1
                                } else {
                                    unbalanced.append(triangle(u: Int32(u), v: v, w: w, uv: a, vw: b, uw: c))
                                }
                            }
                        }
                    }
                }
            }
        }
        return BalanceReport(triangleCount: triangles, balancedCount: balanced, unbalanced: unbalanced.sorted())
    }

    private func typeSign(_ e: Int32) -> Int {
        storage.edgeType[Int(e)] == PathIndex.typeIndex(.hostility) ? -1 : 1
    }

    /// A triangle with its actors sorted and the relations in matching pair order.
    private func triangle(u: Int32, v: Int32, w: Int32, uv: Int32, vw: Int32, uw: Int32) -> SignedTriangle {
        let pairs: [(Int32, Int32, Int32)] = [(u, v, uv), (v, w, vw), (u, w, uw)]
        let sorted = [u, v, w].sorted()
        func edge(_ a: Int32, _ b: Int32) -> Int32 {
            pairs.first { ($0.0 == a && $0.1 == b) || ($0.0 == b && $0.1 == a) }.map(\.2) ?? -1
        }
        let keys = [edge(sorted[0], sorted[1]), edge(sorted[1], sorted[2]), edge(sorted[0], sorted[2])]
        return SignedTriangle(actors: sorted.map { actorIDs[Int($0)] }, relations: keys.map { relationKey($0) })
    }
}
