import DyadCore
import Testing

/// Properties that hold for every pair of graphs.
@Suite("Diff: properties")
struct GraphDiffPropertyTests {
    typealias F = DiffFixtures

    @Test("a graph compared with itself has no changes", arguments: [1, 2, 3] as [UInt64])
    func selfDiffIsEmpty(seed: UInt64) {
        let graph = F.random(seed: seed, relations: 80)
        #expect(GraphDiff(from: graph, to: graph).isEmpty)
        #expect(GraphDiff(from: GraphSnapshot(graph), to: GraphSnapshot(graph)).isEmpty)
    }

    @Test("diff(A, B) and diff(B, A) are mirror images", arguments: [11, 12, 13, 14] as [UInt64])
    func mirror(seed: UInt64) {
        let a = F.random(seed: seed, relations: 60), b = F.random(seed: seed &+ 100, relations: 60)
        let forward = GraphDiff(from: a, to: b), backward = GraphDiff(from: b, to: a)
        #expect(signature(forward) == signature(backward).map(mirrored).sorted())
        #expect(forward.changes.count == backward.changes.count)
    }

    @Test("applying the reported additions and removals to A gives B's relations", arguments: Array(20..<30) as [UInt64])
    func editsReproduceTarget(seed: UInt64) {
        // B shares part of A: drop some relations, retype some, add new ones.
        let a = F.random(seed: seed, relations: 70)
        var rng = TestRandom(seed: seed)
        var b = Graph()
        for actor in a.actors.values { b.add(actor) }
        for relation in a.relations.values {
            switch rng.next() % 5 {
            case 0: continue
            case 1:
                b.add(
                    Relation(
                        source: relation.source, type: RelationType.allCases[Int(rng.next() % 4)], target: relation.target,
                        evidence: relation.evidence))
            default: b.add(relation)
            }
        }
        b.merge(F.random(seed: seed &+ 7, relations: 15))
        b.canonicalize()
        for diff in [GraphDiff(from: a, to: b), GraphDiff(from: GraphSnapshot(a), to: GraphSnapshot(b))] {
            let edits = diff.relationEdits
            #expect(edits.added.isDisjoint(with: edits.removed))
            let result = Set(a.relations.keys).subtracting(edits.removed).union(edits.added)
            #expect(result == Set(b.relations.keys))
        }
    }

    @Test("snapshot and graph diffs report the same changes", arguments: [41, 42] as [UInt64])
    func snapshotMatchesGraph(seed: UInt64) {
        let a = F.random(seed: seed, relations: 60), b = F.random(seed: seed &+ 1, relations: 60)
        #expect(signature(GraphDiff(from: a, to: b)) == signature(GraphDiff(from: GraphSnapshot(a), to: GraphSnapshot(b))))
    }

    typealias Signature = (kind: String, relation: String, previous: String, actor: String)

    private func signature(_ diff: GraphDiff) -> [String] {
        diff.changes.map { "\($0.kind.rawValue)|\($0.relation?.description ?? "")|\($0.previous?.description ?? "")|\($0.actor ?? "")" }
            .sorted()
    }

    private func mirrored(_ line: String) -> String {
        let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard let kind = ChangeKind(rawValue: parts[0]) else { return line }
        if kind == .flipped { return [kind.rawValue, parts[2], parts[1], parts[3]].joined(separator: "|") }
        return ([kind.mirrored.rawValue] + parts.dropFirst()).joined(separator: "|")
    }
}
