extension PathIndex {
    /// Builds the index straight from a ``GraphDigest``, without a ``Graph`` of the relations:
    /// explanations decode the evidence of the relations they show from the file.
    ///
    /// The result equals ``init(_:asOf:window:)`` on the graph the file holds (without a date).
    /// - Parameter digest: The graph file's digest.
    /// - Complexity: O(n log n + m).
    public init(_ digest: GraphDigest) {
        var builder = digest.scanner.map { Builder(graph: digest.graph, numbering: $0.actors) } ?? Builder(graph: digest.graph)
        builder.reserveCapacity(relations: digest.relations.count, actors: digest.graph.actors.count)
        for relation in digest.relations where relation.holds {
            builder.addRelation(
                sourceNumber: relation.source, type: relation.type, targetNumber: relation.target,
                supporting: relation.supportingCount, asserted: relation.pathAssertedCount, confidence: relation.confidence)
        }
        self = builder.build(digest: digest.isLazy ? digest : nil)
    }

    /// Reads a graph file and builds the index on it, as of a day if given.
    ///
    /// Without a date, a JSON document is read by ``GraphDigest`` (no relation graph is built);
    /// with one, the snapshot needs every piece of evidence, so the graph is read in full.
    /// - Parameters:
    ///   - path: The graph file (`-` for standard input).
    ///   - asOf: Use only the relations known on this day.
    ///   - window: With `asOf`, how many days back evidence still counts.
    /// - Throws: ``GraphFileError`` as ``GraphFile/read(_:format:)`` does.
    public static func read(_ path: String, asOf: Day? = nil, window: Int? = nil) throws(GraphFileError) -> PathIndex {
        guard asOf == nil else { return PathIndex(try GraphFile.read(path), asOf: asOf, window: window) }
        return PathIndex(try GraphDigest.read(path))
    }
}
