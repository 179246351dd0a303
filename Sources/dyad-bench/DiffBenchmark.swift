import DyadCore
import Foundation

/// `dyad-bench diff --files DIR [--expected FILE]`: the diff benchmarks on two versions of a graph
/// (DIR/v1.jsonl and DIR/v2.jsonl, as Benchmarks/bench_to_dyad.py writes them from the shared
/// generator's data). Prints one line per measurement as `name<TAB>wall s<TAB>thread CPU s<TAB>detail`
/// (CPU `-` for work on several threads).
func runDiffBenchmark(_ arguments: [String]) throws {
    var folder: String?, expectedPath: String?, days = 365, profile = false, snapshotOnly = false
    var index = 0
    while index < arguments.count {
        switch arguments[index] {
        case "--files": folder = arguments[index + 1]; index += 1
        case "--expected": expectedPath = arguments[index + 1]; index += 1
        case "--days": days = Int(arguments[index + 1]) ?? days; index += 1
        case "--profile-snapshot-diff": profile = true
        case "--snapshot-only": snapshotOnly = true
        default: throw BenchmarkError("unknown option \(arguments[index])")
        }
        index += 1
    }
    guard let folder else {
        throw BenchmarkError("usage: dyad-bench diff --files DIR [--expected expected.json] [--days N] [--snapshot-only]")
    }
    let v1 = "\(folder)/v1.jsonl", v2 = "\(folder)/v2.jsonl"
    func report(_ name: String, _ seconds: Double, _ cpu: Double?, _ detail: String) {
        let cpuText = cpu.map { String(format: "%.4f", $0) } ?? "-"
        print("\(name)\t\(String(format: "%.4f", seconds))\t\(cpuText)\t\(detail)")
        fflush(nil)
    }
    func counts(_ diff: GraphDiff) -> String {
        let c = diff.counts
        return
            "added \(c[.relationAdded] ?? 0), removed \(c[.relationRemoved] ?? 0), flipped \(c[.flipped] ?? 0), other \(diff.changes.count - (c[.relationAdded] ?? 0) - (c[.relationRemoved] ?? 0) - (c[.flipped] ?? 0))"
    }

    if snapshotOnly {
        // Only the in-memory snapshot diff (what `make bench` reports against its goal).
        let graph = try GraphFile.read(v1)
        let base = GraphSnapshot(graph)
        let figures = SnapshotDiffFigures(graph: graph, base: base)
        report(
            "in-memory snapshot diff, 1M relations, 1% changed", figures.medianWall, figures.medianCPU,
            figures.detail + String(format: "; process CPU, median of %d; best %.1f ms", figures.runs, figures.bestWall * 1000))
        return
    }

    if profile {
        // Only the in-memory snapshot diff, repeated, for a profiler.
        let graph = try GraphFile.read(v1)
        let figures = SnapshotDiffFigures(graph: graph, base: GraphSnapshot(graph))
        let (_, wall, cpu) = Measure.times { for _ in 0..<60 { _ = GraphDiff(from: figures.base, to: figures.edited) } }
        report("60 snapshot diffs", wall, cpu, "")
        return
    }

    // 1. File to file, in process (the fast path), checked against the generator's counts.
    let (comparison, fileSeconds, _) = try Measure.times { try GraphFileComparison.compare(v1, v2) }
    var check = ""
    if let expectedPath, let data = FileManager.default.contents(atPath: expectedPath),
        let members = try JSONValue.parse(data)["diff"]?.object
    {
        let expected = members.compactMapValues { $0.number.map { Int($0) } }
        let c = comparison.diff.counts
        let ok = expected["added"] == c[.relationAdded] && expected["removed"] == c[.relationRemoved] && expected["changed"] == c[.flipped]
        check = ok ? ", matches expected.json" : ", DOES NOT MATCH expected.json \(expected)"
    }
    report("file-to-file diff (load both + diff, in process)", fileSeconds, nil, counts(comparison.diff) + check)

    // 2. Full loads and the linear in-memory diff of two graphs.
    let (graphs, loadSeconds, _) = try Measure.times { try GraphFileComparison.readBoth(v1, v2) }
    let (g1, g2) = graphs
    report("load both files in full (2 threads)", loadSeconds, nil, "\(g1.relations.count) + \(g2.relations.count) relations")
    let (graphDiff, graphSeconds, graphSecondsCPU) = Measure.times { GraphDiff(from: g1, to: g2) }
    report("in-memory graph diff, 12% changed (linear)", graphSeconds, graphSecondsCPU, counts(graphDiff))

    // 3. Snapshots: one built from v1, a copy with 1% of the relations changed, and their diff.
    let (base, buildSeconds, buildSecondsCPU) = Measure.times { GraphSnapshot(g1) }
    report("build a snapshot of v1 (persistent trees)", buildSeconds, buildSecondsCPU, "\(base.relationCount) relations")
    let figures = SnapshotDiffFigures(graph: g1, base: base)
    let edited = figures.edited
    report(
        "apply 1% changes to a snapshot copy", figures.editSeconds, figures.editCPU,
        "\(figures.edits) edits, structure shared")
    report(
        "in-memory snapshot diff, 1M relations, 1% changed", figures.medianWall, figures.medianCPU,
        figures.detail + String(format: " (process CPU; median of %d; best %.1f ms)", figures.runs, figures.bestWall * 1000))
    var findTimes: [(Double, Double)] = []
    var found = 0
    for _ in 0..<5 {
        let (keys, seconds, cpu) = Measure.times { edited.changedRelations(since: base) }
        findTimes.append((seconds, cpu))
        found = keys.count
    }
    report(
        "  of which: find the changed relations (the edit journals of the two versions)", findTimes.map(\.0).min() ?? 0,
        findTimes.map(\.1).sorted()[2],
        "\(found) keys (best of 5)")
    let (other, otherBuild, otherBuildCPU) = Measure.times { GraphSnapshot(g2) }
    report("build a snapshot of v2 separately", otherBuild, otherBuildCPU, "no structure shared with v1's")
    let (separate, separateSeconds, separateSecondsCPU) = Measure.times { GraphDiff(from: base, to: other) }
    report("snapshot diff without shared structure, 12% changed", separateSeconds, separateSecondsCPU, counts(separate))

    // 4. A year of daily as-of snapshots of v1 and the consecutive diffs.
    let (sequenceStart, prepareSeconds, prepareSecondsCPU) = Measure.times { SnapshotSequence(g1) }
    var sequence = sequenceStart
    guard let lastDay = g1.relations.values.compactMap({ $0.lastSeen }).max() else { return }
    let firstDay = lastDay.adding(days: -(days - 1))
    let (first, firstSeconds, firstSecondsCPU) = Measure.times { sequence.advance(to: firstDay) }
    report("as-of: order the evidence", prepareSeconds, prepareSecondsCPU, "\(g1.relations.count) relations")
    report("as-of: first snapshot (\(firstDay))", firstSeconds, firstSecondsCPU, "\(first.relationCount) relations")
    var snapshots = [first]
    snapshots.reserveCapacity(days)
    var advanceTotal = 0.0, diffTotal = 0.0, perDiff: [Double] = [], changeTotal = 0, advanceCPU = 0.0, diffCPU = 0.0
    for offset in 1..<days {
        let (next, advanceSeconds, advanceCPUSeconds) = Measure.times { sequence.advance(to: firstDay.adding(days: offset)) }
        let (diff, diffSeconds, diffCPUSeconds) = Measure.times { GraphDiff(from: snapshots[snapshots.count - 1], to: next) }
        advanceTotal += advanceSeconds
        diffTotal += diffSeconds
        advanceCPU += advanceCPUSeconds
        diffCPU += diffCPUSeconds
        perDiff.append(diffSeconds)
        changeTotal += diff.changes.count
        snapshots.append(next)
    }
    perDiff.sort()
    report("as-of: \(days - 1) more daily snapshots", advanceTotal, advanceCPU, "all \(snapshots.count) kept in memory")
    report(
        "as-of: \(days - 1) consecutive diffs", diffTotal, diffCPU,
        "\(changeTotal) changes, median \(String(format: "%.2f", perDiff[perDiff.count / 2] * 1000)) ms, max \(String(format: "%.2f", (perDiff.last ?? 0) * 1000)) ms per diff"
    )
    report("peak RSS", 0, nil, "\(Int(Measure.peakRSSMegabytes())) MB with both graphs, 3 full snapshots and \(snapshots.count) daily ones")
}
