import DyadCore

/// Small helpers to build graphs for the diff tests.
enum DiffFixtures {
    static func day(_ text: String) -> Day {
        Day(text) ?? Day(ordinal: 0)
    }

    static func evidence(_ sentence: String, _ date: String, modality: Modality = .asserted, document: String? = nil) -> Evidence {
        Evidence(document: document ?? "doc-\(date)", sentence: sentence, rule: "test", modality: modality, date: day(date))
    }

    static func actor(_ id: String, partOf: String? = nil, aliases: [String] = []) -> Actor {
        Actor(id: id, name: id.capitalized, kind: partOf == nil ? .state : .military, aliases: aliases, partOf: partOf)
    }

    static func relation(_ source: String, _ type: RelationType, _ target: String, _ evidence: Evidence...) -> Relation {
        Relation(source: source, type: type, target: target, evidence: evidence)
    }

    static func graph(_ relations: [Relation], actors extra: [Actor] = []) -> Graph {
        var ids: Set<String> = []
        for relation in relations { ids.insert(relation.source); ids.insert(relation.target) }
        let listed = Set(extra.map(\.id))
        let actors = extra + ids.subtracting(listed).sorted().map { actor($0) }
        return Graph(actors: actors, relations: relations).canonicalized()
    }

    /// A deterministic random graph over `actorCount` actors with dated evidence across `days` days.
    static func random(seed: UInt64, relations count: Int, actors actorCount: Int = 12, days: Int = 60) -> Graph {
        var rng = TestRandom(seed: seed)
        var graph = Graph()
        for index in 0..<actorCount { graph.add(actor("a\(index)")) }
        for index in 0..<50 { graph.add(Document(id: "d\(index)")) }
        for _ in 0..<count {
            let a = Int(rng.next() % UInt64(actorCount)), b = Int(rng.next() % UInt64(actorCount))
            if a == b { continue }
            let type = RelationType.allCases[Int(rng.next() % 4)]
            let modality: Modality = [.asserted, .asserted, .hedged, .negated][Int(rng.next() % 4)]
            let date = Day(ordinal: 18_900 + Int(rng.next() % UInt64(days)))
            let item = Evidence(
                document: "d\(rng.next() % 50)", sentence: "s\(rng.next() % 1000)", rule: "r", modality: modality, date: date)
            graph.add(item, source: "a\(a)", type: type, target: "a\(b)")
        }
        return graph.canonicalized()
    }
}
