/// The structural balance of a signed graph: how many triangles there are and which are unbalanced.
public struct BalanceReport: Hashable, Sendable {
    /// The number of actor triples joined pairwise by at least one usable relation each.
    public var triangleCount: Int
    /// The number of relation triangles (one relation per pair) that are balanced.
    public var balancedCount: Int
    /// The relation triangles that are unbalanced, sorted by actors then relations.
    public var unbalanced: [SignedTriangle]

    /// Creates a report.
    /// - Parameters:
    ///   - triangleCount: Actor triples that form a triangle.
    ///   - balancedCount: Balanced relation triangles.
    ///   - unbalanced: Unbalanced relation triangles.
    public init(triangleCount: Int, balancedCount: Int, unbalanced: [SignedTriangle]) {
        self.triangleCount = triangleCount
        self.balancedCount = balancedCount
        self.unbalanced = unbalanced
    }

    /// The share of relation triangles that are balanced, 1 when there are none.
    public var balanceRatio: Double {
        let total = balancedCount + unbalanced.count
        return total == 0 ? 1 : Double(balancedCount) / Double(total)
    }
}
