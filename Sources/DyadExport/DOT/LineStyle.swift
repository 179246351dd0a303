/// The styles Dyad writes in `style` (never custom style names, which reach PostScript).
public enum LineStyle: String, Hashable, Sendable {
    /// A solid line.
    case solid
    /// A dashed line.
    case dashed
    /// A dotted line.
    case dotted
    /// A heavier line.
    case bold
    /// Filled node.
    case filled
    /// Rounded corners.
    case rounded
    /// Not drawn.
    case invis
}
