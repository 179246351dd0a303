/// An attribute the interchange formats write for every actor or relation, with its value type.
///
/// The GraphML key, the GEXF attribute, the Cytoscape `data` field and the CSV column carry
/// the same name, so a graph read back by another tool has the same attribute names in each.
public struct InteropAttribute: Hashable, Sendable {
    /// The value types of the interchange formats.
    public enum ValueType: String, Hashable, Sendable {
        /// Text.
        case string
        /// A whole number (`int` in GraphML, `integer` in GEXF).
        case int
        /// A number with a fraction.
        case double
        /// True or false.
        case boolean

        /// The GraphML `attr.type`.
        public var graphML: String { rawValue }

        /// The GEXF attribute `type`.
        public var gexf: String { self == .int ? "integer" : rawValue }
    }

    /// The name (`kind`, `firstSeen`).
    public let name: String
    /// The value type.
    public let type: ValueType
    /// What the attribute holds, for documentation.
    public let summary: String

    /// Creates an attribute description.
    public init(_ name: String, _ type: ValueType, _ summary: String) {
        self.name = name
        self.type = type
        self.summary = summary
    }
}
