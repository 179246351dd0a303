import Testing

@testable import DyadCore

@Suite("Path constraints")
struct ConstraintTests {
    typealias F = PathFixtures

    @Test("allowed types restrict the relations used")
    func types() {
        let finder = F.finder([
            F.relation("a", .hostility, "b"), F.relation("b", .alliance, "c"),
            F.relation("a", .alliance, "d"), F.relation("d", .alliance, "e"), F.relation("e", .alliance, "c"),
        ])
        #expect(finder.shortestPath(from: "a", to: "c")?.actors == ["a", "b", "c"])
        let allied = finder.shortestPath(from: "a", to: "c", constraints: PathConstraints(types: [.alliance]))
        #expect(allied?.actors == ["a", "d", "e", "c"])
        #expect(finder.shortestPath(from: "a", to: "c", constraints: PathConstraints(types: [.proxy])) == nil)
    }

    @Test("a minimum of evidence drops thinly supported relations")
    func minimumEvidence() {
        let finder = F.finder([
            F.relation("a", .alliance, "b", evidence: 1), F.relation("a", .alliance, "c", evidence: 2),
            F.relation("c", .alliance, "b", evidence: 3),
        ])
        #expect(finder.shortestPath(from: "a", to: "b", constraints: PathConstraints(minimumEvidence: 2))?.actors == ["a", "c", "b"])
        #expect(finder.shortestPath(from: "a", to: "b", constraints: PathConstraints(minimumEvidence: 3)) == nil)
    }

    @Test("hedged relations are skipped on request, negated ones always")
    func modality() {
        let finder = F.finder([
            F.relation("a", .alliance, "b", modality: .hedged), F.relation("a", .alliance, "c", modality: .negated),
            F.relation("c", .alliance, "b"), F.relation("a", .agreement, "d"), F.relation("d", .agreement, "e"),
            F.relation("e", .agreement, "b"),
        ])
        #expect(finder.shortestPath(from: "a", to: "b")?.actors == ["a", "b"])
        #expect(finder.shortestPath(from: "a", to: "b", constraints: PathConstraints(excludeHedged: true))?.actors == ["a", "d", "e", "b"])
        #expect(finder.shortestPath(from: "a", to: "c")?.actors == ["a", "b", "c"])
        #expect(finder.index.relations(between: "a", and: "c").isEmpty)
    }

    @Test("excluded actors are never passed through")
    func excludedActors() {
        let finder = F.finder([
            F.relation("a", .alliance, "b"), F.relation("b", .alliance, "c"),
            F.relation("a", .alliance, "d"), F.relation("d", .alliance, "x"), F.relation("x", .alliance, "c"),
        ])
        let constraints = PathConstraints(excludedActors: ["b"])
        #expect(finder.shortestPath(from: "a", to: "c", constraints: constraints)?.actors == ["a", "d", "x", "c"])
        #expect(finder.kShortestPaths(from: "a", to: "c", k: 5, constraints: constraints).count == 1)
        #expect(finder.shortestPath(from: "a", to: "c", constraints: PathConstraints(excludedActors: ["b", "x"])) == nil)
        #expect(finder.shortestPath(from: "a", to: "b", constraints: PathConstraints(excludedActors: ["b"])) == nil)
    }

    @Test("with --directed, proxy runs from the proxy to its patron only")
    func directedProxy() {
        let finder = F.finder([F.relation("hezbollah", .proxy, "iran"), F.relation("iran", .hostility, "israel")])
        let directed = PathConstraints(directed: true)
        #expect(finder.shortestPath(from: "hezbollah", to: "israel", constraints: directed)?.hops == 2)
        #expect(finder.shortestPath(from: "israel", to: "hezbollah", constraints: directed) == nil)
        #expect(finder.simplePaths(from: "israel", to: "hezbollah", maxHops: 3, constraints: directed).isEmpty)
        let undirected = finder.shortestPath(from: "israel", to: "hezbollah")
        #expect(undirected?.steps.last?.connector == "←proxy—")
        #expect(undirected?.steps.last?.isForward == false)
    }

    @Test(
        "as of a date, relations count from their first evidence on",
        arguments: [
            ("2021-09-30", nil as Int?, false), ("2021-10-01", nil, true), ("2022-01-01", nil, true),
            ("2021-10-30", 30, true), ("2021-10-31", 30, false),
        ])
    func asOf(day: String, window: Int?, connected: Bool) {
        let relations = [
            F.relation("a", .alliance, "b", date: "2021-10-01"), F.relation("b", .alliance, "c", date: "2021-01-01"),
            F.relation("b", .alliance, "c", date: "2021-10-15", document: "later"),
        ]
        let finder = F.finder(relations, asOf: day, window: window)
        #expect((finder.shortestPath(from: "a", to: "c") != nil) == connected)
    }

    @Test("a relation whose stated validity ended is not used after it")
    func validity() {
        let ended = Relation(
            source: "a", type: .alliance, target: "b",
            evidence: [
                Evidence(
                    document: "d", sentence: "a and b were allies until 2020.", rule: "test", date: Day("2019-01-01"),
                    validTo: Day("2020-01-01"))
            ])
        #expect(F.finder([ended], asOf: "2019-06-01").shortestPath(from: "a", to: "b") != nil)
        #expect(F.finder([ended], asOf: "2020-06-01").shortestPath(from: "a", to: "b") == nil)
    }
}
