import DyadCore
import Testing

/// As-of snapshots made incrementally, their boundaries and windows.
@Suite("Diff: as-of snapshots")
struct SnapshotSequenceTests {
    typealias F = DiffFixtures

    @Test(
        "each incremental snapshot holds the relations of Graph.snapshot(asOf:window:)",
        arguments: [nil, 1, 7, 30] as [Int?])
    func matchesSnapshot(window: Int?) {
        let graph = F.random(seed: 99, relations: 150, days: 90)
        var sequence = SnapshotSequence(graph, window: window)
        for offset in stride(from: -2, through: 95, by: 3) {
            let day = Day(ordinal: 18_900 + offset)
            let incremental = sequence.advance(to: day)
            let direct = graph.snapshot(asOf: day, window: window)
            #expect(incremental.relationCount == direct.relations.count)
            for (key, relation) in direct.relations {
                #expect(incremental.relation(key) == relation)
            }
        }
    }

    @Test("evidence dated on the day counts; the day before it does not")
    func asOfBoundary() {
        let graph = F.graph([F.relation("iran", .alliance, "syria", F.evidence("Iran backs Assad.", "2021-12-01"))])
        let before = GraphDiff(graph, from: F.day("2021-11-15"), to: F.day("2021-11-30"))
        let on = GraphDiff(graph, from: F.day("2021-11-15"), to: F.day("2021-12-01"))
        #expect(before.isEmpty)
        #expect(on.changes.map(\.kind) == [.relationAdded, .actorAdded, .actorAdded])
    }

    @Test("a relation not re-confirmed within the window lapses on the first day past it")
    func windowLapse() {
        let graph = F.graph([F.relation("iran", .alliance, "syria", F.evidence("Iran backs Assad.", "2021-01-01"))])
        // With a 10-day window the evidence counts on 2021-01-01 … 2021-01-10.
        let inside = GraphDiff(graph, from: F.day("2021-01-01"), to: F.day("2021-01-10"), window: 10)
        let past = GraphDiff(graph, from: F.day("2021-01-01"), to: F.day("2021-01-11"), window: 10)
        #expect(inside.isEmpty)
        #expect(past.changes(of: .relationRemoved).map(\.relation?.type) == [.alliance])
        #expect(past.changes(of: .relationRemoved).first?.evidence.map(\.evidence.sentence) == ["Iran backs Assad."])
    }

    @Test("re-confirmation inside the window strengthens; lapse of the older evidence weakens")
    func windowReconfirmed() {
        let graph = F.graph([
            F.relation(
                "iran", .alliance, "syria",
                F.evidence("Iran backs Assad.", "2021-01-01"), F.evidence("Again.", "2021-01-08"))
        ])
        let strengthened = GraphDiff(graph, from: F.day("2021-01-05"), to: F.day("2021-01-09"), window: 10)
        #expect(strengthened.changes.map(\.kind) == [.strengthened])
        let weakened = GraphDiff(graph, from: F.day("2021-01-09"), to: F.day("2021-01-12"), window: 10)
        #expect(weakened.changes.map(\.kind) == [.weakened])
        #expect(weakened.changes.first?.evidence.map(\.evidence.sentence) == ["Iran backs Assad."])
        #expect(weakened.changes.first?.evidence.first?.side == .before)
        let lapsed = GraphDiff(graph, from: F.day("2021-01-17"), to: F.day("2021-01-18"), window: 10)
        #expect(lapsed.changes.map(\.kind) == [.relationRemoved, .actorRemoved, .actorRemoved])
    }

    @Test("a diff read backwards in time mirrors the forward one")
    func backwards() {
        let graph = F.graph([F.relation("iran", .alliance, "syria", F.evidence("Iran backs Assad.", "2021-12-01"))])
        let diff = GraphDiff(graph, from: F.day("2021-12-15"), to: F.day("2021-11-15"))
        #expect(diff.changes.map(\.kind) == [.relationRemoved, .actorRemoved, .actorRemoved])
    }

    @Test("consecutive snapshots' diffs add up to the relations of the last one")
    func consecutiveDiffsCompose() {
        let graph = F.random(seed: 5, relations: 120, days: 40)
        var sequence = SnapshotSequence(graph)
        var previous = sequence.advance(to: Day(ordinal: 18_899))
        var keys: Set<RelationKey> = Set(previous.allRelations.map(\.key))
        for ordinal in 18_900..<18_940 {
            let next = sequence.advance(to: Day(ordinal: ordinal))
            let edits = GraphDiff(from: previous, to: next).relationEdits
            keys = keys.subtracting(edits.removed).union(edits.added)
            previous = next
        }
        #expect(keys == Set(graph.snapshot(asOf: Day(ordinal: 18_939)).relations.keys))
    }
}
