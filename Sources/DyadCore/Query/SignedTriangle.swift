/// Three actors joined pairwise by one relation each, read with signs.
///
/// By structural balance, a triangle is balanced when the product of its
/// signs is positive (friends of friends, or two foes of a common enemy) and
/// unbalanced otherwise (A allied with B and C, who are hostile to each other).
public struct SignedTriangle: Hashable, Comparable, Sendable {
    /// The three actors, sorted.
    public var actors: [Actor.ID]
    /// The relations joining actors 0–1, 1–2 and 0–2, in that order.
    public var relations: [RelationKey]

    /// Creates a triangle.
    /// - Parameters:
    ///   - actors: The three actors, sorted.
    ///   - relations: The relations for the pairs 0–1, 1–2 and 0–2.
    public init(actors: [Actor.ID], relations: [RelationKey]) {
        self.actors = actors
        self.relations = relations
    }

    /// The product of the three relation signs.
    public var sign: Int { relations.reduce(1) { $0 * $1.type.sign } }
    /// Whether the triangle is balanced (its sign is positive).
    public var isBalanced: Bool { sign > 0 }

    public static func < (lhs: SignedTriangle, rhs: SignedTriangle) -> Bool {
        if lhs.actors != rhs.actors { return lhs.actors.lexicographicallyPrecedes(rhs.actors) }
        return lhs.relations.lexicographicallyPrecedes(rhs.relations)
    }
}
