import Testing

@testable import DyadCore

@Suite("k shortest and simple paths")
struct KShortestPathTests {
    typealias F = PathFixtures

    @Test("parallel typed relations are different paths")
    func parallelRelations() {
        let finder = F.finder([F.relation("a", .alliance, "b"), F.relation("a", .agreement, "b"), F.relation("b", .hostility, "c")])
        let paths = finder.kShortestPaths(from: "a", to: "c", k: 5)
        #expect(paths.count == 2)
        #expect(paths.map { $0.steps.map(\.relation.type) } == [[.alliance, .hostility], [.agreement, .hostility]])
        #expect(paths.map(\.stance) == [.foe, .foe])
    }

    @Test("k shortest on the complete graph of four actors", arguments: [1, 2, 3, 5, 9])
    func completeGraph(k: Int) {
        let paths = F.finder(F.k4).kShortestPaths(from: "a", to: "d", k: k)
        let expected = [1, 2, 2, 3, 3].prefix(k)
        #expect(paths.map(\.hops) == Array(expected))
        #expect(Set(paths.map(\.actors)).count == paths.count)
        #expect(paths.allSatisfy { Set($0.actors).count == $0.actors.count })
    }

    @Test("simple paths up to a length on the complete graph", arguments: [(1, 1), (2, 3), (3, 5), (6, 5)])
    func simplePaths(maxHops: Int, count: Int) {
        let finder = F.finder(F.k4)
        #expect(finder.countSimplePaths(from: "a", to: "d", maxHops: maxHops) == count)
        let paths = finder.simplePaths(from: "a", to: "d", maxHops: maxHops)
        #expect(paths.count == count)
        #expect(paths.map(\.hops) == paths.map(\.hops).sorted())
        #expect(finder.simplePaths(from: "a", to: "d", maxHops: maxHops, limit: 2).count == min(2, count))
    }
}
