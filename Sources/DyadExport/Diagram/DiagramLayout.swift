internal import GraphvizKit

/// The layout engines a user can choose.
public enum DiagramLayout: String, CaseIterable, Hashable, Sendable {
    /// Hierarchical; the clearest for small graphs, far too slow beyond a few hundred relations.
    case dot
    /// Spring model; also used to honour pinned positions.
    case neato
    /// Force-directed, with clusters.
    case fdp
    /// Multiscale force-directed, for large graphs (with overlap removal).
    case sfdp
    /// Circular.
    case circo

    /// Above this many relations (or ``automaticActorLimit`` actors) the automatic choice is sfdp.
    ///
    /// Measured on a 2-core machine with Graphviz 2.42 on Dyad's own DOT (no edge labels),
    /// whole `dyad render` to SVG: dot takes 0.4 s at 276 relations, 0.7 s at 365, 1.3 s at 457,
    /// 3.2 s at 619 and grows super-linearly from there; sfdp with straight edges takes
    /// 0.2–0.3 s at the same sizes and about 3 s at 10,000 relations.
    public static let automaticRelationLimit = 300
    /// Above this many actors the automatic choice is sfdp.
    public static let automaticActorLimit = 150
    /// With labelled relations (diff diagrams) dot is much slower; above this many it is sfdp.
    public static let automaticLabelledRelationLimit = 100

    /// The engine for a graph of this size: dot when small, sfdp otherwise.
    /// - Parameters:
    ///   - actors: The number of actors drawn.
    ///   - relations: The number of relations drawn.
    ///   - labelled: Whether relations carry labels.
    public static func automatic(actors: Int, relations: Int, labelled: Bool = false) -> DiagramLayout {
        let relationLimit = labelled ? automaticLabelledRelationLimit : automaticRelationLimit
        return relations <= relationLimit && actors <= automaticActorLimit ? .dot : .sfdp
    }

    var engine: LayoutEngine {
        switch self {
        case .dot: .dot
        case .neato: .neato
        case .fdp: .fdp
        case .sfdp: .sfdp
        case .circo: .circo
        }
    }
}
