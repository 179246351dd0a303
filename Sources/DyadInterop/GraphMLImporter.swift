import DyadCore
import DyadExport
import Foundation

/// Reads GraphML written by Dyad, NetworkX, yEd or Gephi into a graph.
///
/// Attributes are mapped by name: for nodes `name` (or `label`, or yEd's label text; the id
/// otherwise), `kind`, `aliases` (a JSON array or `;`-separated), `partOf`, `roles`; for edges
/// `type` (or `relation`, `label`, `Edge Label`, when the value is a relation type),
/// `modality`, `confidence`, `firstSeen`, `lastSeen`, `validFrom`, `validTo`, and `evidence`
/// (Dyad's JSON). Dyad's derived attributes (`sign`, `directed`, `evidenceCount`) are
/// recomputed; every other attribute is kept as an `x-` field, so nothing is lost. A graph
/// written by ``GraphMLWriter`` comes back equal.
///
/// Node ids that are not Dyad slugs become the slug of the node's name (then of the id);
/// edges without a relation type take `defaultType`, or are skipped and counted.
public enum GraphMLImporter {
    /// The result: a graph, the extension fields, and what was left out.
    public struct Result: Sendable {
        /// The graph read.
        public var graph: Graph
        /// `x-` fields from attributes Dyad has no field for.
        public var extensions: GraphExtensions
        /// Notes about what was left out or changed, for the user.
        public var notes: [String]
    }

    /// Reads a GraphML file.
    /// - Parameters:
    ///   - path: The file.
    ///   - defaultType: The type of edges that state none; `nil` skips them.
    /// - Throws: ``GraphFileError`` for malformed XML or values, located by line and column.
    public static func read(_ path: String, defaultType: RelationType? = nil) throws(GraphFileError) -> Result {
        try decode(try FileBytes.read(path), path: path, defaultType: defaultType)
    }

    /// Reads GraphML held in memory.
    /// - Throws: ``GraphFileError`` for malformed XML or values, located by line and column.
    public static func decode(_ bytes: [UInt8], path: String, defaultType: RelationType? = nil) throws(GraphFileError) -> Result {
        let scanner = GraphMLScanner()
        if let failure = scanner.scan(Data(bytes)) {
            throw GraphFileError(
                path: path, code: .syntax, message: "malformed XML: \(failure.error)",
                location: SourceLocation(line: failure.line, column: failure.column))
        }
        guard scanner.sawGraphML else {
            throw GraphFileError(
                path: path, code: .schema, message: "no <graphml> element; expected a GraphML document",
                location: SourceLocation(line: 1, column: 1))
        }
        var mapper = GraphMLMapper(path: path, defaultType: defaultType, directed: scanner.edgeDefaultDirected)
        mapper.documents(scanner.graphData)
        for node in scanner.nodes { mapper.node(node) }
        for edge in scanner.edges { mapper.edge(edge) }
        return try mapper.finish()
    }
}
