import Testing

@testable import DyadCore

@Suite("PathIndex.Builder")
struct PathIndexBuilderTests {
    @Test("the index does not depend on the order relations are added in")
    func orderIndependent() {
        let relations: [(String, RelationType, String)] = [
            ("c", .alliance, "a"), ("a", .hostility, "b"), ("b", .proxy, "c"), ("d", .agreement, "c"), ("a", .alliance, "b"),
        ]
        func build(_ list: [(String, RelationType, String)]) -> PathIndex {
            var builder = PathIndex.Builder()
            for (a, type, b) in list { builder.addRelation(source: a, type: type, target: b) }
            return builder.build()
        }
        let forward = build(relations), backward = build(relations.reversed())
        #expect(forward.relationKeys == backward.relationKeys)
        #expect(forward.actorIDs == ["a", "b", "c", "d"])
        let paths = PathFinder(forward).kShortestPaths(from: "a", to: "d", k: 10)
        let again = PathFinder(backward).kShortestPaths(from: "a", to: "d", k: 10)
        #expect(paths == again)
        #expect(paths.count == 3)
    }

    @Test("the same key twice is one relation with its evidence counts added")
    func duplicates() {
        var builder = PathIndex.Builder()
        builder.addRelation(source: "b", type: .alliance, target: "a", supporting: 1, asserted: 0, confidence: 0.25)
        builder.addRelation(source: "a", type: .alliance, target: "b", supporting: 2, asserted: 2, confidence: 0.75)
        builder.addRelation(source: "a", type: .proxy, target: "b")
        builder.addRelation(source: "b", type: .proxy, target: "a")
        builder.addRelation(source: "a", type: .hostility, target: "a")
        let index = builder.build()
        #expect(index.relationCount == 3)
        let finder = PathFinder(index)
        #expect(finder.kShortestPaths(from: "a", to: "b", k: 5, constraints: PathConstraints(minimumEvidence: 3)).count == 1)
        #expect(finder.kShortestPaths(from: "a", to: "b", k: 5, constraints: PathConstraints(types: [.proxy], directed: true)).count == 1)
    }

    @Test("a finder gives the same answers when reused for many queries")
    func reuse() {
        let graph = PathFixtures.graph(PathFixtures.k4 + [PathFixtures.relation("d", .hostility, "e")])
        let finder = PathFinder(PathIndex(graph))
        let first = (0..<3).map { _ in finder.kShortestPaths(from: "a", to: "e", k: 4) }
        #expect(first[0] == first[1] && first[1] == first[2])
        #expect(finder.countSimplePaths(from: "a", to: "e", maxHops: 4) == 5)
        #expect(finder.shortestPath(from: "e", to: "a")?.hops == 2)
    }
}
