import DequeModule
import HeapModule

/// Answers path queries on a ``PathIndex``, reusing its scratch memory between queries.
///
/// A finder is cheap to make (a few arrays as long as the actor count) and
/// meant to be reused for many queries, as `dyad path --pairs` does. It is not
/// thread-safe: give each thread its own finder over the same index.
public final class PathFinder {
    /// The index queried.
    public let index: PathIndex
    let storage: PathStorage

    var epoch: UInt32 = 0
    var blockEpoch: UInt32 = 0
    let seenF: UnsafeMutableBufferPointer<UInt32>
    let seenB: UnsafeMutableBufferPointer<UInt32>
    let distF: UnsafeMutableBufferPointer<Int32>
    let distB: UnsafeMutableBufferPointer<Int32>
    let parentNodeF: UnsafeMutableBufferPointer<Int32>
    let parentNodeB: UnsafeMutableBufferPointer<Int32>
    let parentEdgeF: UnsafeMutableBufferPointer<Int32>
    let parentEdgeB: UnsafeMutableBufferPointer<Int32>
    let blocked: UnsafeMutableBufferPointer<UInt32>
    let costs: UnsafeMutableBufferPointer<Double>
    var frontF: [Int32] = []
    var frontB: [Int32] = []
    var next: [Int32] = []

    /// Creates a finder over `index`.
    /// - Parameter index: The index to query.
    /// - Complexity: O(n) in the number of actors.
    public init(_ index: PathIndex) {
        self.index = index
        storage = index.storage
        let n = max(1, index.actorCount)
        func buffer<T>(_ value: T) -> UnsafeMutableBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: n)
            b.initialize(repeating: value)
            return b
        }
        seenF = buffer(0)
        seenB = buffer(0)
        distF = buffer(0)
        distB = buffer(0)
        parentNodeF = buffer(-1)
        parentNodeB = buffer(-1)
        parentEdgeF = buffer(-1)
        parentEdgeB = buffer(-1)
        blocked = buffer(0)
        costs = buffer(0)
    }

    deinit {
        for b in [seenF, seenB, blocked] { b.deallocate() }
        for b in [distF, distB, parentNodeF, parentNodeB, parentEdgeF, parentEdgeB] { b.deallocate() }
        costs.deallocate()
    }

    // MARK: Scratch upkeep

    /// A fresh visit stamp; the stamp arrays are cleared when the counter wraps.
    func nextEpoch() -> UInt32 {
        if epoch == UInt32.max {
            seenF.update(repeating: 0)
            seenB.update(repeating: 0)
            epoch = 0
        }
        epoch += 1
        return epoch
    }

    /// Blocks the excluded actors and `extra` for the next searches.
    func block(_ rules: CompiledConstraints, extra: ArraySlice<Int32> = []) {
        if blockEpoch == UInt32.max {
            blocked.update(repeating: 0)
            blockEpoch = 0
        }
        blockEpoch += 1
        for v in rules.excluded { blocked[Int(v)] = blockEpoch }
        for v in extra { blocked[Int(v)] = blockEpoch }
    }

    /// The dense ids of both ends and the compiled constraints, or `nil` when an
    /// end is unknown or excluded.
    func prepare(_ from: Actor.ID, _ to: Actor.ID, _ constraints: PathConstraints) -> (Int32, Int32, CompiledConstraints)? {
        guard let s = index.denseIDs[from], let t = index.denseIDs[to],
            !constraints.excludedActors.contains(from), !constraints.excludedActors.contains(to)
        else { return nil }
        return (s, t, CompiledConstraints(constraints, index: index))
    }

    // MARK: Searches

    /// One shortest path from `s` to `t` avoiding blocked actors and, at `spur`, the `blockedEdges`.
    func search(_ s: Int32, _ t: Int32, _ rules: CompiledConstraints, blockedEdges: [Int32] = [], spur: Int32 = -1) -> RawPath? {
        if s == t { return RawPath(nodes: [s], edges: [], cost: 0) }
        if rules.cost == .hops { return bidirectional(s, t, rules, blockedEdges: blockedEdges, spur: spur) }
        return dijkstra(sources: [s], targets: [t], rules, blockedEdges: blockedEdges, spur: spur)
    }

    /// Bidirectional breadth-first search expanding the smaller frontier one whole level at a time.
    func bidirectional(_ s: Int32, _ t: Int32, _ rules: CompiledConstraints, blockedEdges: [Int32], spur: Int32) -> RawPath? {
        let ep = nextEpoch(), bl = blockEpoch
        let seenF = seenF, seenB = seenB, distF = distF, distB = distB, blocked = blocked
        let parentNodeF = parentNodeF, parentNodeB = parentNodeB, parentEdgeF = parentEdgeF, parentEdgeB = parentEdgeB
        let st = storage
        let checkEdges = !blockedEdges.isEmpty
        seenF[Int(s)] = ep; distF[Int(s)] = 0; parentNodeF[Int(s)] = -1
        seenB[Int(t)] = ep; distB[Int(t)] = 0; parentNodeB[Int(t)] = -1
        frontF.removeAll(keepingCapacity: true)
        frontB.removeAll(keepingCapacity: true)
        frontF.append(s)
        frontB.append(t)
        var best = Int32.max
        var meetF: Int32 = -1, meetB: Int32 = -1, meetEdge: Int32 = -1
        var work = next
        next = []
        defer { next = work }
        while !frontF.isEmpty, !frontB.isEmpty {
            work.removeAll(keepingCapacity: true)
            if frontF.count <= frontB.count {
                for v in frontF {
                    let dv = distF[Int(v)]
                    rules.forEachArc(of: v, backward: false, storage: st) { _, w, e in
                        let wi = Int(w)
                        if blocked[wi] == bl { return }
                        if checkEdges, v == spur || w == spur, blockedEdges.contains(e) { return }
                        if seenB[wi] == ep {
                            let total = dv + 1 + distB[wi]
                            if total < best { best = total; meetF = v; meetB = w; meetEdge = e }
                        }
                        if seenF[wi] != ep {
                            seenF[wi] = ep; distF[wi] = dv + 1; parentNodeF[wi] = v; parentEdgeF[wi] = e
                            work.append(w)
                        }
                    }
                }
                swap(&frontF, &work)
            } else {
                for v in frontB {
                    let dv = distB[Int(v)]
                    rules.forEachArc(of: v, backward: true, storage: st) { _, w, e in
                        let wi = Int(w)
                        if blocked[wi] == bl { return }
                        if checkEdges, v == spur || w == spur, blockedEdges.contains(e) { return }
                        if seenF[wi] == ep {
                            let total = dv + 1 + distF[wi]
                            if total < best { best = total; meetF = w; meetB = v; meetEdge = e }
                        }
                        if seenB[wi] != ep {
                            seenB[wi] = ep; distB[wi] = dv + 1; parentNodeB[wi] = v; parentEdgeB[wi] = e
                            work.append(w)
                        }
                    }
                }
                swap(&frontB, &work)
            }
            if best != .max { break }
        }
        guard best != .max else { return nil }
        var nodes: [Int32] = [], edges: [Int32] = []
        var v = meetF
        while v != s {
            nodes.append(v)
            edges.append(parentEdgeF[Int(v)])
            v = parentNodeF[Int(v)]
        }
        nodes.append(s)
        nodes.reverse()
        edges.reverse()
        edges.append(meetEdge)
        v = meetB
        while v != t {
            nodes.append(v)
            edges.append(parentEdgeB[Int(v)])
            v = parentNodeB[Int(v)]
        }
        nodes.append(t)
        return RawPath(nodes: nodes, edges: edges, cost: Double(edges.count))
    }

    /// Dijkstra from several sources (cost 0 each) to the nearest of `targets`.
    ///
    /// With `.hops` this is a breadth-first search in effect. The relations in
    /// `blockedEdges` may not leave `spur`.
    func dijkstra(
        sources: [Int32], targets: [Int32], _ rules: CompiledConstraints,
        blockedEdges: [Int32] = [], spur: Int32 = -1
    ) -> RawPath? {
        let ep = nextEpoch(), bl = blockEpoch
        let found = seenF, settled = seenB, costs = costs, parentNode = parentNodeF, parentEdge = parentEdgeF
        let st = storage
        let single = targets.count == 1 ? targets[0] : -1
        let targetSet = targets.count > 1 ? Set(targets) : []
        var heap = Heap<QueueEntry>()
        for s in sources {
            found[Int(s)] = ep; costs[Int(s)] = 0; parentNode[Int(s)] = -1
            heap.insert(QueueEntry(cost: 0, node: s))
        }
        var reached: Int32 = -1
        while let top = heap.popMin() {
            let v = top.node, vi = Int(v)
            if settled[vi] == ep { continue }
            settled[vi] = ep
            if v == single || targetSet.contains(v) { reached = v; break }
            rules.forEachArc(of: v, backward: false, storage: st) { _, w, e in
                let wi = Int(w)
                if blocked[wi] == bl || settled[wi] == ep { return }
                if v == spur, blockedEdges.contains(e) { return }
                let candidate = top.cost + rules.weight(of: e, storage: st)
                if found[wi] != ep || candidate < costs[wi] {
                    found[wi] = ep; costs[wi] = candidate; parentNode[wi] = v; parentEdge[wi] = e
                    heap.insert(QueueEntry(cost: candidate, node: w))
                }
            }
        }
        guard reached >= 0 else { return nil }
        var nodes: [Int32] = [], edges: [Int32] = []
        var v = reached
        while parentNode[Int(v)] >= 0 {
            nodes.append(v)
            edges.append(parentEdge[Int(v)])
            v = parentNode[Int(v)]
        }
        nodes.append(v)
        nodes.reverse()
        edges.reverse()
        return RawPath(nodes: nodes, edges: edges, cost: rules.cost(of: edges, storage: st))
    }

    /// Breadth-first search from several sources to the nearest of `targets` (fewest hops).
    func breadthFirst(sources: [Int32], targets: [Int32], _ rules: CompiledConstraints) -> RawPath? {
        let ep = nextEpoch(), bl = blockEpoch
        let found = seenF, parentNode = parentNodeF, parentEdge = parentEdgeF, blocked = blocked
        let st = storage
        let wanted = Set(targets)
        var queue = Deque<Int32>()
        for s in sources where found[Int(s)] != ep {
            found[Int(s)] = ep
            parentNode[Int(s)] = -1
            queue.append(s)
        }
        var reached: Int32 = -1
        while let v = queue.popFirst() {
            if wanted.contains(v) {
                reached = v
                break
            }
            rules.forEachArc(of: v, backward: false, storage: st) { _, w, e in
                let wi = Int(w)
                if blocked[wi] == bl || found[wi] == ep { return }
                found[wi] = ep
                parentNode[wi] = v
                parentEdge[wi] = e
                queue.append(w)
            }
        }
        guard reached >= 0 else { return nil }
        var nodes: [Int32] = [], edges: [Int32] = []
        var v = reached
        while parentNode[Int(v)] >= 0 {
            nodes.append(v)
            edges.append(parentEdge[Int(v)])
            v = parentNode[Int(v)]
        }
        nodes.append(v)
        return RawPath(nodes: nodes.reversed(), edges: edges.reversed(), cost: Double(edges.count))
    }

    /// Breadth-first search backwards from `t`, up to `depth` hops, or until
    /// the level where `stopAt` is reached; fills `seenB`/`distB` for the current epoch.
    /// - Returns: The epoch stamp that marks reached actors.
    func backwardLevels(from t: Int32, depth: Int, stopAt: Int32 = -1, _ rules: CompiledConstraints) -> UInt32 {
        let ep = nextEpoch(), bl = blockEpoch
        let seenB = seenB, distB = distB, blocked = blocked
        let st = storage
        seenB[Int(t)] = ep
        distB[Int(t)] = 0
        frontB.removeAll(keepingCapacity: true)
        frontB.append(t)
        var work = next
        next = []
        defer { next = work }
        var level: Int32 = 0
        var reachedStop = t == stopAt
        while !frontB.isEmpty, level < depth, !reachedStop {
            work.removeAll(keepingCapacity: true)
            for v in frontB {
                rules.forEachArc(of: v, backward: true, storage: st) { _, w, _ in
                    let wi = Int(w)
                    if blocked[wi] == bl || seenB[wi] == ep { return }
                    seenB[wi] = ep
                    distB[wi] = level + 1
                    if w == stopAt { reachedStop = true }
                    work.append(w)
                }
            }
            swap(&frontB, &work)
            level += 1
        }
        return ep
    }
}
