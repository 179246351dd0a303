/// For a two-hop path, a direct relation between its ends and whether it closes a balanced triangle.
public struct TriangleCheck: Hashable, Sendable {
    /// The direct relation between the path's ends.
    public var relation: RelationKey
    /// Whether the triangle of the path and this relation is balanced
    /// (the path's sign equals the relation's sign).
    public var isBalanced: Bool

    /// Creates a check.
    /// - Parameters:
    ///   - relation: The direct relation.
    ///   - isBalanced: Whether the triangle is balanced.
    public init(relation: RelationKey, isBalanced: Bool) {
        self.relation = relation
        self.isBalanced = isBalanced
    }
}
