/// What cgraph read from a DOT text: its nodes, edges and every attribute set on them.
///
/// Used to check that DOT parses as intended (round trips) and to enforce the
/// ``SafetyPolicy`` before a layout.
public struct ParsedGraph: Hashable, Sendable {
    /// One node with the attributes that differ from the empty default.
    public struct Node: Hashable, Sendable {
        /// The node's name (its DOT ID).
        public var name: String
        /// Attribute values by name.
        public var attributes: [String: String]
    }

    /// One edge with its endpoints and attributes.
    public struct Edge: Hashable, Sendable {
        /// The tail node's name.
        public var tail: String
        /// The head node's name.
        public var head: String
        /// Attribute values by name.
        public var attributes: [String: String]
    }

    /// Whether the graph is directed.
    public var isDirected: Bool
    /// Graph-level attribute values by name (root graph only).
    public var graphAttributes: [String: String]
    /// Attribute values of each subgraph, by subgraph name.
    public var subgraphAttributes: [String: [String: String]]
    /// Every node, in cgraph's order (creation order).
    public var nodes: [Node]
    /// Every edge, in cgraph's order (by tail, then creation).
    public var edges: [Edge]
    /// Every attribute value that is an HTML-like string (`<...>`), on any object.
    public var htmlValues: [String]
    /// The names of every subgraph, depth first.
    public var subgraphs: [String]
}
