import Testing

@testable import DyadCore

@Suite("Shortest paths")
struct ShortestPathTests {
    typealias F = PathFixtures

    @Test("fewest hops wins over a longer chain")
    func fewestHops() {
        let finder = F.finder([
            F.relation("a", .alliance, "b"), F.relation("b", .alliance, "c"), F.relation("c", .alliance, "d"),
            F.relation("a", .hostility, "e"), F.relation("e", .agreement, "d"),
        ])
        let path = finder.shortestPath(from: "a", to: "d")
        #expect(path?.actors == ["a", "e", "d"])
        #expect(path?.steps.map(\.relation.type) == [.hostility, .agreement])
        #expect(path?.cost == 2)
    }

    @Test("an actor to itself is a path without steps")
    func sameActor() {
        let finder = F.finder(F.k4)
        let path = finder.shortestPath(from: "b", to: "b")
        #expect(path?.actors == ["b"])
        #expect(path?.hops == 0)
        #expect(finder.kShortestPaths(from: "b", to: "b", k: 3).count == 1)
        #expect(finder.simplePaths(from: "b", to: "b", maxHops: 3).map(\.hops) == [0])
    }

    @Test("disconnected and unknown actors have no path")
    func disconnected() {
        let finder = F.finder([F.relation("a", .alliance, "b"), F.relation("c", .alliance, "d")], extra: ["z"])
        #expect(finder.shortestPath(from: "a", to: "d") == nil)
        #expect(finder.shortestPath(from: "a", to: "z") == nil)
        #expect(finder.shortestPath(from: "a", to: "nobody") == nil)
        #expect(finder.kShortestPaths(from: "a", to: "d", k: 3).isEmpty)
        #expect(finder.countSimplePaths(from: "a", to: "d", maxHops: 5) == 0)
    }

    @Test("a cycle is not walked around")
    func cycle() {
        let finder = F.finder([F.relation("a", .alliance, "b"), F.relation("b", .alliance, "c"), F.relation("c", .alliance, "a")])
        #expect(finder.shortestPath(from: "a", to: "c")?.actors == ["a", "c"])
        #expect(finder.simplePaths(from: "a", to: "c", maxHops: 5).map(\.actors) == [["a", "c"], ["a", "b", "c"]])
    }

    @Test("the confidence cost prefers a well-supported detour to a hedged shortcut")
    func confidenceCost() {
        let relations = [
            F.relation("a", .alliance, "b", modality: .hedged),
            F.relation("a", .alliance, "c", evidence: 3), F.relation("c", .alliance, "b", evidence: 3),
        ]
        let finder = F.finder(relations)
        #expect(finder.shortestPath(from: "a", to: "b")?.actors == ["a", "b"])
        let weighted = finder.shortestPath(from: "a", to: "b", constraints: PathConstraints(cost: .confidence))
        #expect(weighted?.actors == ["a", "c", "b"])
        let evidence = finder.shortestPath(from: "a", to: "b", constraints: PathConstraints(cost: .evidence))
        #expect(evidence?.actors == ["a", "c", "b"])
        #expect(abs((evidence?.cost ?? 0) - 2.0 / 3.0) < 1e-9)
    }

    @Test("all shortest paths count parallel relations as distinct")
    func allShortest() {
        let finder = F.finder([
            F.relation("a", .alliance, "b"), F.relation("a", .agreement, "b"), F.relation("b", .hostility, "d"),
            F.relation("a", .alliance, "c"), F.relation("c", .alliance, "d"), F.relation("a", .alliance, "e"),
            F.relation("e", .alliance, "f"), F.relation("f", .alliance, "d"),
        ])
        let paths = finder.allShortestPaths(from: "a", to: "d")
        #expect(paths.count == 3)
        #expect(Set(paths.map { $0.steps.map(\.relation) }).count == 3)
        #expect(paths.allSatisfy { $0.hops == 2 })
        #expect(finder.allShortestPaths(from: "a", to: "d", limit: 2).count == 2)
    }

    @Test("all shortest paths under a weighted cost stop when the cost grows")
    func allShortestWeighted() {
        let finder = F.finder([
            F.relation("a", .alliance, "b", evidence: 3), F.relation("b", .alliance, "d", evidence: 3),
            F.relation("a", .alliance, "c", evidence: 3), F.relation("c", .alliance, "d", evidence: 3),
            F.relation("a", .alliance, "d", modality: .hedged),
        ])
        let paths = finder.allShortestPaths(from: "a", to: "d", constraints: PathConstraints(cost: .evidence))
        #expect(paths.map(\.hops) == [2, 2])
        let confident = finder.allShortestPaths(from: "a", to: "d", constraints: PathConstraints(cost: .confidence))
        #expect(confident.map(\.hops) == [2, 2])
    }
}
