extension GraphFileComparison {
    /// Compares two JSON graph documents through their ``GraphDigest``s, without a graph of all relations.
    ///
    /// Relations are matched by key with one merge of the two sorted digests. A relation whose
    /// JSON object is byte-for-byte the same in both files is unchanged and never decoded; the
    /// others, and every relation of a pair they touch (flips need the whole pair), are decoded
    /// into small graphs (with all documents and actors) that the diff engine compares, as the
    /// JSON Lines fast path does.
    /// - Complexity: O(size of both files), plus decoding of the changed relations.
    static func digestCompare(_ oldPath: String, _ newPath: String, options: DiffOptions) throws(GraphFileError)
        -> GraphFileComparison
    {
        // The new version shares the old one's documents and actors when their bytes are the same (the usual
        // case): they are then decoded and indexed once, and no actor needs comparing.
        let old = try GraphDigest.read(oldPath)
        let new = try GraphDigest.read(newPath, earlier: old)
        return compare(old, new, options: options)
    }

    /// Compares two digests (see ``digestCompare(_:_:options:)``).
    static func compare(_ old: GraphDigest, _ new: GraphDigest, options: DiffOptions) -> GraphFileComparison {
        let oldActors = old.graph.actors, newActors = new.graph.actors
        // Dense numbers of each side in the other's numbering (-1: absent). Both number actors in id order.
        let oldToNew: [Int32], newToOld: [Int32]
        var changedActors: [Actor.ID] = []
        if new.sharesHeader {
            oldToNew = Array(0..<Int32(oldActors.count))
            newToOld = oldToNew
        } else {
            oldToNew = oldActors.keys.map { newActors.index(forKey: $0).map(Int32.init) ?? -1 }
            newToOld = newActors.keys.map { oldActors.index(forKey: $0).map(Int32.init) ?? -1 }
            for (id, actor) in oldActors where newActors[id] != actor { changedActors.append(id) }
            for id in newActors.keys where oldActors[id] == nil { changedActors.append(id) }
        }

        var changed: [RelationKey] = []
        var oldPairs = Set<UInt64>(), newPairs = Set<UInt64>()
        func pair(_ a: Int32, _ b: Int32) -> UInt64 { UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b))) }
        func markOld(_ index: Int, listed: Bool = true) {
            let digest = old.relations[index]
            if listed { changed.append(old.key(at: index)) }
            oldPairs.insert(pair(digest.source, digest.target))
            let s = oldToNew[Int(digest.source)], t = oldToNew[Int(digest.target)]
            if s >= 0, t >= 0 { newPairs.insert(pair(s, t)) }
        }
        func markNew(_ index: Int) {
            let digest = new.relations[index]
            changed.append(new.key(at: index))
            newPairs.insert(pair(digest.source, digest.target))
            let s = newToOld[Int(digest.source)], t = newToOld[Int(digest.target)]
            if s >= 0, t >= 0 { oldPairs.insert(pair(s, t)) }
        }
        // Merge the two key-sorted lists; old keys are translated to new numbers (that keeps their order).
        var i = 0, j = 0
        let oldCount = old.relations.count, newCount = new.relations.count
        while i < oldCount || j < newCount {
            var oldKey: UInt64?
            if i < oldCount {
                let digest = old.relations[i]
                let s = oldToNew[Int(digest.source)], t = oldToNew[Int(digest.target)]
                if s < 0 || t < 0 {
                    markOld(i)
                    i += 1
                    continue
                }
                oldKey = RelationDigest.pack(source: s, type: digest.type, target: t)
            }
            let newKey = j < newCount ? new.relations[j].packedKey : nil
            switch (oldKey, newKey) {
            case let (a?, b?) where a == b:
                if !sameRelation(old, i, new, j) {
                    markOld(i, listed: false)  // the same key: listed once, from the new side
                    markNew(j)
                }
                i += 1
                j += 1
            case let (a?, b?) where a < b:
                markOld(i)
                i += 1
            case (_?, nil):
                markOld(i)
                i += 1
            default:
                markNew(j)
                j += 1
            }
        }
        func smallGraph(_ digest: GraphDigest, _ pairs: Set<UInt64>) -> Graph {
            let positions = digest.relations.indices.filter {
                pairs.contains(pair(digest.relations[$0].source, digest.relations[$0].target))
            }
            // In key order, so the digest's graph (documents and actors) takes them without sorting its actors again.
            return digest.graph.keepingActors(relations: digest.relations(at: positions))
        }
        let oldGraph = smallGraph(old, oldPairs), newGraph = smallGraph(new, newPairs)
        let changes = GraphDiff.classify(
            old: PairIndexedGraph(oldGraph), new: PairIndexedGraph(newGraph), relations: changed, actors: changedActors,
            options: options)
        return GraphFileComparison(
            old: oldGraph, new: newGraph, oldRelationCount: oldCount, newRelationCount: newCount,
            oldActorCount: oldActors.count, newActorCount: newActors.count, diff: GraphDiff(changes: changes), isComplete: false)
    }

    /// Whether two relations with the same key are the same: byte-for-byte when both are in their files, else by value.
    private static func sameRelation(_ old: GraphDigest, _ i: Int, _ new: GraphDigest, _ j: Int) -> Bool {
        let a = old.relations[i], b = new.relations[j]
        guard a.modality == b.modality, a.evidenceCount == b.evidenceCount, a.assertedCount == b.assertedCount,
            a.hedgedCount == b.hedgedCount, a.confidence == b.confidence, a.firstDate == b.firstDate, a.lastDate == b.lastDate
        else { return false }
        if let equal = old.sameBytes(a.bytes, as: new, b.bytes) { return equal }
        return old.relation(at: i) == new.relation(at: j)
    }
}
