import Testing

@testable import DyadCore

/// The journal path of the snapshot diff (edits read back to the version two snapshots share)
/// against the full comparison of their hash-tree sets and against the diff of the same graphs.
@Suite("Diff: snapshot journals")
struct SnapshotJournalTests {
    typealias F = DiffFixtures

    /// A pair's relations in both versions, comparable as a set member.
    struct PairChange: Hashable {
        var before: [Relation], after: [Relation]
    }

    /// The changed pairs the sets find, as a set.
    static func pairsFromSets(_ old: GraphSnapshot, _ new: GraphSnapshot) -> Set<PairChange> {
        var result: Set<PairChange> = []
        for shard in 0..<GraphSnapshot.shardCount {
            for change in new.changedPairs(since: old, shard: shard) {
                result.insert(PairChange(before: change.before, after: change.after))
            }
        }
        return result
    }

    /// Expects the journal path to be taken from `old` to `new` and to agree with the sets (pair by
    /// pair, relation keys, and the whole report) and, when given, with the diff of the graphs.
    static func expectAgree(
        _ old: GraphSnapshot, _ new: GraphSnapshot, graphs: (Graph, Graph)? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let journaled = new.journaledChanges(since: old) else {
            Issue.record("the journal path was not taken", sourceLocation: sourceLocation)
            return
        }
        let detached = old.forgettingJournal()
        #expect(new.journaledChanges(since: detached) == nil, sourceLocation: sourceLocation)
        let fromJournal = Set(journaled.map { PairChange(before: $0.before, after: $0.after) })
        #expect(fromJournal.count == journaled.count, "a pair came twice", sourceLocation: sourceLocation)
        #expect(fromJournal == pairsFromSets(old, new), sourceLocation: sourceLocation)
        #expect(new.changedRelations(since: old) == new.changedRelations(since: detached), sourceLocation: sourceLocation)
        let fast = GraphDiff(from: old, to: new)
        SnapshotDiffTests.expectSame(fast, GraphDiff(from: detached, to: new), sourceLocation: sourceLocation)
        if let (oldGraph, newGraph) = graphs {
            SnapshotDiffTests.expectSame(fast, GraphDiff(from: oldGraph, to: newGraph), sourceLocation: sourceLocation)
        }
        for options in [DiffOptions(minimumEvidenceChange: 2), DiffOptions(types: [.hostility, .proxy])] {
            SnapshotDiffTests.expectSame(
                GraphDiff(from: old, to: new, options: options), GraphDiff(from: detached, to: new, options: options),
                sourceLocation: sourceLocation)
        }
    }

    @Test("an edited copy: the journal agrees with the sets and the graphs, both ways", arguments: [1, 2, 3, 4] as [UInt64])
    func editedCopy(seed: UInt64) {
        let graph = F.random(seed: seed, relations: 400, actors: 30, days: 90)
        let base = GraphSnapshot(graph)
        let (editedGraph, edited) = SnapshotDiffTests.edit(graph, base, seed: seed &* 17, edits: 80)
        Self.expectAgree(base, edited, graphs: (graph, editedGraph))
        Self.expectAgree(edited, base, graphs: (editedGraph, graph))
    }

    @Test("removals, retypes, additions and edits undone give the same report on both paths")
    func explicitEdits() {
        let hostility = F.relation("a", .hostility, "b", F.evidence("a against b", "2021-01-02"))
        let alliance = F.relation("c", .alliance, "d", F.evidence("c with d", "2021-01-03"))
        let proxy = F.relation("e", .proxy, "f", F.evidence("e for f", "2021-01-04"))
        let agreement = F.relation("g", .agreement, "h", F.evidence("g and h agree", "2021-01-05"))
        let graph = F.graph([hostility, alliance, proxy, agreement])
        let base = GraphSnapshot(graph)
        var edited = base
        var editedGraph = graph
        // Removed.
        edited.removeRelation(hostility.key)
        editedGraph.removeRelation(hostility.key)
        // Retyped: the pair flips from alliance to hostility.
        let retyped = Relation(source: "c", type: .hostility, target: "d", evidence: alliance.evidence)
        edited.removeRelation(alliance.key)
        edited.setRelation(retyped)
        editedGraph.removeRelation(alliance.key)
        editedGraph.add(retyped)
        // Added, to a new actor.
        let added = F.relation("a", .alliance, "z", F.evidence("a with z", "2021-02-01"))
        edited.setActor(F.actor("z"))
        edited.setRelation(added)
        editedGraph.add(F.actor("z"))
        editedGraph.add(added)
        // Changed and changed back; removed and set again; added and removed: no change.
        edited.setRelation(F.relation("e", .proxy, "f", F.evidence("e for f", "2021-01-04"), F.evidence("again", "2021-03-01")))
        edited.setRelation(proxy)
        edited.removeRelation(agreement.key)
        edited.setRelation(agreement)
        let passing = F.relation("x", .hostility, "y", F.evidence("briefly", "2021-01-09"))
        edited.setRelation(passing)
        edited.removeRelation(passing.key)

        Self.expectAgree(base, edited, graphs: (graph, editedGraph))
        Self.expectAgree(edited, base, graphs: (editedGraph, graph))
        let counts = GraphDiff(from: base, to: edited).counts
        #expect(counts[.relationRemoved] == 1)
        #expect(counts[.relationAdded] == 1)
        #expect(counts[.flipped] == 1)
        #expect(counts[.actorAdded] == 1)
        #expect(edited.journaledChanges(since: base)?.count == 3)
    }

    @Test("copies edited apart compare through the version they share", arguments: [5, 6, 7] as [UInt64])
    func siblings(seed: UInt64) {
        let graph = F.random(seed: seed, relations: 400, actors: 30, days: 90)
        let base = GraphSnapshot(graph)
        let (graphA, a) = SnapshotDiffTests.edit(graph, base, seed: seed &+ 100, edits: 50)
        let (graphB, b) = SnapshotDiffTests.edit(graph, base, seed: seed &+ 200, edits: 70)
        Self.expectAgree(a, b, graphs: (graphA, graphB))
        Self.expectAgree(b, a, graphs: (graphB, graphA))
    }

    @Test("every two versions of a chain of edited copies agree", arguments: [8, 9] as [UInt64])
    func generations(seed: UInt64) {
        let graph = F.random(seed: seed, relations: 300, actors: 25, days: 90)
        var versions = [(graph, GraphSnapshot(graph))]
        for step in 0..<3 {
            let (lastGraph, last) = versions[versions.count - 1]
            versions.append(SnapshotDiffTests.edit(lastGraph, last, seed: seed &* 7 &+ UInt64(step), edits: 30))
        }
        // A sibling of the second version, edited apart from the rest of the chain.
        versions.append(SnapshotDiffTests.edit(versions[1].0, versions[1].1, seed: seed &+ 50, edits: 30))
        for (oldGraph, old) in versions {
            for (newGraph, new) in versions {
                Self.expectAgree(old, new, graphs: (oldGraph, newGraph))
            }
        }
        #expect(GraphDiff(from: versions[2].1, to: versions[2].1).isEmpty)
    }

    @Test("snapshots built separately share no journal and compare by their sets", arguments: [11, 12] as [UInt64])
    func unrelated(seed: UInt64) {
        let a = F.random(seed: seed, relations: 200), b = F.random(seed: seed &+ 1, relations: 200)
        let first = GraphSnapshot(a), second = GraphSnapshot(b)
        #expect(second.journaledChanges(since: first) == nil)
        SnapshotDiffTests.expectSame(GraphDiff(from: first, to: second), GraphDiff(from: a, to: b))
        // The same graph twice: no shared journal, no change.
        let again = GraphSnapshot(a)
        #expect(again.journaledChanges(since: first) == nil)
        #expect(GraphDiff(from: first, to: again).isEmpty)
        // An edited copy of an unrelated snapshot still compares correctly with the other one.
        let (editedGraph, edited) = SnapshotDiffTests.edit(b, second, seed: seed, edits: 40)
        #expect(edited.journaledChanges(since: first) == nil)
        SnapshotDiffTests.expectSame(GraphDiff(from: first, to: edited), GraphDiff(from: a, to: editedGraph))
    }

    @Test("a journal past its limit starts a new lineage; diffs across it compare the sets")
    func journalLimit() {
        let graph = F.random(seed: 41, relations: 300, actors: 25)
        let base = GraphSnapshot(graph)
        let key = graph.relations.keys[0]
        guard let original = graph.relations[key] else { return }
        let changed = Relation(key: key, evidence: original.evidence + [F.evidence("one more", "2021-06-01")])
        var edited = base
        for step in 0..<(GraphSnapshot.journalMinimum + 1) { edited.setRelation(step.isMultiple(of: 2) ? changed : original) }
        // An odd number of edits: the relation ends changed, and the journal was restarted on the way.
        #expect(edited.relation(key) == changed)
        #expect(edited.journaledChanges(since: base) == nil)
        #expect(edited.changedRelations(since: base) == [key])
        var graphChanged = graph
        graphChanged.removeRelation(key)
        graphChanged.add(changed)
        SnapshotDiffTests.expectSame(GraphDiff(from: base, to: edited), GraphDiff(from: graph, to: graphChanged))
        // Copies of the restarted version are related to it again.
        var next = edited
        next.removeRelation(key)
        Self.expectAgree(edited, next)
        #expect(next.changedRelations(since: edited) == [key])
    }

    @Test("versions kept along the way split the journal into runs; every two of them still agree")
    func manyRuns() {
        let graph = F.random(seed: 51, relations: 300, actors: 25, days: 90)
        var snapshot = GraphSnapshot(graph)
        var graphs = [graph], kept = [snapshot]
        var current = graph
        var rng = TestRandom(seed: 51)
        for round in 0..<40 {
            // Each round edits a copy (its first edit starts a run, the others append to it); some
            // versions are kept.
            let (edited, next) = SnapshotDiffTests.edit(current, snapshot, seed: UInt64(round) &* 13, edits: 1 + rng.below(4))
            current = edited
            snapshot = next
            if round.isMultiple(of: 3) {
                graphs.append(current)
                kept.append(snapshot)
            }
        }
        graphs.append(current)
        kept.append(snapshot)
        #expect(snapshot.journal?.previous != nil)
        for i in kept.indices {
            for j in kept.indices where j == i + 1 || j == 0 || i == 0 || j == kept.count - 1 {
                Self.expectAgree(kept[i], kept[j], graphs: (graphs[i], graphs[j]))
            }
        }
    }

    @Test("consecutive as-of snapshots of a sequence compare through their journals", arguments: [nil, 20] as [Int?])
    func sequence(window: Int?) {
        let graph = F.random(seed: 77, relations: 300, actors: 20, days: 90)
        var sequence = SnapshotSequence(graph, window: window)
        var previous = sequence.advance(to: Day(ordinal: 18_900))
        for offset in stride(from: 7, through: 98, by: 7) {
            let current = sequence.advance(to: Day(ordinal: 18_900 + offset))
            Self.expectAgree(previous, current)
            Self.expectAgree(current, previous)
            previous = current
        }
    }
}
