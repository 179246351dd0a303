import DyadCore

/// Two random graphs from the input: each byte pair is a relation between two of 12 actors with a type.
func graphs(from bytes: [UInt8]) -> (Graph, Graph) {
    let actors = (0..<12).map { Actor(id: "a\($0)", name: "Actor \($0)", kind: .state) }
    let document = Document(id: "d")
    var old: [RelationKey: Relation] = [:], new: [RelationKey: Relation] = [:]
    var index = 0
    while index + 1 < bytes.count {
        let a = Int(bytes[index] % 12), b = Int(bytes[index + 1] % 12)
        let type = RelationType.allCases[Int(bytes[index] >> 4) % RelationType.allCases.count]
        if a != b {
            let relation = Relation(
                source: actors[a].id, type: type, target: actors[b].id,
                evidence: [Evidence(document: "d", sentence: "s\(index)", rule: "r", modality: .asserted)])
            if bytes[index + 1] & 0x80 == 0 { old[relation.key] = relation } else { new[relation.key] = relation }
        }
        index += 2
    }
    return (
        Graph(documents: [document], actors: actors, relations: Array(old.values)),
        Graph(documents: [document], actors: actors, relations: Array(new.values))
    )
}

/// Diff and path queries on random graphs: paths must be simple and join the asked actors, k-shortest must be sorted,
/// and the diff of a graph with itself must be empty.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDiffPath(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (old, new) = graphs(from: bytes)
    _ = GraphDiff(from: old, to: new)
    if !GraphDiff(from: new, to: new).changes.isEmpty { fatalError("a graph differs from itself") }
    let finder = PathFinder(PathIndex(new))
    let from = "a\(size % 12)", to = "a\((size / 12) % 12)"
    var budget = SearchBudget(states: 50_000)
    let paths = finder.kShortestPaths(from: from, to: to, k: 6, budget: &budget)
    for path in paths {
        let actors = path.actors
        if actors.first != from || actors.last != to { fatalError("a path does not join the asked actors") }
        if Set(actors).count != actors.count { fatalError("a path visits an actor twice") }
    }
    if zip(paths, paths.dropFirst()).contains(where: { $0.cost > $1.cost + 1e-9 }) { fatalError("k-shortest paths out of order") }
    var simpleBudget = SearchBudget(states: 50_000)
    let simple = finder.simplePaths(from: from, to: to, maxHops: 5, limit: 200, budget: &simpleBudget)
    if let shortest = finder.shortestPath(from: from, to: to) {
        if paths.first.map({ $0.hops }) != shortest.hops, !budget.isExhausted { fatalError("shortest and first of k-shortest disagree") }
        if shortest.hops <= 5, simple.isEmpty, !simpleBudget.isExhausted { fatalError("simple paths miss a short path") }
    } else if !paths.isEmpty {
        fatalError("k-shortest found a path the shortest search did not")
    }
    return 0
}
