/// The Graphviz layout engines Dyad allows.
public enum LayoutEngine: String, CaseIterable, Hashable, Sendable {
    /// Hierarchical layout; the clearest for small graphs, far too slow beyond a few hundred edges.
    case dot
    /// Spring model (stress majorisation); honours pinned positions.
    case neato
    /// Force-directed placement; supports clusters.
    case fdp
    /// Multiscale force-directed placement for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// No layout: every node keeps the `pos` it has (like `neato -n`), edges are routed.
    case nop
}
