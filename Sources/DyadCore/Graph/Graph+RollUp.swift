extension Graph {
    /// The top-most ancestor of `actor` through `partOf` links (itself when it has no parent).
    ///
    /// A cycle or a missing parent stops the climb at the last actor reached.
    public func root(of actor: Actor.ID) -> Actor.ID {
        var current = actor
        var seen: Set<Actor.ID> = [actor]
        while let parent = actors[current]?.partOf, actors[parent] != nil, seen.insert(parent).inserted {
            current = parent
        }
        return current
    }

    /// The graph with every sub-unit folded into its top-most parent (IDF into Israel).
    ///
    /// Relations are re-keyed to the parents and merged; relations that become
    /// a loop (a sub-unit and its own parent) are dropped. Each piece of
    /// evidence keeps its original mention text. Sub-unit actors disappear and
    /// their names become aliases of the parent.
    /// - Complexity: O(n + m · h) where h is the depth of the `partOf` chains.
    public func rolledUp() -> Graph {
        var roots: [Actor.ID: Actor.ID] = [:]
        for id in actors.keys { roots[id] = root(of: id) }
        var result = Graph()
        for document in documents.values { result.add(document) }
        for actor in actors.values where roots[actor.id] == actor.id { result.add(actor) }
        for actor in actors.values where roots[actor.id] != actor.id {
            guard let rootID = roots[actor.id], var parent = result.actors[rootID] else { continue }
            parent.aliases += actor.allNames
            result.add(parent)
        }
        for relation in relations.values {
            let source = roots[relation.source] ?? relation.source
            let target = roots[relation.target] ?? relation.target
            if source == target { continue }
            if relation.evidence.isEmpty {
                result.add(
                    Relation(
                        key: RelationKey(source: source, type: relation.type, target: target),
                        modality: relation.modality, confidence: relation.confidence,
                        firstSeen: relation.firstSeen, lastSeen: relation.lastSeen,
                        validFrom: relation.validFrom, validTo: relation.validTo))
            } else {
                result.add(Relation(source: source, type: relation.type, target: target, evidence: relation.evidence))
            }
        }
        result.canonicalize()
        return result
    }
}
