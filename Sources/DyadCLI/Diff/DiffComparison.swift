import DyadCore

/// The two versions a `dyad diff` compares: two files, or one graph as of two days.
struct DiffComparison {
    var oldGraph: Graph
    var newGraph: Graph
    var oldVersion: DiffReport.Version
    var newVersion: DiffReport.Version
    var heading: String
    /// The changes, before the type and actor selections.
    var diff: GraphDiff
    /// Whether `oldGraph` and `newGraph` hold every relation (a fast file diff holds only the changed ones).
    var isComplete: Bool

    /// Loads the versions and compares them with `options`' thresholds.
    /// - Parameter complete: Whether the graphs must hold every relation (to draw them).
    /// - Throws: ``GraphFileError`` for unreadable files, ``DyadCLIError`` without both days for one graph.
    static func make(
        old: String, new: String?, time: TimeWindow,
        options: DiffOptions, complete: Bool
    ) throws -> DiffComparison {
        if let new {
            let result = try GraphFileComparison.compare(old, new, options: options, complete: complete)
            let (a, b) = (result.old, result.new)
            return DiffComparison(
                oldGraph: a, newGraph: b,
                oldVersion: .init(label: old, date: nil, relations: result.oldRelationCount, actors: result.oldActorCount),
                newVersion: .init(label: new, date: nil, relations: result.newRelationCount, actors: result.newActorCount),
                heading: "diff \(old) → \(new)", diff: result.diff, isComplete: result.isComplete)
        }
        let graph = try GraphFile.read(old)
        guard let fromDay = time.from, let toDay = time.to else {
            throw DyadCLIError("give two graph files, or one graph with --from DATE and --to DATE")
        }
        let window = time.window
        var sequence = SnapshotSequence(graph, window: window)
        let first = sequence.advance(to: min(fromDay, toDay))
        let second = sequence.advance(to: max(fromDay, toDay))
        let (a, b) = fromDay <= toDay ? (first, second) : (second, first)
        let windowText = window.map { " (window \($0) day\($0 == 1 ? "" : "s"))" } ?? ""
        return DiffComparison(
            oldGraph: graph, newGraph: graph,
            oldVersion: .init(label: fromDay.description, date: fromDay.description, relations: a.relationCount, actors: a.actors.count),
            newVersion: .init(label: toDay.description, date: toDay.description, relations: b.relationCount, actors: b.actors.count),
            heading: "diff \(old) as of \(fromDay) → \(toDay)\(windowText)",
            diff: GraphDiff(from: a, to: b, options: options), isComplete: true,
            relations: (
                Dictionary(uniqueKeysWithValues: a.allRelations.map { ($0.key, $0) }),
                Dictionary(uniqueKeysWithValues: b.allRelations.map { ($0.key, $0) })
            ))
    }

    /// The relations of each version, when they are snapshots of one graph.
    var relations: ([RelationKey: Relation], [RelationKey: Relation])?
}
