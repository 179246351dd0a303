/// Where a layout placed one node, in points (1/72 inch), y growing upwards.
public struct NodePosition: Hashable, Sendable {
    /// The node's name.
    public var name: String
    /// Horizontal centre in points.
    public var x: Double
    /// Vertical centre in points.
    public var y: Double

    /// Creates a position.
    /// - Parameters:
    ///   - name: The node's name.
    ///   - x: Horizontal centre in points.
    ///   - y: Vertical centre in points.
    public init(name: String, x: Double, y: Double) {
        self.name = name
        self.x = x
        self.y = y
    }
}
