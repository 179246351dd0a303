/// The keyword values Dyad writes (shapes, styles, directions, layout switches).
public enum DOTKeyword: String, Hashable, Sendable {
    // Shapes.
    /// A rectangle.
    case box
    /// An ellipse.
    case ellipse
    /// A hexagon.
    case hexagon
    /// An octagon.
    case octagon
    /// A box with two small plugs (organisations).
    case component
    /// A house shape.
    case house
    /// No outline.
    case plaintext
    /// No shape at all (HTML legend).
    case none
    // Edge directions and arrows.
    /// Arrow at the head.
    case forward
    /// An open-ended arrow head.
    case normal
    /// An empty arrow head.
    case empty
    // Graph switches.
    /// Left to right ranks.
    case leftToRight = "LR"
    /// Top to bottom ranks.
    case topToBottom = "TB"
    /// Overlap removal by proximity graphs.
    case prism
    /// Boolean false.
    case `false`
    /// Boolean true.
    case `true`
    /// Label at the top.
    case top = "t"
    /// Label centred.
    case center = "c"
    /// Draw edges before nodes.
    case edgesFirst = "edgesfirst"
    /// Straight line segments.
    case line
    /// Curved splines.
    case spline
}
