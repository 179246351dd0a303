import DyadCore

/// The diagram of a diff: the union of both versions in one layout, drawn with
/// each relation's diff status (added green, removed grey and dashed, flipped
/// orange, strengthened thicker), a legend and both versions in the title.
///
/// `dyad diff --render`, `dyad timeline` and `dyad serve` draw diffs through it.
public struct DiffDiagram: Sendable {
    /// The union of both versions: every relation of the new one, and the old one's that are gone.
    public let union: Graph
    /// The diff status of every relation the diff touches; the others are unchanged.
    public let statuses: [RelationKey: RelationDiffStatus]
    /// The diagram's title.
    public let title: String

    /// Prepares the diagram of `diff` between `old` and `new`.
    /// - Parameters:
    ///   - old: The old version.
    ///   - new: The new version.
    ///   - diff: The changes between them.
    ///   - title: The diagram's title.
    /// Where both versions hold a document, the new version's title, source and date win.
    /// - Complexity: O(m log m) in the relations, plus the actors only the old version has.
    public init(old: Graph, new: Graph, diff: GraphDiff, title: String) {
        // Start from the new version so its actors' name index is reused, not rebuilt.
        var union = new.replacingRelations(
            with: Array(new.relations.values) + old.relations.values.filter { new.relations[$0.key] == nil })
        for document in old.documents.values { union.add(document) }
        for actor in old.actors.values where new.actors[actor.id] == nil { union.add(actor) }
        union.canonicalize()
        self.union = union
        self.statuses = DiffDiagram.statuses(of: diff)
        self.title = title
    }

    /// The diagram status of every relation the diff touches.
    /// - Complexity: O(c) in the number of changes.
    public static func statuses(of diff: GraphDiff) -> [RelationKey: RelationDiffStatus] {
        var result: [RelationKey: RelationDiffStatus] = [:]
        for change in diff.changes {
            guard let key = change.relation else { continue }
            switch change.kind {
            case .flipped:
                result[key] = .flipped
                if let previous = change.previous, change.previousRemoved { result[previous] = .removed }
            case .relationAdded: result[key] = .added
            case .relationRemoved: result[key] = .removed
            case .strengthened: result[key] = .strengthened
            case .weakened: result[key] = .weakened
            case .modalityChanged:
                // Firmer (hedged → asserted) reads as strengthened, weaker as weakened, unless already marked.
                if result[key] == nil, let before = change.before, let after = change.after {
                    result[key] = after.modality.strength > before.modality.strength ? .strengthened : .weakened
                }
            default: break
            }
        }
        return result
    }

    /// The options that draw the diagram.
    /// - Parameter positions: Fixed positions for actors (a timeline with stable positions).
    public func options(positions: [Actor.ID: DiagramPoint] = [:]) -> DiagramOptions {
        var options = DiagramOptions()
        options.title = title
        options.diff = statuses
        options.keepIsolatedActors = false
        options.pinnedPositions = positions
        return options
    }
}
