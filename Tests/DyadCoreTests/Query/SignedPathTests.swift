import Testing

@testable import DyadCore

@Suite("Signed reading, balance and explanations")
struct SignedPathTests {
    typealias F = PathFixtures

    @Test(
        "the enemy of my enemy reads as a friend",
        arguments: [
            ([RelationType.hostility, .hostility], Stance.friend), ([.alliance, .hostility], .foe), ([.proxy, .agreement], .friend),
        ])
    func stance(types: [RelationType], stance: Stance) {
        let finder = F.finder([F.relation("a", types[0], "b"), F.relation("b", types[1], "c")])
        #expect(finder.shortestPath(from: "a", to: "c")?.stance == stance)
    }

    @Test("a two-hop path checks the triangle with each direct relation")
    func triangle() throws {
        let relations = [
            F.relation("a", .hostility, "b"), F.relation("b", .hostility, "c"),
            F.relation("a", .alliance, "c"), F.relation("a", .hostility, "c"),
        ]
        let finder = F.finder(relations)
        let path = try #require(finder.simplePaths(from: "a", to: "c", maxHops: 2).first { $0.hops == 2 })
        let explanation = finder.index.explain(path)
        #expect(explanation.triangle.map(\.relation.type) == [.alliance, .hostility])
        #expect(explanation.triangle.map(\.isBalanced) == [true, false])
    }

    @Test("balance lists the triangle of two allies who are hostile to each other")
    func balance() {
        let relations = [
            F.relation("a", .alliance, "b"), F.relation("a", .alliance, "c"), F.relation("b", .hostility, "c"),
            F.relation("x", .hostility, "y"), F.relation("y", .hostility, "z"), F.relation("x", .alliance, "z"),
            F.relation("c", .alliance, "d"),
        ]
        let report = PathIndex(F.graph(relations)).balance()
        #expect(report.triangleCount == 2)
        #expect(report.balancedCount == 1)
        #expect(report.unbalanced.map(\.actors) == [["a", "b", "c"]])
        #expect(report.unbalanced.first?.relations.map(\.type) == [.alliance, .hostility, .alliance])
        let allied = PathIndex(F.graph(relations)).balance(constraints: PathConstraints(types: [.alliance]))
        #expect(allied.triangleCount == 0)
    }

    @Test("explanations give the best evidence per hop and the chain")
    func explanation() throws {
        let index = PathIndex(F.seedLike())
        let finder = PathFinder(index)
        let path = try #require(
            finder.shortestPath(
                from: "hezbollah", to: "russia",
                constraints: PathConstraints(types: [.proxy, .hostility, .agreement], excludedActors: ["idf"])))
        let explanation = index.explain(path)
        let names = { (id: String) in index.graph.actor(id)?.name ?? id }
        #expect(explanation.chain(name: names) == "Hezbollah —proxy→ Iran —hostility— Israel —agreement— Russia")
        #expect(explanation.stance == .foe)
        #expect(explanation.hops[1].evidence?.sentence == "Iran and Israel are overt enemies.")
        #expect(explanation.hops[1].evidenceCount == 2)
        #expect(explanation.hops[1].date == Day("2021-11-01"))
        #expect(explanation.hops[1].document?.title == "Russia and Israel agree")
    }

    @Test("explanations as of a date show only the evidence known then")
    func explanationAsOf() throws {
        let relations = [
            F.relation("a", .alliance, "b", date: "2021-01-01"),
            F.relation("a", .alliance, "b", date: "2021-06-01", document: "later"),
        ]
        let index = PathIndex(F.graph(relations), asOf: Day("2021-03-01"))
        let path = try #require(PathFinder(index).shortestPath(from: "a", to: "b"))
        #expect(index.explain(path).hops.first?.evidence?.document == "doc")
        #expect(index.explain(path).hops.first?.evidenceCount == 1)
    }

    @Test("the connecting network prefers a shared intermediary")
    func connect() {
        let finder = F.finder(
            [
                F.relation("a", .alliance, "h"), F.relation("b", .alliance, "h"), F.relation("c", .alliance, "h"),
                F.relation("a", .alliance, "x"), F.relation("x", .alliance, "b"), F.relation("b", .alliance, "y"),
                F.relation("y", .alliance, "c"),
            ], extra: ["lonely"])
        let network = finder.connectingNetwork(of: ["a", "b", "c"])
        #expect(network.intermediaries == ["h"])
        #expect(network.relations.count == 3)
        #expect(network.isConnected)
        let split = finder.connectingNetwork(of: ["a", "b", "lonely"])
        #expect(split.components == [["a", "b"], ["lonely"]])
        #expect(!split.isConnected)
    }
}
