import DyadCore
import Testing

@Suite("Snapshots, filters and roll-up")
struct SnapshotTests {
    @Test("as of a date keeps evidence dated on or before it")
    func asOf() {
        let graph = Fixtures.smallGraph()
        let november = graph.snapshot(asOf: Fixtures.day("2021-11-01"))
        #expect(november.relations.count == 3)
        #expect(november.relation(RelationKey(source: "russia", type: .agreement, target: "israel")) == nil)
        let idf = november.relation(RelationKey(source: "idf", type: .hostility, target: "hezbollah"))
        #expect(idf?.evidence.count == 1)
        #expect(graph.snapshot(asOf: Fixtures.day("2021-10-31")).relations.isEmpty)
        #expect(graph.snapshot(asOf: Fixtures.day("2021-12-01")).relations.count == 4)
        #expect(november.actors.count == graph.actors.count)
    }

    @Test("a window drops evidence older than the window")
    func window() {
        let graph = Fixtures.smallGraph()
        let recent = graph.snapshot(asOf: Fixtures.day("2021-12-01"), window: 30)
        #expect(recent.relations.count == 2)
        let idf = recent.relation(RelationKey(source: "idf", type: .hostility, target: "hezbollah"))
        #expect(idf?.evidence.map(\.sentence) == ["IDF jets struck Hezbollah sites"])
        #expect(idf?.modality == .hedged)
        // 31 days reach back to 2021-11-01 inclusive.
        #expect(graph.snapshot(asOf: Fixtures.day("2021-12-01"), window: 31).relations.count == 4)
    }

    @Test("undated evidence takes its document's date, or is timeless")
    func undated() {
        var graph = Graph()
        graph.add(Document(id: "dated", published: Fixtures.day("2022-01-01")))
        graph.add(Document(id: "undated"))
        graph.add(Fixtures.evidence("dated", "a"), source: "a", type: .alliance, target: "b")
        graph.add(Fixtures.evidence("undated", "c"), source: "c", type: .alliance, target: "d")
        let before = graph.snapshot(asOf: Fixtures.day("2021-06-01"))
        #expect(before.relations.keys.map(\.source) == ["c"])
    }

    @Test("subgraph filters by type, modality, actors and evidence count")
    func subgraph() {
        let graph = Fixtures.smallGraph()
        #expect(graph.subgraph(GraphFilter(types: [.hostility])).relations.count == 2)
        let asserted = graph.subgraph(GraphFilter(modalities: [.asserted], minimumEvidence: 1))
        #expect(asserted.relation(RelationKey(source: "idf", type: .hostility, target: "hezbollah"))?.evidence.count == 1)
        #expect(graph.subgraph(GraphFilter(minimumEvidence: 2)).relations.count == 1)
        let pair = graph.subgraph(GraphFilter(actors: ["iran", "israel"], dropIsolatedActors: true))
        #expect(pair.relations.count == 1)
        #expect(pair.actors.keys.sorted() == ["iran", "israel"])
        let december = graph.subgraph(GraphFilter(from: Fixtures.day("2021-12-01")))
        #expect(december.relations.count == 2)
    }

    @Test("roll-up folds sub-units into their parents")
    func rollUp() {
        let rolled = Fixtures.smallGraph().rolledUp()
        #expect(rolled.actor("idf") == nil)
        #expect(rolled.actor("israel")?.aliases.contains("IDF") == true)
        let hostility = rolled.relation(RelationKey(source: "israel", type: .hostility, target: "hezbollah"))
        #expect(hostility?.evidence.count == 2)
        #expect(rolled.relations.count == 4)
    }

    @Test("root stops at cycles")
    func rootCycle() {
        var graph = Graph()
        graph.add(Actor(id: "a", name: "A", kind: .military, partOf: "b"))
        graph.add(Actor(id: "b", name: "B", kind: .military, partOf: "a"))
        #expect(["a", "b"].contains(graph.root(of: "a")))
    }

    @Test("names resolve through folded aliases")
    func aliases() {
        let graph = Fixtures.smallGraph()
        #expect(graph.actors(named: "tehran").map(\.id) == ["iran"])
        #expect(graph.resolve("HIZBALLAH").map(\.id) == ["hezbollah"])
        #expect(graph.resolve("iran").map(\.id) == ["iran"])
        #expect(graph.relations(of: "iran").count == 2)
        #expect(graph.degree(of: "israel") == 2)
    }
}
