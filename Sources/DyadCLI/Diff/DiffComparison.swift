import DyadCore

/// The two versions a `dyad diff` compares: two files, or one graph as of two days.
struct DiffComparison {
    var oldGraph: Graph
    var newGraph: Graph
    var oldVersion: DiffReport.Version
    var newVersion: DiffReport.Version
    var heading: String
    private var snapshots: (GraphSnapshot, GraphSnapshot)?

    /// Loads the versions.
    /// - Throws: ``GraphFileError`` for unreadable files, ``DyadCLIError`` for bad dates.
    static func make(old: String, new: String?, from: String?, to: String?, window: Int?) throws -> DiffComparison {
        if let new {
            let (a, b) = try DiffInputs.readBoth(old, new)
            return DiffComparison(oldGraph: a, newGraph: b,
                                  oldVersion: .init(label: old, date: nil, relations: a.relations.count, actors: a.actors.count),
                                  newVersion: .init(label: new, date: nil, relations: b.relations.count, actors: b.actors.count),
                                  heading: "diff \(old) → \(new)", snapshots: nil)
        }
        let graph = try GraphFile.read(old)
        let fromDay = try DiffInputs.day(from ?? "", option: "--from")
        let toDay = try DiffInputs.day(to ?? "", option: "--to")
        var sequence = SnapshotSequence(graph, window: window)
        let first = sequence.advance(to: min(fromDay, toDay))
        let second = sequence.advance(to: max(fromDay, toDay))
        let (a, b) = fromDay <= toDay ? (first, second) : (second, first)
        let windowText = window.map { " (window \($0) day\($0 == 1 ? "" : "s"))" } ?? ""
        return DiffComparison(
            oldGraph: graph, newGraph: graph,
            oldVersion: .init(label: fromDay.description, date: fromDay.description, relations: a.relations.count, actors: a.actors.count),
            newVersion: .init(label: toDay.description, date: toDay.description, relations: b.relations.count, actors: b.actors.count),
            heading: "diff \(old) as of \(fromDay) → \(toDay)\(windowText)", snapshots: (a, b))
    }

    /// The changes, with `options`.
    func diff(options: DiffOptions) -> GraphDiff {
        if let (a, b) = snapshots { return GraphDiff(from: a, to: b, options: options) }
        return GraphDiff(from: oldGraph, to: newGraph, options: options)
    }

    /// The two versions as graphs (the snapshots' relations for a diff between dates).
    var versions: (Graph, Graph) {
        if let (a, b) = snapshots { return (a.graph(), b.graph()) }
        return (oldGraph, newGraph)
    }
}
