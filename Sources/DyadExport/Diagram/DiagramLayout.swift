import GraphvizKit

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
    /// Measured on a 2-core machine with Graphviz 2.42 on Dyad's own DOT: dot takes
    /// about 0.1 s at 60 relations, 0.5–1.5 s at 150, and grows super-linearly past that
    /// (17–28 s at 400, more than 120 s at 2,000), while sfdp stays under 0.5 s at 1,000.
    public static let automaticRelationLimit = 150
    /// Above this many actors the automatic choice is sfdp.
    public static let automaticActorLimit = 120

    /// The engine for a graph of this size: dot when small, sfdp otherwise.
    /// - Parameters:
    ///   - actors: The number of actors drawn.
    ///   - relations: The number of relations drawn.
    public static func automatic(actors: Int, relations: Int) -> DiagramLayout {
        relations <= automaticRelationLimit && actors <= automaticActorLimit ? .dot : .sfdp
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
