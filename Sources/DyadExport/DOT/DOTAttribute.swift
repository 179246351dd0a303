/// The attribute names Dyad may write: the allow-list of the DOT encoder.
///
/// No attribute that names a file (`image`, `shapefile`, `imagepath`,
/// `fontpath`), injects markup (`stylesheet`, `class`) or opens a link target
/// exists here, so the writer cannot emit one.
public enum DOTAttribute: String, Hashable, Sendable, CaseIterable {
    /// Text shown on a node, edge, cluster or graph.
    case label
    /// SVG tooltip.
    case tooltip
    /// SVG element id.
    case id
    /// Link (https only).
    case url = "URL"
    /// Line colour.
    case color
    /// Fill colour.
    case fillcolor
    /// Text colour.
    case fontcolor
    /// Background colour.
    case bgcolor
    /// Font family.
    case fontname
    /// Font size in points.
    case fontsize
    /// Line width in points.
    case penwidth
    /// Arrow size factor.
    case arrowsize
    /// Arrow head shape.
    case arrowhead
    /// Edge direction.
    case dir
    /// Line and fill style.
    case style
    /// Node shape.
    case shape
    /// Node margin (inches).
    case margin
    /// Graph padding (inches).
    case pad
    /// Minimum node separation (inches).
    case nodesep
    /// Minimum rank separation (inches).
    case ranksep
    /// Rank direction (dot).
    case rankdir
    /// Overlap removal.
    case overlap
    /// Edge routing.
    case splines
    /// Graph label position.
    case labelloc
    /// Graph label justification.
    case labeljust
    /// Drawing order.
    case outputorder
    /// Node position (points; `!` pins it).
    case pos
    /// Scale of input positions (neato, fdp).
    case inputscale
    /// Ideal edge length (neato, fdp, sfdp).
    case len
    /// Edge weight (dot).
    case weight
    /// Rank constraint (dot).
    case constraint
    /// Seed / start of the layout.
    case start
    /// Minimum node width (inches).
    case width
    /// Minimum node height (inches).
    case height
}
