extension PathIndex {
    /// Explains a path: per hop the relation's summary and its best evidence
    /// with date and document; for two hops, the triangle with the direct relations.
    ///
    /// The evidence is taken from the snapshot the index was built on, so a
    /// path as of a date is explained by evidence known then. With
    /// ``PathConstraints/excludeHedged`` only asserted evidence is shown.
    /// - Parameters:
    ///   - path: A path found on this index.
    ///   - constraints: The constraints the path was found under.
    /// - Returns: The explanation.
    /// - Complexity: O(e) in the evidence of the path's relations.
    public func explain(_ path: ActorPath, constraints: PathConstraints = PathConstraints()) -> PathExplanation {
        var hops: [HopExplanation] = []
        for step in path.steps {
            guard let relation = relation(step.relation) else {
                hops.append(
                    HopExplanation(
                        step: step, modality: .asserted, confidence: 0, evidenceCount: 0,
                        evidence: nil, date: nil, document: nil))
                continue
            }
            let usable = relation.evidence.filter { constraints.excludeHedged ? $0.modality == .asserted : $0.modality != .negated }
            let best = Relation(key: relation.key, evidence: usable).strongestEvidence
            hops.append(
                HopExplanation(
                    step: step, modality: relation.modality, confidence: relation.confidence,
                    evidenceCount: relation.evidence.isEmpty ? (relation.holds ? 1 : 0) : usable.count,
                    evidence: best, date: best.flatMap { graph.effectiveDate(of: $0) },
                    document: best.flatMap { graph.documents[$0.document] }))
        }
        var triangle: [TriangleCheck] = []
        if path.hops == 2 {
            var direct = constraints
            direct.directed = false
            for key in relations(between: path.start, and: path.end, constraints: direct) {
                triangle.append(TriangleCheck(relation: key, isBalanced: key.type.sign == path.sign))
            }
        }
        return PathExplanation(path: path, hops: hops, triangle: triangle)
    }
}
