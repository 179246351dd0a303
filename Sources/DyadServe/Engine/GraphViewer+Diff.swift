import DyadCore
import DyadExport

extension GraphViewer {
    /// Reads a diff query from `from`, `to` and `window`.
    /// - Throws: ``ServeError`` for a missing or malformed date.
    public func diffQuery(_ parameters: QueryParameters) throws(ServeError) -> DiffQuery {
        guard let from = try parameters.day("from"), let to = try parameters.day("to") else {
            throw ServeError(.badRequest, "parameters from and to are required (YYYY-MM-DD)")
        }
        return DiffQuery(from: from, to: to, window: try parameters.integer("window", in: 1...36_500))
    }

    /// `GET /api/diff`: what changed between the graph as of two days, as `dyad diff GRAPH --from --to`
    /// reports it, and the diagram of both days with the changes marked.
    ///
    /// Large graphs draw only the changed relations (at most the actor limit); small ones
    /// draw the union of both days, as `dyad diff --render` does.
    /// - Throws: ``ServeError`` when the diagram cannot be drawn.
    /// - Complexity: O(c log n) for c changes, from the nearest snapshot already made (``SnapshotCheckpoints``).
    public func diff(_ query: DiffQuery) throws(ServeError) -> DiffResult {
        if let cached = diffs.value(for: query) { return cached }
        let checkpoints = checkpoints(window: query.window)
        let (first, second) = checkpoints.snapshots(min(query.from, query.to), max(query.from, query.to))
        let (old, new) = query.from <= query.to ? (first, second) : (second, first)
        let diff = GraphDiff(from: old, to: new, options: DiffOptions())
        let statuses = DiffDiagram.statuses(of: diff)
        let small = old.relationCount + new.relationCount <= 2 * settings.largeGraphRelations
        func version(_ snapshot: GraphSnapshot) -> Graph {
            graph.replacingRelations(with: small ? snapshot.allRelations : statuses.keys.compactMap { snapshot.relation($0) })
        }
        let drawing = DiffDiagram(old: version(old), new: version(new), diff: diff, title: "\(query.from) → \(query.to)")
        var options = drawing.options()
        options.maxActors = actorLimit(nil)
        var payload = try render(drawing.union, options: options)
        if !small { payload.notes.append("large graph: only the changed relations are drawn") }
        var counts: [String: Int] = [:]
        for (kind, count) in diff.counts { counts[kind.rawValue] = count }
        let listed = diff.changes.prefix(settings.changeLimit)
        let result = DiffResult(
            from: query.from.description, to: query.to.description, counts: counts, changes: listed.map(change),
            truncated: diff.changes.count > listed.count, diagram: payload)
        diffs.store(result, for: query)
        return result
    }

    /// The kept snapshots for `window` (made on first use).
    func checkpoints(window: Int?) -> SnapshotCheckpoints {
        sequences.value(for: window ?? 0) { SnapshotCheckpoints(graph, window: window, capacity: 64) }.0
    }

    /// One change for the page, with a one-line summary.
    private func change(_ change: GraphChange) -> DiffResult.Change {
        func name(_ id: Actor.ID) -> String { graph.actor(id)?.name ?? id }
        func text(_ key: RelationKey) -> String {
            let step = PathStep(relation: key, from: key.source, to: key.target)
            return "\(name(key.source)) \(step.connector) \(name(key.target))"
        }
        var summary: String
        switch change.kind {
        case .flipped:
            summary = change.previous.map { text($0) + " → " } ?? ""
            summary += change.relation.map(text) ?? ""
        case .modalityChanged:
            summary = change.relation.map(text) ?? ""
            if let before = change.before, let after = change.after {
                summary += ": \(before.modality.rawValue) → \(after.modality.rawValue)"
            }
        case .strengthened, .weakened:
            summary = change.relation.map(text) ?? ""
            if let before = change.before, let after = change.after {
                summary += ": \(before.evidenceCount) → \(after.evidenceCount) evidence"
            }
        case .relationAdded, .relationRemoved:
            summary = change.relation.map(text) ?? ""
        case .actorAdded, .actorRemoved, .subUnitChanged, .aliasesChanged:
            summary = change.actor.map(name) ?? ""
        }
        return DiffResult.Change(
            kind: change.kind.rawValue, title: change.kind.title, summary: summary, relation: change.relation.map(RelationRef.init),
            previous: change.previous.map(RelationRef.init), actor: change.actor,
            evidence: change.evidence.prefix(3).map { EvidenceEntry($0.evidence, in: graph) })
    }
}
