/// A position in a diagram, in points (1/72 inch), y growing upwards, as Graphviz reports it.
public struct DiagramPoint: Hashable, Sendable {
    /// Horizontal position in points.
    public var x: Double
    /// Vertical position in points.
    public var y: Double

    /// Creates a point.
    /// - Parameters:
    ///   - x: Horizontal position in points.
    ///   - y: Vertical position in points.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
