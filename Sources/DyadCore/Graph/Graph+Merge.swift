extension Graph {
    /// Merges another graph into this one: documents and actors by id, relations by key.
    ///
    /// Merging is associative and idempotent: `a.merged(with: a) == a`, and the
    /// same document extracted twice adds nothing. Scalar fields of an actor or
    /// document keep this graph's value when both have one.
    /// - Complexity: O(n + m) in the sizes of both graphs, on average.
    public mutating func merge(_ other: Graph) {
        for document in other.documents.values { add(document) }
        for actor in other.actors.values { add(actor) }
        for relation in other.relations.values { add(relation) }
    }

    /// The merge of this graph and `other`, in canonical order.
    public func merged(with other: Graph) -> Graph {
        var result = self
        result.merge(other)
        result.canonicalize()
        return result
    }

    /// The merge of several graphs, in canonical order.
    public static func merging(_ graphs: [Graph]) -> Graph {
        var result = Graph()
        for graph in graphs { result.merge(graph) }
        result.canonicalize()
        return result
    }
}
