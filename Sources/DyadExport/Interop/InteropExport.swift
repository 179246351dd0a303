import DyadCore

/// `dyad export` as an API: the view of a graph (the same view options as a diagram) in an interchange format.
///
/// ```swift
/// var options = DiagramOptions()
/// options.focus = "iran"
/// let files = InteropExport.files(for: graph, format: .gexf, options: options)
/// ```
public enum InteropExport {
    /// The part of `graph` the view options keep: focus and hops, types, dates, modality,
    /// minimum evidence, collapsed sub-units, maximum actors, exactly as `dyad render` shows it.
    /// The look and hook options (layout, highlight, diff, pins) are ignored.
    /// - Complexity: O(total evidence + n log n).
    public static func view(of graph: Graph, options: DiagramOptions) -> (graph: Graph, droppedActors: [Actor.ID]) {
        let view = DiagramView(graph: graph, options: options)
        return (view.graph, view.dropped)
    }

    /// Encodes a graph in `format`: one unnamed file, or for CSV the three named tables.
    /// - Returns: The files: a `nil` name for the single output of GraphML, GEXF and Cytoscape,
    ///   file names inside the output folder for CSV.
    public static func encode(_ graph: Graph, format: InteropFormat) -> [(name: String?, bytes: [UInt8])] {
        switch format {
        case .graphml: [(nil, GraphMLWriter.encode(graph))]
        case .gexf: [(nil, GEXFWriter.encode(graph))]
        case .cytoscape: [(nil, CytoscapeWriter.encode(graph))]
        case .csv: CSVExport.tables(for: graph).map { (Optional($0.name), $0.table.bytes) }
        }
    }

    /// Applies the view options, then encodes the result.
    public static func files(for graph: Graph, format: InteropFormat, options: DiagramOptions) -> [(name: String?, bytes: [UInt8])] {
        encode(view(of: graph, options: options).graph, format: format)
    }
}
