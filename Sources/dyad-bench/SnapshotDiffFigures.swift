import DyadCore
import Foundation

/// The snapshot diff figure: a copy of a snapshot with 1% of its relations changed (2 in 5 removed,
/// 1 in 5 retyped, 2 in 5 new relations to new actors), compared with the original 9 times.
struct SnapshotDiffFigures {
    /// The snapshot and its edited copy.
    let base: GraphSnapshot, edited: GraphSnapshot
    /// How many edits, and the wall and thread CPU seconds they took.
    let edits: Int, editSeconds: Double, editCPU: Double
    /// How many diffs were timed.
    let runs = 9
    /// Median and best wall seconds, and the median process CPU seconds (every thread) of a diff.
    let medianWall: Double, bestWall: Double, medianCPU: Double
    /// The counts of the last diff.
    let detail: String

    init(graph: Graph, base: GraphSnapshot) {
        var random = SplitMix64(seed: 7)
        let keys = Array(graph.relations.keys)
        let (edited, editSeconds, editCPU) = Measure.times { () -> GraphSnapshot in
            var copy = base
            let types = RelationType.allCases
            for step in 0..<(keys.count / 100) {
                let key = keys[Int(random.next() % UInt64(keys.count))]
                switch step % 5 {
                case 0, 1: copy.removeRelation(key)
                case 2:
                    guard let relation = graph.relations[key] else { continue }
                    copy.removeRelation(key)
                    let type = types[(types.firstIndex(of: key.type).map { $0 + 1 } ?? 0) % types.count]
                    copy.setRelation(Relation(source: key.source, type: type, target: key.target, evidence: relation.evidence))
                default:
                    let a = "a\(String(format: "%06d", Int(random.next() % 100_000)))", b = "b-new-\(step)"
                    copy.setRelation(
                        Relation(
                            source: a, type: .alliance, target: b,
                            evidence: [Evidence(document: "bench", sentence: "", rule: "bench", date: Day("2023-06-01"))]))
                }
            }
            return copy
        }
        self.base = base
        self.edited = edited
        self.edits = keys.count / 100
        self.editSeconds = editSeconds
        self.editCPU = editCPU
        var walls: [Double] = [], cpus: [Double] = []
        var diff = GraphDiff(changes: [])
        for _ in 0..<runs {
            let cpu = Measure.processCPU()
            let (result, seconds) = Measure.time { GraphDiff(from: base, to: edited) }
            cpus.append(Measure.processCPU() - cpu)
            walls.append(seconds)
            diff = result
        }
        walls.sort()
        cpus.sort()
        medianWall = walls[runs / 2]
        bestWall = walls[0]
        medianCPU = cpus[runs / 2]
        let c = diff.counts
        detail =
            "added \(c[.relationAdded] ?? 0), removed \(c[.relationRemoved] ?? 0), flipped \(c[.flipped] ?? 0), other \(diff.changes.count - (c[.relationAdded] ?? 0) - (c[.relationRemoved] ?? 0) - (c[.flipped] ?? 0))"
    }
}
