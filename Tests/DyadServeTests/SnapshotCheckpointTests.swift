import DyadCore
import DyadServe
import Testing

@Suite("dyad serve: diffs from kept snapshots", .serialized)
struct SnapshotCheckpointTests {
    /// A graph of `count` relations among 12 actors with evidence spread over 200 days.
    static func randomGraph(seed: UInt64, count: Int) -> Graph {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let actors = (0..<12).map { Actor(id: "a\($0)", name: "Actor \($0)", kind: .state) }
        var graph = Graph(documents: [Document(id: "d")], actors: actors)
        let start = Day("2024-01-01")!
        for _ in 0..<count {
            let a = next(12), b = (a + 1 + next(11)) % 12
            let type = RelationType.allCases[next(4)]
            let evidence = Evidence(
                document: "d", sentence: "s\(next(1000))", rule: "r", modality: next(5) == 0 ? .hedged : .asserted,
                date: start.adding(days: next(200)))
            graph.add(evidence, source: "a\(a)", type: type, target: "a\(b)")
        }
        return graph
    }

    @Test("diffs asked in any order equal a diff made from scratch", arguments: [1, 2, 3] as [UInt64])
    func checkpointsAgreeWithFreshDiffs(seed: UInt64) throws {
        let graph = Self.randomGraph(seed: seed, count: 150)
        let viewer = GraphViewer(graph: graph, name: "random.json")
        let start = Day("2024-01-01")!
        let pairs = [(150, 190), (10, 60), (60, 150), (0, 199), (100, 101), (30, 30), (190, 20)]
        for window in [nil, 30] as [Int?] {
            for (a, b) in pairs {
                let from = start.adding(days: a), to = start.adding(days: b)
                let served = try viewer.diff(DiffQuery(from: from, to: to, window: window))
                let fresh = GraphDiff(graph, from: from, to: to, window: window)
                var expected: [String: Int] = [:]
                for (kind, count) in fresh.counts { expected[kind.rawValue] = count }
                #expect(served.counts == expected, "\(from) → \(to), window \(window.map(String.init) ?? "none")")
                #expect(served.changes.map(\.kind) == fresh.changes.map(\.kind.rawValue))
            }
        }
    }
}
