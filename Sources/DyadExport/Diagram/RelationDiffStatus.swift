/// How a relation changed between two graphs, for diff diagrams.
public enum RelationDiffStatus: String, CaseIterable, Hashable, Sendable {
    /// New in the later graph: drawn green and bold.
    case added
    /// Gone from the later graph: drawn grey and dashed.
    case removed
    /// The pair's relation type changed (alliance → hostility): drawn orange.
    case flipped
    /// More or stronger evidence: drawn thicker in its type's colour.
    case strengthened
    /// Less or weaker evidence: drawn thinner and lighter in its type's colour.
    case weakened
    /// No change: drawn faded in its type's colour.
    case unchanged
}
