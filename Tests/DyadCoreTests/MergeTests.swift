import DyadCore
import Testing

@Suite("Merge")
struct MergeTests {
    @Test("merging a graph with itself changes nothing")
    func idempotent() {
        let graph = Fixtures.smallGraph()
        #expect(graph.merged(with: graph) == graph)
    }

    @Test("merge is associative", arguments: 0..<20)
    func associative(seed: UInt64) {
        let a = Fixtures.randomGraph(seed: seed), b = Fixtures.randomGraph(seed: seed + 100), c = Fixtures.randomGraph(seed: seed + 200)
        #expect(a.merged(with: b).merged(with: c) == a.merged(with: b.merged(with: c)))
    }

    @Test("merge is idempotent on random graphs and their unions", arguments: 0..<10)
    func idempotentRandom(seed: UInt64) {
        let a = Fixtures.randomGraph(seed: seed), b = Fixtures.randomGraph(seed: seed + 7)
        let ab = a.merged(with: b)
        #expect(ab.merged(with: b) == ab)
        #expect(ab.merged(with: a) == ab)
    }

    @Test("symmetric relations written in either order are one relation")
    func symmetricKeys() {
        var graph = Graph()
        graph.add(Fixtures.evidence("d", "Israel struck Iran"), source: "israel", type: .hostility, target: "iran")
        graph.add(Fixtures.evidence("d", "Iran and Israel are enemies"), source: "iran", type: .hostility, target: "israel")
        #expect(graph.relations.count == 1)
        #expect(graph.relations.values.first?.evidence.count == 2)
        #expect(graph.relations.keys.first == RelationKey(source: "iran", type: .hostility, target: "israel"))
    }

    @Test("proxy keeps its direction")
    func proxyDirection() {
        let forward = RelationKey(source: "hezbollah", type: .proxy, target: "iran")
        let backward = RelationKey(source: "iran", type: .proxy, target: "hezbollah")
        #expect(forward != backward)
        #expect(forward.source == "hezbollah")
    }

    @Test("actor merge unites aliases and keeps the first known kind")
    func actorMerge() {
        let a = Actor(id: "x", name: "X", kind: .unknown, aliases: ["Ex"])
        let b = Actor(id: "x", name: "X Group", kind: .armedGroup, aliases: ["XG"], partOf: "y")
        let merged = a.merged(with: b)
        #expect(merged.kind == .armedGroup)
        #expect(merged.name == "X")
        #expect(merged.aliases == ["Ex", "X Group", "XG"])
        #expect(merged.partOf == "y")
    }

    @Test("relation summary follows the evidence")
    func summary() {
        let relation = Relation(
            source: "a", type: .alliance, target: "b",
            evidence: [
                Fixtures.evidence("d1", "maybe allies", modality: .hedged, date: "2021-01-05"),
                Fixtures.evidence("d2", "not allies", modality: .negated, date: "2021-03-01"),
            ])
        #expect(relation.modality == .hedged)
        #expect(relation.confidence == 0.25)
        #expect(relation.firstSeen?.description == "2021-01-05")
        #expect(relation.lastSeen?.description == "2021-03-01")
        let asserted = relation.merged(
            with: Relation(
                source: "a", type: .alliance, target: "b",
                evidence: [Fixtures.evidence("d3", "allies", date: "2021-02-01")]))
        #expect(asserted.modality == .asserted)
        #expect(asserted.confidence == 0.625)
        #expect(asserted.strongestEvidence?.sentence == "allies")
    }
}
