import Testing

@testable import DyadCore

/// The snapshot diff (changed pairs found by comparing hash-tree sets, both versions handed over)
/// against the graph diff (every relation compared), by full equality of the reports.
@Suite("Diff: snapshots against graphs")
struct SnapshotDiffTests {
    typealias F = DiffFixtures

    /// Applies the same random edits to a graph and to a snapshot copy of it: removals, retyped
    /// relations, new evidence (which can flip a pair or change a reading), new relations and
    /// actors, changed aliases and removed actors. Returns the edited graph and snapshot.
    static func edit(_ graph: Graph, _ snapshot: GraphSnapshot, seed: UInt64, edits: Int) -> (Graph, GraphSnapshot) {
        var rng = TestRandom(seed: seed)
        var graph = graph, snapshot = snapshot
        let keys = Array(graph.relations.keys)
        let actorCount = graph.actors.count
        for step in 0..<edits {
            let key = keys[rng.below(keys.count)]
            switch rng.below(8) {
            case 0, 1:
                graph.removeRelation(key)
                snapshot.removeRelation(key)
            case 2:
                guard let relation = graph.relations[key] else { continue }
                let type = RelationType.allCases[rng.below(4)]
                let retyped = Relation(source: key.source, type: type, target: key.target, evidence: relation.evidence)
                graph.removeRelation(key)
                snapshot.removeRelation(key)
                graph.add(retyped)
                if let merged = graph.relations[retyped.key] { snapshot.setRelation(merged) }
            case 3, 4:
                let modality: Modality = [.asserted, .hedged, .negated][rng.below(3)]
                let item = Evidence(
                    document: "d\(rng.below(50))", sentence: "edit \(step)", rule: "r", modality: modality,
                    date: Day(ordinal: 18_900 + rng.below(90)))
                graph.add(item, source: key.source, type: key.type, target: key.target)
                if let merged = graph.relations[key] { snapshot.setRelation(merged) }
            case 5:
                let a = "a\(rng.below(actorCount))", b = "new\(rng.below(actorCount))"
                let relation = F.relation(a, RelationType.allCases[rng.below(4)], b, F.evidence("added \(step)", "2021-12-01"))
                graph.add(F.actor(b))
                snapshot.setActor(F.actor(b))
                graph.add(relation)
                if let merged = graph.relations[relation.key] { snapshot.setRelation(merged) }
            case 6:
                let id = "a\(rng.below(actorCount))"
                graph.add(F.actor(id, aliases: ["alias \(step)"]))
                if let actor = graph.actors[id] { snapshot.setActor(actor) }
            default:
                let id = "a\(rng.below(actorCount))"
                // Graph.removeActor drops the relations of listed actors only.
                guard graph.actors[id] != nil else { continue }
                for relationKey in graph.relationKeys(of: id) { snapshot.removeRelation(relationKey) }
                graph.removeActor(id)
                snapshot.removeActor(id)
            }
        }
        return (graph, snapshot)
    }

    /// Expects equal reports; on a difference, names the first change that differs (not the whole report).
    static func expectSame(_ actual: GraphDiff, _ expected: GraphDiff, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard actual != expected else { return }
        let common = min(actual.changes.count, expected.changes.count)
        let index = (0..<common).first { actual.changes[$0] != expected.changes[$0] } ?? common
        func describe(_ changes: [GraphChange]) -> String {
            guard index < changes.count else { return "nothing" }
            let change = changes[index]
            return
                "\(change.kind) \(change.relation.map(\.description) ?? "-") (previous \(change.previous.map(\.description) ?? "-"), actor \(change.actor ?? "-"), importance \(change.importance))"
        }
        Issue.record(
            "\(actual.changes.count) changes against \(expected.changes.count); at \(index): \(describe(actual.changes)) against \(describe(expected.changes))",
            sourceLocation: sourceLocation)
    }

    @Test("an edited copy gives the same report as the two graphs", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func editedCopy(seed: UInt64) {
        let graph = F.random(seed: seed, relations: 400, actors: 30, days: 90)
        let base = GraphSnapshot(graph)
        let (edited, snapshot) = Self.edit(graph, base, seed: seed &* 31, edits: 60)
        #expect(snapshot.relationCount == edited.relations.count)
        let expected = GraphDiff(from: graph, to: edited)
        #expect(!expected.isEmpty)
        Self.expectSame(GraphDiff(from: base, to: snapshot), expected)
        Self.expectSame(GraphDiff(from: snapshot, to: base), GraphDiff(from: edited, to: graph))
    }

    @Test("options select the same changes", arguments: [7, 8] as [UInt64])
    func options(seed: UInt64) {
        let graph = F.random(seed: seed, relations: 300, actors: 20)
        let base = GraphSnapshot(graph)
        let (edited, snapshot) = Self.edit(graph, base, seed: seed, edits: 50)
        for options in [
            DiffOptions(minimumEvidenceChange: 2), DiffOptions(types: [.hostility, .proxy]), DiffOptions(actors: ["a1", "a2", "new3"]),
        ] {
            Self.expectSame(GraphDiff(from: base, to: snapshot, options: options), GraphDiff(from: graph, to: edited, options: options))
        }
    }

    @Test("snapshots built separately compare like their graphs", arguments: [11, 12, 13] as [UInt64])
    func separateSnapshots(seed: UInt64) {
        let a = F.random(seed: seed, relations: 200), b = F.random(seed: seed &+ 1, relations: 200)
        Self.expectSame(GraphDiff(from: GraphSnapshot(a), to: GraphSnapshot(b)), GraphDiff(from: a, to: b))
    }

    @Test("a large diff (split over two threads) gives the same report as the graphs")
    func largeDiff() {
        // More changed pairs than one thread takes, so both halves run.
        let graph = F.random(seed: 99, relations: 7_000, actors: 2_000, days: 120)
        let base = GraphSnapshot(graph)
        let (edited, snapshot) = Self.edit(graph, base, seed: 5, edits: 5_000)
        #expect(snapshot.relationCount == edited.relations.count)
        let report = GraphDiff(from: base, to: snapshot)
        #expect(Set(report.changes.compactMap(\.relation).map(ActorPair.init)).count > GraphDiff.pairsPerThread)
        Self.expectSame(report, GraphDiff(from: graph, to: edited))
    }

    @Test("the same relations set in another order make an equal snapshot")
    func insertionOrderDoesNotMatter() {
        let graph = F.random(seed: 21, relations: 300, actors: 10)
        var reversed = GraphSnapshot(documents: graph.documents)
        for actor in graph.actors.values.reversed() { reversed.setActor(actor) }
        for relation in graph.relations.values.reversed() { reversed.setRelation(relation) }
        let forward = GraphSnapshot(graph)
        #expect(GraphDiff(from: forward, to: reversed).isEmpty)
        #expect(reversed.changedRelations(since: forward).isEmpty)
    }

    @Test("changed relations are exactly the keys whose relation differs", arguments: [31, 32] as [UInt64])
    func changedRelations(seed: UInt64) {
        let graph = F.random(seed: seed, relations: 300, actors: 25)
        let base = GraphSnapshot(graph)
        let (edited, snapshot) = Self.edit(graph, base, seed: seed, edits: 40)
        var expected: Set<RelationKey> = []
        for key in Set(graph.relations.keys).union(edited.relations.keys) where graph.relations[key] != edited.relations[key] {
            expected.insert(key)
        }
        #expect(snapshot.changedRelations(since: base) == expected)
        #expect(base.changedRelations(since: snapshot) == expected)
    }

    @Test("setting and removing relations keeps the pair's relations in slot order and the count")
    func pairBookkeeping() {
        var snapshot = GraphSnapshot()
        let proxyBack = F.relation("b", .proxy, "a", F.evidence("b for a", "2021-01-03"))
        let hostility = F.relation("a", .hostility, "b", F.evidence("a against b", "2021-01-02"))
        let alliance = F.relation("b", .alliance, "a", F.evidence("a with b", "2021-01-01"))
        for relation in [proxyBack, hostility, alliance] { snapshot.setRelation(relation) }
        let pair = ActorPair(alliance.key)
        #expect(snapshot.relations(between: pair).map(\.key) == [alliance.key, hostility.key, proxyBack.key])
        #expect(snapshot.relationCount == 3)
        let before = snapshot
        snapshot.setRelation(hostility)  // the same relation again changes nothing
        #expect(GraphDiff(from: before, to: snapshot).isEmpty)
        snapshot.removeRelation(hostility.key)
        #expect(snapshot.relationCount == 2)
        #expect(snapshot.relation(hostility.key) == nil)
        #expect(snapshot.changedRelations(since: before) == [hostility.key])
        snapshot.removeRelation(alliance.key)
        snapshot.removeRelation(proxyBack.key)
        snapshot.removeRelation(proxyBack.key)  // already gone
        #expect(snapshot.relationCount == 0)
        #expect(snapshot.relations(between: pair).isEmpty)
        #expect(snapshot.allRelations.isEmpty)
        #expect(snapshot.changedRelations(since: before) == [alliance.key, hostility.key, proxyBack.key])
    }
}
