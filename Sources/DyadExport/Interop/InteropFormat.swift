/// The interchange formats `dyad export` writes.
public enum InteropFormat: String, CaseIterable, Hashable, Sendable {
    /// GraphML (yEd, NetworkX, Gephi, graph databases).
    case graphml
    /// GEXF 1.3 in dynamic mode (Gephi's timeline).
    case gexf
    /// Cytoscape.js elements JSON.
    case cytoscape
    /// Three CSV files for graph-database bulk import.
    case csv

    /// The file extension of a single-file format (`csv` writes a folder).
    public var fileExtension: String {
        switch self {
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .cytoscape: "cyjs"
        case .csv: "csv"
        }
    }

    /// Whether the output is a folder of files rather than one file.
    public var writesFolder: Bool { self == .csv }
}
